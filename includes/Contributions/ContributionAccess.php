<?php
/**
 * Who may see, add, verify and reject a person's contributions.
 *
 * - See: the person; any mentor who mentors or mentored them (a 1:1 match — cohort pairs included —
 *   or their project group's leader); coordinators; the representatives of any team they have a
 *   contribution for or that they are heading to (a hand-off).
 * - Verify or reject: their mentor (now or before), a representative of the contribution's team, a
 *   coordinator — never the person themselves. Rejecting a verified one: coordinators only.
 * - Add: the person, or their current mentor on their behalf.
 *
 * Team representatives are the user IDs in a team's `Teams\TeamPostType::REPRESENTATIVES` meta;
 * `represents()` and `teams_of()` answer for other features too.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Teams\TeamList;
use Wayfinder\Teams\TeamPostType;

final class ContributionAccess {

	/** The object cache's group and key of each published team's representatives. */
	private const CACHE_GROUP = 'wayfinder_contributions';
	private const CACHE_KEY   = 'representatives';

	public function __construct(
		private readonly ContributionAccessRepository $links = new ContributionAccessRepository(),
		private readonly ContributionRepository $contributions = new ContributionRepository(),
	) {
	}

	/** Whether $viewer may see $person's contributions (all of them, whatever their status). */
	public function can_see( int $viewer, int $person ): bool {
		if ( $viewer <= 0 || $person <= 0 ) {
			return false;
		}
		if ( $viewer === $person || Capabilities::can_coordinate( $viewer ) || $this->links->has_mentored( $viewer, $person ) ) {
			return true;
		}
		$mine = self::teams_of( $viewer );
		if ( array() === $mine ) {
			return false;
		}
		$theirs = array_merge( $this->contributions->teams_of_user( $person ), $this->links->heading_to( $person ) );
		return array() !== array_intersect( $mine, $theirs );
	}

	/** Whether $viewer may verify this contribution (or reject it while it is unverified). */
	public function can_review( int $viewer, Contribution $contribution ): bool {
		if ( $viewer <= 0 || $viewer === $contribution->user_id ) {
			return false;
		}
		return Capabilities::can_coordinate( $viewer )
			|| ( '' !== $contribution->team && self::represents( $viewer, $contribution->team ) )
			|| $this->links->has_mentored( $viewer, $contribution->user_id );
	}

	/** Whether $viewer may reject a contribution that is already verified: coordinators, never the person. */
	public function can_overturn( int $viewer, Contribution $contribution ): bool {
		return $viewer > 0 && $viewer !== $contribution->user_id && Capabilities::can_coordinate( $viewer );
	}

	/** Whether $viewer may add a contribution for $person: themselves, or their current mentor. */
	public function can_add( int $viewer, int $person ): bool {
		if ( $viewer <= 0 || $person <= 0 ) {
			return false;
		}
		return $viewer === $person || in_array( $viewer, $this->links->current_mentors( $person ), true );
	}

	/**
	 * The person's current mentors (who hear of what they add by hand).
	 *
	 * @return list<int>
	 */
	public function current_mentors( int $person ): array {
		return $this->links->current_mentors( $person );
	}

	/**
	 * Everyone the mentor mentors or mentored.
	 *
	 * @return list<int>
	 */
	public function mentees_of( int $mentor ): array {
		return $this->links->mentees_of( $mentor );
	}

	/** Whether the person is a representative of this published team. */
	public static function represents( int $user_id, string $team_slug ): bool {
		return $user_id > 0 && in_array( $user_id, self::representatives()[ $team_slug ] ?? array(), true );
	}

	/**
	 * The published teams the person represents, by slug.
	 *
	 * @return list<string>
	 */
	public static function teams_of( int $user_id ): array {
		if ( $user_id <= 0 ) {
			return array();
		}
		$teams = array();
		foreach ( self::representatives() as $slug => $ids ) {
			if ( in_array( $user_id, $ids, true ) ) {
				$teams[] = (string) $slug;
			}
		}
		return $teams;
	}

	/** Forgets the kept representatives (a team or its representatives changed). */
	public static function forget(): void {
		wp_cache_delete( self::CACHE_KEY, self::CACHE_GROUP );
	}

	/** @return array<string, list<int>> Each published team's representatives (one query with their meta). */
	private static function representatives(): array {
		$kept = wp_cache_get( self::CACHE_KEY, self::CACHE_GROUP );
		if ( is_array( $kept ) ) {
			return $kept;
		}
		$known = array();
		$posts = get_posts(
			array(
				'post_type'        => TeamPostType::POST_TYPE,
				'post_status'      => 'publish',
				'numberposts'      => 200, // phpcs:ignore WordPress.WP.PostsPerPage -- every team (a couple of dozen).
				'suppress_filters' => true,
			)
		);
		$teams = TeamList::all();
		foreach ( $posts as $post ) {
			if ( ! isset( $teams[ $post->post_name ] ) ) {
				continue;
			}
			$ids = array_values( array_filter( array_map( 'intval', (array) get_post_meta( $post->ID, TeamPostType::REPRESENTATIVES, true ) ) ) );
			if ( array() !== $ids ) {
				$known[ $post->post_name ] = $ids;
			}
		}
		wp_cache_set( self::CACHE_KEY, $known, self::CACHE_GROUP, HOUR_IN_SECONDS );
		return $known;
	}
}
