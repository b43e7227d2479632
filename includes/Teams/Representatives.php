<?php
/**
 * A team's representatives: the people listed on a published team (the team post's
 * `TeamPostType::REPRESENTATIVES` meta) who still hold the team representative capability
 * (`Capabilities::REPRESENT_TEAM`) — taking the role away stops them at once without editing every
 * team. On a network with one program, a team site's editors and administrators represent its team too
 * (Platform\Network). Coordinators are no representatives, but the features let them act for any team. The lists
 * of every team are read in one query, kept for the request (longer with a persistent object cache)
 * and dropped when a team or its representatives change (TeamsModule).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Teams;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Network;
use Wayfinder\Platform\Transaction;

final class Representatives {

	private const CACHE_GROUP = 'wayfinder_teams';
	private const CACHE_KEY   = 'representatives';

	/**
	 * The team's representatives (published teams only).
	 *
	 * @return list<int> User IDs.
	 */
	public function of_team( string $slug ): array {
		$listed = array_filter( self::listed()[ $slug ] ?? array(), array( Capabilities::class, 'can_represent_team' ) );
		return array_values( array_unique( array_merge( $listed, self::of_team_site( $slug ) ) ) );
	}

	/**
	 * The teams a person represents, by slug (in the teams' order by name).
	 *
	 * @return list<string>
	 */
	public function teams_of( int $user_id ): array {
		if ( $user_id <= 0 ) {
			return array();
		}
		$teams = array();
		foreach ( self::listed() as $slug => $ids ) {
			if ( in_array( $user_id, $ids, true ) && Capabilities::can_represent_team( $user_id ) ) {
				$teams[] = (string) $slug;
			}
		}
		foreach ( Network::site_teams() as $slug ) {
			if ( ! in_array( $slug, $teams, true ) && in_array( $user_id, self::of_team_site( $slug ), true ) ) {
				$teams[] = $slug;
			}
		}
		return $teams;
	}

	public function represents( int $user_id, string $slug ): bool {
		return $user_id > 0 && in_array( $user_id, $this->of_team( $slug ), true );
	}

	/** Forgets the kept lists (a team or its representatives changed). */
	public static function forget(): void {
		Transaction::forget( 'wayfinder_representatives', static fn () => wp_cache_delete( self::CACHE_KEY, self::CACHE_GROUP ) );
	}

	/** @return list<int> The editors and administrators of the team's own site (none without one). */
	private static function of_team_site( string $slug ): array {
		$site = Network::site_of_team( $slug );
		if ( $site <= 0 ) {
			return array();
		}
		return array_values(
			array_map(
				'intval',
				get_users(
					array(
						'blog_id'  => $site,
						'role__in' => array( 'administrator', 'editor' ),
						'fields'   => 'ID',
						'number'   => 100,
					)
				)
			)
		);
	}

	/** @return array<string, list<int>> Each published team's listed people, teams in TeamList's order. */
	private static function listed(): array {
		$kept = wp_cache_get( self::CACHE_KEY, self::CACHE_GROUP );
		if ( is_array( $kept ) ) {
			return $kept;
		}
		$posts = array();
		foreach ( get_posts(
			array(
				'post_type'        => TeamPostType::POST_TYPE,
				'post_status'      => 'publish',
				'numberposts'      => 200, // phpcs:ignore WordPress.WP.PostsPerPage -- every team (a couple of dozen).
				'suppress_filters' => true,
			)
		) as $post ) {
			$posts[ $post->post_name ] = $post;
		}
		$known = array();
		foreach ( array_keys( TeamList::all() ) as $slug ) {
			if ( isset( $posts[ $slug ] ) ) {
				$ids = array_values( array_unique( array_filter( array_map( 'intval', (array) get_post_meta( $posts[ $slug ]->ID, TeamPostType::REPRESENTATIVES, true ) ) ) ) );
				if ( array() !== $ids ) {
					$known[ (string) $slug ] = $ids;
				}
			}
		}
		wp_cache_set( self::CACHE_KEY, $known, self::CACHE_GROUP, HOUR_IN_SECONDS );
		return $known;
	}
}
