<?php
/**
 * The published teams by slug, sorted by name, with their pages: kept between requests in an
 * autoloaded option (Platform\KeptValues) and dropped when a team changes. The directory's filters
 * and cards, the profile form and the engine's messages all read it here.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Teams;

use Wayfinder\Platform\KeptValues;

final class TeamList {

	/**
	 * Published teams by slug, sorted by name (kept between requests, dropped when a team changes).
	 *
	 * @return array<string, array{name: string, url: string}>
	 */
	public static function all(): array {
		static $known = null;
		$kept         = KeptValues::get( KeptValues::TEAMS, array( self::class, 'read' ), DAY_IN_SECONDS );
		if ( null !== $known && $known[0] === $kept ) {
			return $known[1]; // Read already in this request.
		}
		$teams = array();
		foreach ( $kept as $slug => $team ) {
			if ( is_array( $team ) ) {
				$teams[ (string) $slug ] = array(
					'name' => (string) ( $team['name'] ?? $slug ),
					'url'  => (string) ( $team['url'] ?? '' ),
				);
			}
		}
		$known = array( $kept, $teams );
		return $teams;
	}

	/** @return array<string, array{name: string, url: string}> */
	public static function read(): array {
		$teams = array();
		foreach ( get_posts(
			array(
				'post_type'              => TeamPostType::POST_TYPE,
				'post_status'            => 'publish',
				'posts_per_page'         => 200, // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- every team (a couple of dozen), once a day.
				'orderby'                => 'title',
				'order'                  => 'ASC',
				'no_found_rows'          => true,
				'update_post_meta_cache' => false,
				'update_post_term_cache' => false,
			)
		) as $team ) {
			$teams[ $team->post_name ] = array(
				'name' => get_the_title( $team ),
				'url'  => (string) get_permalink( $team ),
			);
		}
		return $teams;
	}

	/**
	 * A team was saved, trashed or deleted.
	 *
	 * @param int           $post_id Unused.
	 * @param \WP_Post|null $post    The post.
	 */
	public static function changed( $post_id, $post = null ): void {
		if ( ! $post instanceof \WP_Post || TeamPostType::POST_TYPE === $post->post_type ) {
			KeptValues::forget( KeptValues::TEAMS );
		}
	}

	public static function forget(): void {
		KeptValues::forget( KeptValues::TEAMS );
	}
}
