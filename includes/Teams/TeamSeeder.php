<?php
/**
 * Seeds the teams of the Make WordPress network the first time Wayfinder is activated. Coordinators
 * edit or remove them afterwards; seeding never runs again, so nothing they changed comes back.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Teams;

final class TeamSeeder {

	public const SEEDED_OPTION = 'wayfinder_teams_seeded';

	/**
	 * Slug => [ name, what the team does, accepts newcomers, chat channel, Learn WordPress link ].
	 *
	 * @return array<string, array{0: string, 1: string, 2: bool, 3: string, 4: string}>
	 */
	public static function make_teams(): array {
		$learn = 'https://learn.wordpress.org/';
		return array(
			'accessibility'  => array( 'Accessibility', 'Makes WordPress usable by everyone: audits, testing with assistive technology, and fixes.', true, '#accessibility', $learn . 'course/introduction-to-accessibility/' ),
			'cli'            => array( 'Command Line', 'Builds and maintains WP-CLI, the command-line interface for WordPress.', true, '#cli', $learn ),
			'community'      => array( 'Community', 'Supports meetups, WordCamps, mentorship and the people who organise them.', true, '#community-team', $learn ),
			'core'           => array( 'Core', 'Builds WordPress itself: PHP, JavaScript, the block editor and tests.', true, '#core', $learn . 'course/contributing-to-wordpress-core/' ),
			'design'         => array( 'Design', 'Designs WordPress and its sites: interfaces, flows and visual language.', true, '#design', $learn ),
			'docs'           => array( 'Documentation', 'Writes and maintains the user and developer documentation.', true, '#docs', $learn ),
			'hosting'        => array( 'Hosting', 'Works with hosts on the best way to run WordPress.', true, '#hosting', $learn ),
			'marketing'      => array( 'Marketing', 'Tells the world about WordPress: campaigns, case studies, social media.', true, '#marketing', $learn ),
			'meta'           => array( 'Meta', 'Builds and runs WordPress.org and its tools.', true, '#meta', $learn ),
			'mobile'         => array( 'Mobile', 'Builds the WordPress apps for phones and tablets.', true, '#mobile', $learn ),
			'openverse'      => array( 'Openverse', 'Builds Openverse, the search engine for openly licensed media.', true, '#openverse', $learn ),
			'performance'    => array( 'Performance', 'Measures and improves how fast WordPress is.', true, '#core-performance', $learn ),
			'photos'         => array( 'Photos', 'Curates the WordPress Photo Directory.', true, '#photos', $learn ),
			'plugins'        => array( 'Plugins', 'Reviews plugins for the directory and helps their authors.', false, '#pluginreview', $learn ),
			'polyglots'      => array( 'Polyglots', 'Translates WordPress into more than 200 languages.', true, '#polyglots', $learn . 'course/contributing-to-the-polyglots-team/' ),
			'support'        => array( 'Support', 'Answers questions in the forums and helps users succeed.', true, '#forums', $learn ),
			'sustainability' => array( 'Sustainability', 'Reduces the environmental footprint of WordPress and its events.', true, '#sustainability', $learn ),
			'test'           => array( 'Test', 'Tests releases and features and reports what it finds.', true, '#core-test', $learn ),
			'themes'         => array( 'Themes', 'Reviews and builds themes, including the default themes.', true, '#themereview', $learn ),
			'training'       => array( 'Training', 'Creates Learn WordPress courses, lessons and online workshops.', true, '#training', $learn ),
			'tv'             => array( 'WordPress.tv', 'Publishes talks and tutorials from the community.', true, '#wptv', $learn ),
		);
	}

	/** @return int How many teams were created. */
	public static function seed_once(): int {
		if ( get_option( self::SEEDED_OPTION ) ) {
			return 0;
		}
		$created = 0;
		foreach ( self::make_teams() as $slug => list( $name, $about, $newcomers, $chat, $learn ) ) {
			if ( get_page_by_path( $slug, 'OBJECT', TeamPostType::POST_TYPE ) ) {
				continue;
			}
			$post_id = wp_insert_post(
				array(
					'post_type'    => TeamPostType::POST_TYPE,
					'post_status'  => 'publish',
					'post_name'    => $slug,
					'post_title'   => $name,
					'post_excerpt' => $about,
					'post_content' => '<!-- wp:paragraph --><p>' . esc_html( $about ) . '</p><!-- /wp:paragraph -->',
					'meta_input'   => array(
						TeamPostType::ACCEPTS_NEWCOMERS => $newcomers ? 1 : 0,
						TeamPostType::HANDBOOK_URL      => 'https://make.wordpress.org/' . $slug . '/handbook/',
						TeamPostType::LEARN_URL         => $learn,
						TeamPostType::CHAT_CHANNEL      => $chat,
					),
				),
				true
			);
			if ( ! is_wp_error( $post_id ) ) {
				++$created;
			}
		}
		update_option( self::SEEDED_OPTION, 1, false );
		return $created;
	}

	/** Deletes every team (for uninstall). */
	public static function delete_all(): void {
		$ids = get_posts(
			array(
				'post_type'      => TeamPostType::POST_TYPE,
				'post_status'    => 'any',
				'posts_per_page' => -1,
				'fields'         => 'ids',
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( (int) $id, true );
		}
		delete_option( self::SEEDED_OPTION );
	}
}
