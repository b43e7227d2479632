<?php
/**
 * A team's representatives: the people listed on the team (the team post's
 * `Teams\TeamPostType::REPRESENTATIVES` meta) who still hold the team representative capability
 * (`Capabilities::REPRESENT_TEAM`). Being listed makes someone a representative of that team; the
 * role is what lets them be listed, and taking it away stops them at once without editing every
 * team. Coordinators are no representatives, but may act for any team (HandoffService says so).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Teams\TeamList;
use Wayfinder\Teams\TeamPostType;

final class Representatives {

	/**
	 * The team's representatives (published teams only).
	 *
	 * @return list<int> User IDs.
	 */
	public function of_team( string $slug ): array {
		$team = '' === $slug ? null : get_page_by_path( $slug, OBJECT, TeamPostType::POST_TYPE );
		$ids  = array();
		if ( $team instanceof \WP_Post && 'publish' === $team->post_status ) {
			foreach ( (array) get_post_meta( $team->ID, TeamPostType::REPRESENTATIVES, true ) as $user_id ) {
				$user_id = (int) $user_id;
				if ( $user_id > 0 && ! in_array( $user_id, $ids, true ) && Capabilities::can_represent_team( $user_id ) ) {
					$ids[] = $user_id;
				}
			}
		}
		return $ids;
	}

	/**
	 * The teams a person represents, by slug (sorted by the teams' names).
	 *
	 * @return list<string>
	 */
	public function teams_of( int $user_id ): array {
		if ( $user_id <= 0 || ! Capabilities::can_represent_team( $user_id ) ) {
			return array();
		}
		$teams = array();
		foreach ( array_keys( TeamList::all() ) as $slug ) {
			if ( in_array( $user_id, $this->of_team( (string) $slug ), true ) ) {
				$teams[] = (string) $slug;
			}
		}
		return $teams;
	}

	public function represents( int $user_id, string $slug ): bool {
		return $user_id > 0 && in_array( $user_id, $this->of_team( $slug ), true );
	}
}
