<?php
/**
 * Adds the default quiz the first time Wayfinder is activated (like TeamSeeder: never again, so a
 * quiz a coordinator deleted stays deleted) and remembers it as the quiz the block shows by default.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class QuizSeeder {

	public const SEEDED_OPTION  = 'wayfinder_quiz_seeded';
	public const DEFAULT_OPTION = 'wayfinder_default_quiz';

	/** @return int The new quiz's ID, or 0 when seeding ran before. */
	public static function seed_once(): int {
		if ( get_option( self::SEEDED_OPTION ) ) {
			return 0;
		}
		$quiz_id = wp_insert_post(
			array(
				'post_type'   => QuizPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => DefaultQuiz::title(),
				'post_name'   => 'get-involved',
			),
			true
		);
		if ( is_wp_error( $quiz_id ) ) {
			return 0;
		}
		update_post_meta( $quiz_id, QuizPostType::META, DefaultQuiz::definition() );
		// Read on every page with the quiz block: autoloaded.
		update_option( self::DEFAULT_OPTION, $quiz_id, true );
		update_option( self::SEEDED_OPTION, 1, false );
		return $quiz_id;
	}

	/** The quiz a block shows when none is picked: the seeded one while it is published, else the newest published quiz. */
	public static function default_quiz_id(): int {
		$seeded = (int) get_option( self::DEFAULT_OPTION, 0 );
		if ( null !== QuizPostType::published( $seeded ) ) {
			return $seeded;
		}
		$newest = get_posts(
			array(
				'post_type'      => QuizPostType::POST_TYPE,
				'post_status'    => 'publish',
				'posts_per_page' => 1,
				'fields'         => 'ids',
				'no_found_rows'  => true,
			)
		);
		return (int) ( $newest[0] ?? 0 );
	}

	/** Deletes every quiz (for uninstall). */
	public static function delete_all(): void {
		$ids = get_posts(
			array(
				'post_type'      => QuizPostType::POST_TYPE,
				'post_status'    => 'any',
				'posts_per_page' => -1,
				'fields'         => 'ids',
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( (int) $id, true );
		}
		delete_option( self::SEEDED_OPTION );
		delete_option( self::DEFAULT_OPTION );
	}
}
