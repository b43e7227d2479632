<?php
/**
 * The rules of awarding: a rule awards a published badge once per person (never again once revoked);
 * a coordinator awards any badge by hand with evidence (which gives a revoked award back) and revokes
 * with a reason; the person chooses whether each award shows.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Badges\Events\AwardRevoked;
use Wayfinder\Badges\Events\BadgeAwarded;
use Wayfinder\Platform\Events;
use WP_Error;

final class Awarding {

	public function __construct( private readonly AwardRepository $awards ) {
	}

	/**
	 * By a rule, for what the person did ($reason and $object_id say what). Null when the badge is not
	 * published or the person has (or had) it.
	 */
	public function earn( Badge $badge, int $user_id, string $reason, int $object_id, int $now ): ?Award {
		if ( ! $badge->is_published() || $user_id <= 0 || false === get_userdata( $user_id ) ) {
			return null;
		}
		$award = $this->awards->add( $badge->id, $user_id, $reason, $object_id, '', 0, $now );
		if ( null !== $award ) {
			Events::dispatch( new BadgeAwarded( $award, $badge, 0 ) );
		}
		return $award;
	}

	/** By a coordinator, with evidence in words (what the person did, a link). */
	public function award_by_hand( Badge $badge, int $user_id, string $evidence, int $actor_id, int $now ): Award|WP_Error {
		$evidence = trim( $evidence );
		if ( '' === $evidence ) {
			return new WP_Error( 'wayfinder_award_evidence', __( 'Say what the person did to earn this badge (a sentence or a link), so the award explains itself.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( false === get_userdata( $user_id ) ) {
			return new WP_Error( 'wayfinder_award_person', __( 'That person has no account on this site.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( ! $badge->is_published() ) {
			return new WP_Error( 'wayfinder_award_draft', __( 'Publish the badge before awarding it.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$had = $this->awards->find_for( $badge->id, $user_id );
		if ( null !== $had && ! $had->is_revoked() ) {
			/* translators: %s: a badge's name. */
			return new WP_Error( 'wayfinder_award_held', sprintf( __( 'This person already has the %s badge.', 'wayfinder' ), $badge->name ), array( 'status' => 409 ) );
		}
		$given = null === $had
			? $this->awards->add( $badge->id, $user_id, Award::BY_HAND, 0, $evidence, $actor_id, $now )
			: ( $this->awards->reinstate( $had->id, $actor_id, $evidence, $now ) ? $this->awards->find( $had->id ) : null );
		if ( null === $given ) {
			return new WP_Error( 'wayfinder_award_raced', __( 'Someone else changed this award at the same moment; reload and try again.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		Events::dispatch( new BadgeAwarded( $given, $badge, $actor_id ) );
		return $given;
	}

	public function revoke( Award $award, string $reason, int $actor_id, int $now ): Award|WP_Error {
		$reason = trim( $reason );
		if ( '' === $reason ) {
			return new WP_Error( 'wayfinder_revoke_reason', __( 'Give the reason for revoking the badge; the person and verifiers of its certificate are shown that it was revoked.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$badge = BadgePostType::find( $award->badge_id );
		if ( null === $badge || ! $this->awards->revoke( $award->id, $actor_id, $reason, $now ) ) {
			return new WP_Error( 'wayfinder_revoke_twice', __( 'This award was already revoked.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$revoked = $this->awards->find( $award->id ) ?? $award;
		Events::dispatch( new AwardRevoked( $revoked, $badge, $actor_id ) );
		return $revoked;
	}

	/** The person's own choice of whether an award shows on their profile, the mentor card and the directory. */
	public function choose_shown( Award $award, bool $shown ): Award {
		$this->awards->set_shown( $award->id, $shown );
		return $this->awards->find( $award->id ) ?? $award;
	}
}
