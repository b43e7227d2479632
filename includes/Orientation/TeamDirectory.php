<?php
/**
 * The published teams as the quiz needs them: names, whether they take newcomers, and where a
 * newcomer starts (handbook, Learn course, chat channel). One query per change of any post, then
 * the object cache.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Teams\TeamPostType;

final class TeamDirectory {

	private const CACHE_GROUP = 'wayfinder_quiz';

	/** @var array<string, array<string, array{slug: string, name: string, about: string, accepts: bool, handbook: string, learn: string, chat: string}>> */
	private static array $memo = array();

	/** @return array<string, array{slug: string, name: string, about: string, accepts: bool, handbook: string, learn: string, chat: string}> Slug => team, by name. */
	public function all(): array {
		$key = 'teams:' . wp_cache_get_last_changed( 'posts' );
		if ( isset( self::$memo[ $key ] ) ) {
			return self::$memo[ $key ];
		}
		$teams = wp_cache_get( $key, self::CACHE_GROUP );
		if ( ! is_array( $teams ) ) {
			$teams = array();
			$posts = get_posts(
				array(
					'post_type'      => TeamPostType::POST_TYPE,
					'post_status'    => 'publish',
					'posts_per_page' => 100, // A network has a few dozen teams at most.
					'orderby'        => 'title',
					'order'          => 'ASC',
					'no_found_rows'  => true,
				)
			);
			foreach ( $posts as $post ) {
				$teams[ $post->post_name ] = array(
					'slug'     => $post->post_name,
					'name'     => $post->post_title,
					'about'    => wp_strip_all_tags( $post->post_excerpt ),
					'accepts'  => (bool) get_post_meta( $post->ID, TeamPostType::ACCEPTS_NEWCOMERS, true ),
					'handbook' => (string) get_post_meta( $post->ID, TeamPostType::HANDBOOK_URL, true ),
					'learn'    => (string) get_post_meta( $post->ID, TeamPostType::LEARN_URL, true ),
					'chat'     => (string) get_post_meta( $post->ID, TeamPostType::CHAT_CHANNEL, true ),
				);
			}
			wp_cache_set( $key, $teams, self::CACHE_GROUP, DAY_IN_SECONDS );
		}
		self::$memo = array( $key => $teams );
		return $teams;
	}

	/** @return list<string> The slugs of the teams that take newcomers: the only ones the quiz recommends. */
	public function accepting(): array {
		return array_map( 'strval', array_keys( array_filter( $this->all(), static fn ( array $team ): bool => $team['accepts'] ) ) );
	}

	public function name( string $slug ): string {
		return $this->all()[ $slug ]['name'] ?? $slug;
	}
}
