<?php
/**
 * The badges a new program starts with, added once when Wayfinder is first installed (an option
 * remembers it, so a badge a coordinator edited or deleted stays as they left it): Mentor, Mentee,
 * Graduate, Cohort facilitator, and a "<Team> contributor" badge per team — also made when a team is
 * published later. Each says in words that it recognises what the person did, not that they finished
 * a course.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Teams\TeamPostType;

final class DefaultBadges {

	public const SEEDED_OPTION = 'wayfinder_badges_seeded';

	/**
	 * Adds the default badges, once. The IDs of the badges added (none when it ran before).
	 *
	 * @return list<int>
	 */
	public static function seed_once(): array {
		if ( get_option( self::SEEDED_OPTION ) ) {
			return array();
		}
		// Before anything else, so a failure halfway never adds them twice.
		update_option( self::SEEDED_OPTION, 1, false );
		$ids = array();
		foreach ( self::definitions() as $badge ) {
			$id = self::insert( $badge['name'], $badge['description'], $badge['criteria'], $badge['rule'], '' );
			if ( $id > 0 ) {
				$ids[] = $id;
			}
		}
		foreach ( self::published_teams() as $slug => $name ) {
			$id = self::team_badge( $slug, $name );
			if ( $id > 0 ) {
				$ids[] = $id;
			}
		}
		return $ids;
	}

	/**
	 * The badges that are not a team's, in words people read.
	 *
	 * @return list<array{name: string, description: string, criteria: string, rule: string}>
	 */
	public static function definitions(): array {
		return array(
			array(
				'name'        => __( 'Mentor', 'wayfinder' ),
				'description' => __( 'Guided a newcomer through a mentorship that reached its goal: a completed 1:1 mentorship or a mentee who graduated from a cohort.', 'wayfinder' ),
				'criteria'    => __( 'Awarded to a mentor when a mentorship they led is completed, or when a mentee they mentored in a cohort graduates with a verified contribution.', 'wayfinder' ),
				'rule'        => Badge::MENTOR,
			),
			array(
				'name'        => __( 'Mentee', 'wayfinder' ),
				'description' => __( 'Worked with a mentor through a whole mentorship, from the first conversation to the goals they set together.', 'wayfinder' ),
				'criteria'    => __( 'Awarded to a mentee when their 1:1 mentorship is marked completed by them or their mentor.', 'wayfinder' ),
				'rule'        => Badge::MENTEE,
			),
			array(
				'name'        => __( 'Graduate', 'wayfinder' ),
				'description' => __( 'Made a contribution to the project that a team verified, and met the graduation requirements of their cohort.', 'wayfinder' ),
				'criteria'    => __( 'Awarded when a coordinator graduates the person from a cohort; graduating requires at least one verified contribution, so the badge stands for work that was reviewed and accepted, not for attendance.', 'wayfinder' ),
				'rule'        => Badge::GRADUATE,
			),
			array(
				'name'        => __( 'Cohort facilitator', 'wayfinder' ),
				'description' => __( 'Led group sessions for a cohort of newcomers: prepared the agenda, ran the session and answered questions.', 'wayfinder' ),
				'criteria'    => __( 'Awarded when a cohort finishes to each person who led at least one of its group sessions that took place.', 'wayfinder' ),
				'rule'        => Badge::FACILITATOR,
			),
		);
	}

	/**
	 * Makes a team's contributor badge, unless the team has one already (in any state).
	 *
	 * @return int The badge's ID; 0 when the team had one or it could not be saved.
	 */
	public static function team_badge( string $slug, string $team_name ): int {
		if ( '' === $slug || self::team_has_badge( $slug ) ) {
			return 0;
		}
		return self::insert(
			/* translators: %s: a team's name, e.g. "Polyglots". */
			sprintf( __( '%s contributor', 'wayfinder' ), $team_name ),
			/* translators: %s: a team's name. */
			sprintf( __( 'Made a contribution to the %s team that the team verified.', 'wayfinder' ), $team_name ),
			/* translators: %s: a team's name. */
			sprintf( __( 'Awarded for the first contribution to the %s team that is verified: checked by a team representative or a coordinator, or merged on GitHub.', 'wayfinder' ), $team_name ),
			Badge::TEAM_CONTRIBUTOR,
			$slug
		);
	}

	/**
	 * A team published after the defaults were seeded gets its contributor badge.
	 *
	 * @param string   $new_status The post's new status.
	 * @param string   $old_status Its status before.
	 * @param \WP_Post $post       The post.
	 */
	public static function team_published( $new_status, $old_status, $post ): void {
		if ( 'publish' !== $new_status || 'publish' === $old_status || TeamPostType::POST_TYPE !== $post->post_type ) {
			return;
		}
		if ( ! get_option( self::SEEDED_OPTION ) ) {
			return; // The seeding makes every team's badge.
		}
		self::team_badge( $post->post_name, get_the_title( $post ) );
	}

	/** On uninstall with "delete all data": every badge (the awards table is dropped already) and the options. */
	public static function delete_all(): void {
		$ids = get_posts(
			array(
				'post_type'      => BadgePostType::POST_TYPE,
				'post_status'    => 'any',
				'posts_per_page' => -1,
				'fields'         => 'ids',
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( (int) $id, true );
		}
		delete_option( self::SEEDED_OPTION );
		delete_option( BadgeRules::BACKFILL );
	}

	private static function insert( string $name, string $description, string $criteria, string $rule, string $team ): int {
		$meta = array(
			BadgePostType::RULE     => $rule,
			BadgePostType::CRITERIA => $criteria,
		);
		if ( '' !== $team ) {
			$meta[ BadgePostType::TEAM ] = $team;
		}
		$id = wp_insert_post(
			array(
				'post_type'    => BadgePostType::POST_TYPE,
				'post_status'  => 'publish',
				'post_title'   => $name,
				'post_excerpt' => $description,
				'meta_input'   => $meta,
			),
			true
		);
		return is_wp_error( $id ) ? 0 : (int) $id;
	}

	private static function team_has_badge( string $slug ): bool {
		$ids = get_posts(
			array(
				'post_type'      => BadgePostType::POST_TYPE,
				'post_status'    => 'any',
				'posts_per_page' => 1,
				'fields'         => 'ids',
				'no_found_rows'  => true,
				'meta_query'     => array( // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of badges.
					'relation' => 'AND',
					array(
						'key'   => BadgePostType::RULE,
						'value' => Badge::TEAM_CONTRIBUTOR,
					),
					array(
						'key'   => BadgePostType::TEAM,
						'value' => $slug,
					),
				),
			)
		);
		return array() !== $ids;
	}

	/** @return array<string, string> Published teams' names by slug, read fresh (the kept list may lag during an install). */
	private static function published_teams(): array {
		$teams = array();
		foreach ( get_posts(
			array(
				'post_type'      => TeamPostType::POST_TYPE,
				'post_status'    => 'publish',
				'posts_per_page' => 200, // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- every team (a couple of dozen), once.
				'orderby'        => 'title',
				'order'          => 'ASC',
				'no_found_rows'  => true,
			)
		) as $team ) {
			$teams[ $team->post_name ] = get_the_title( $team );
		}
		return $teams;
	}
}
