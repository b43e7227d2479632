<?php
/**
 * What a badge says, in one place: its picture (alt text: the badge's name), name, the date it was
 * earned (the site's date format), and why — for the person themselves ("For mentoring Mei to a
 * completed mentorship", the coordinator's evidence) and for everyone else (no other person's name,
 * no contribution summary; a coordinator's evidence only for an award by hand, which has nothing else
 * to say why). Plain, unescaped values: whoever prints them escapes them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Credentials\Credential;
use Wayfinder\Credentials\CredentialLinks;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Teams\TeamList;

final class BadgeView {

	/** For the person who earned it (names the other person, the contribution's summary). */
	public const OWN = 'own';
	/** For everyone else. */
	public const PUBLIC = 'public';

	/**
	 * What one award says.
	 *
	 * @param string $audience self::OWN or self::PUBLIC.
	 * @return array{
	 *   id: int, badge_id: int, name: string, description: string, criteria: string, image: string, alt: string,
	 *   earned: string, earned_iso: string, why: string, shown: bool, revoked: bool, revoked_on: string,
	 *   revoke_reason: string, credential: string, verify: string
	 * }
	 */
	public static function of( Award $award, Badge $badge, string $audience, ?Credential $credential = null ): array {
		$credential = null !== $credential && ! $credential->is_revoked() && ! $award->is_revoked() ? $credential : null;
		return array(
			'id'            => $award->id,
			'badge_id'      => $badge->id,
			'name'          => $badge->name,
			'description'   => $badge->description,
			'criteria'      => $badge->criteria,
			'image'         => $badge->image_url,
			'alt'           => $badge->name,
			'earned'        => self::date( $award->awarded_at ),
			'earned_iso'    => self::iso( $award->awarded_at ),
			'why'           => self::why( $award, $badge, $audience ),
			'shown'         => $award->shown,
			'revoked'       => $award->is_revoked(),
			'revoked_on'    => null === $award->revoked_at ? '' : self::date( $award->revoked_at ),
			'revoke_reason' => $award->revoke_reason,
			'credential'    => null === $credential ? '' : $credential->uuid,
			'verify'        => null === $credential ? '' : CredentialLinks::verify( $credential->uuid ),
		);
	}

	/**
	 * Badges of many awards at once (each badge post read once, its meta in one query).
	 *
	 * @param list<Award> $awards
	 * @return array<int, Badge> By badge ID; awards whose badge is gone (deleted, in the trash) have none.
	 */
	public static function badges_of( array $awards ): array {
		$ids = array_values( array_unique( array_map( static fn ( Award $award ): int => $award->badge_id, $awards ) ) );
		if ( array() === $ids ) {
			return array();
		}
		_prime_post_caches( $ids, false, true );
		$badges = array();
		foreach ( $ids as $id ) {
			$badge = BadgePostType::find( $id );
			if ( null !== $badge ) {
				$badges[ $id ] = $badge;
			}
		}
		return $badges;
	}

	/** Why the award was given, in words for the audience. */
	public static function why( Award $award, Badge $badge, string $audience ): string {
		$own = self::OWN === $audience;
		switch ( $award->reason ) {
			case Award::FOR_MATCH:
				return self::for_match( $award, $badge, $own );
			case Award::FOR_COHORT:
				return self::for_cohort( $award, $badge );
			case Award::FOR_CONTRIBUTION:
				return self::for_contribution( $award, $badge, $own );
			default:
				return '' === trim( $award->evidence )
					? __( 'Awarded by a coordinator.', 'wayfinder' )
					/* translators: %s: what the person did, in the coordinator's words. */
					: sprintf( __( 'Awarded by a coordinator: %s', 'wayfinder' ), $award->evidence );
		}
	}

	private static function for_match( Award $award, Badge $badge, bool $own ): string {
		$match     = ( new MatchRepository() )->find( $award->object_id );
		$as_mentor = null !== $match ? $match->mentor_id === $award->user_id : Badge::MENTOR === $badge->rule;
		if ( ! $own || null === $match ) {
			return $as_mentor
				? __( 'For mentoring someone to a completed mentorship.', 'wayfinder' )
				: __( 'For completing a mentorship as a mentee.', 'wayfinder' );
		}
		return $as_mentor
			/* translators: %s: the mentee's name. */
			? sprintf( __( 'For mentoring %s to a completed mentorship.', 'wayfinder' ), DisplayName::of( $match->mentee_id ) )
			/* translators: %s: the mentor's name. */
			: sprintf( __( 'For completing a mentorship with %s.', 'wayfinder' ), DisplayName::of( $match->mentor_id ) );
	}

	private static function for_cohort( Award $award, Badge $badge ): string {
		$cohort = CohortPostType::find( $award->object_id );
		if ( null === $cohort ) {
			return Badge::GRADUATE === $badge->rule ? __( 'For graduating from a cohort.', 'wayfinder' ) : __( 'Earned in a cohort.', 'wayfinder' );
		}
		$name = self::cohort_name( $cohort->name );
		switch ( $badge->rule ) {
			case Badge::GRADUATE:
				/* translators: %s: the cohort's name, e.g. Spring 2026. */
				return sprintf( __( 'For graduating from the %s cohort.', 'wayfinder' ), $name );
			case Badge::FACILITATOR:
				/* translators: %s: the cohort's name, e.g. Spring 2026. */
				return sprintf( __( 'For leading group sessions of the %s cohort.', 'wayfinder' ), $name );
			case Badge::MENTOR:
				/* translators: %s: the cohort's name, e.g. Spring 2026. */
				return sprintf( __( 'For mentoring in the %s cohort through to graduation.', 'wayfinder' ), $name );
			default:
				/* translators: %s: the cohort's name, e.g. Spring 2026. */
				return sprintf( __( 'Earned in the %s cohort.', 'wayfinder' ), $name );
		}
	}

	private static function for_contribution( Award $award, Badge $badge, bool $own ): string {
		$contribution = ( new ContributionRepository() )->find( $award->object_id );
		$slug         = null !== $contribution ? $contribution->team : $badge->team;
		$teams        = TeamList::all();
		$team         = isset( $teams[ $slug ] ) ? $teams[ $slug ]['name'] : $slug;
		if ( '' === $team ) {
			return __( 'For a verified contribution.', 'wayfinder' );
		}
		if ( $own && null !== $contribution && '' !== trim( $contribution->summary ) ) {
			/* translators: 1: a team's name, 2: what the person contributed, in their words. */
			return sprintf( __( 'For your contribution to %1$s: %2$s', 'wayfinder' ), $team, $contribution->summary );
		}
		/* translators: %s: a team's name. */
		return sprintf( __( 'For a verified contribution to %s.', 'wayfinder' ), $team );
	}

	/** "Spring 2026" from "Spring 2026" or "Spring 2026 cohort" (the sentence says "cohort" itself). */
	private static function cohort_name( string $name ): string {
		$trimmed = (string) preg_replace( '/\s+cohort$/iu', '', trim( $name ) );
		return '' !== $trimmed ? $trimmed : $name;
	}

	/** A database date (UTC) in the site's date format and time zone. */
	public static function date( string $utc ): string {
		$time = strtotime( $utc . ' UTC' );
		return false === $time ? '' : (string) wp_date( (string) get_option( 'date_format' ), $time );
	}

	private static function iso( string $utc ): string {
		$time = strtotime( $utc . ' UTC' );
		return false === $time ? '' : gmdate( 'Y-m-d\TH:i:s\Z', $time );
	}
}
