<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Orientation;

use Wayfinder\Orientation\QuizPostType;
use Wayfinder\Orientation\QuizSeeder;
use Wayfinder\Orientation\Reachability;
use Wayfinder\Orientation\Results;
use Wayfinder\Orientation\TeamDirectory;
use Wayfinder\Orientation\TeamReach;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Tests\Integration\TestCase;

final class QuizSeedingTest extends TestCase {

	private function seeded(): \WP_Post {
		$post = QuizPostType::published( QuizSeeder::default_quiz_id() );
		$this->assertInstanceOf( \WP_Post::class, $post, 'activation seeded a published quiz' );
		return $post;
	}

	public function test_activation_seeded_one_quiz_about_doing_caring_skills_and_time(): void {
		$this->assertSame( 1, (int) wp_count_posts( QuizPostType::POST_TYPE )->publish );
		$quiz = QuizPostType::quiz( $this->seeded() );
		$this->assertSame( array( 'What you do with WordPress', 'What you care about', 'Your skills', 'Your time' ), $quiz->step_titles );
		$this->assertFalse( $quiz->questions[ count( $quiz->questions ) - 1 ]->multiple, 'the time question takes one answer' );
		$this->assertSame( 'support', $quiz->fallback );
	}

	public function test_seeding_runs_once_so_a_deleted_quiz_stays_deleted(): void {
		$this->assertSame( 0, QuizSeeder::seed_once() );
		wp_delete_post( $this->seeded()->ID, true );
		Installer::activate();
		$this->assertSame( 0, (int) wp_count_posts( QuizPostType::POST_TYPE )->publish );
		$this->assertSame( 0, QuizSeeder::default_quiz_id() );
	}

	public function test_every_team_that_takes_newcomers_can_come_out_on_top_of_the_default_quiz(): void {
		$quiz   = QuizPostType::quiz( $this->seeded() );
		$scorer = ( new Results() )->scorer( $quiz );
		$report = ( new Reachability( $scorer ) )->check();

		$this->assertSame( ( new TeamDirectory() )->accepting(), array_keys( $report ) );
		$this->assertNotContains( 'plugins', array_keys( $report ), 'Plugins takes no newcomers, so it is never recommended' );
		foreach ( $report as $team => $reach ) {
			$this->assertSame( TeamReach::PROVEN, $reach->status, "$team can come out on top" );
			$this->assertSame( $team, $scorer->rank( $reach->witness )[0]->team, "the example for $team really puts it first" );
		}
	}

	public function test_the_quizzes_live_under_the_mentorship_menu_for_coordinators(): void {
		$type = get_post_type_object( QuizPostType::POST_TYPE );
		$this->assertSame( 'wayfinder', $type->show_in_menu );
		$this->assertTrue( user_can( $this->make_user( 'wayfinder_coordinator' ), 'edit_wayfinder_quizzes' ) );
		$this->assertFalse( user_can( $this->make_user( 'wayfinder_mentor' ), 'edit_wayfinder_quizzes' ) );
		$this->assertFalse( user_can( $this->make_user( 'editor' ), 'edit_post', $this->seeded()->ID ) );
	}

	public function test_uninstall_with_the_admins_consent_removes_the_quizzes_and_their_counts(): void {
		update_option( Settings::DELETE_DATA_ON_UNINSTALL, true );
		$this->uninstall( array( Uninstaller::class, 'run' ) );
		$this->assertSame( 0, (int) wp_count_posts( QuizPostType::POST_TYPE )->publish );
		$this->assertFalse( get_option( QuizSeeder::SEEDED_OPTION ) );
		global $wpdb;
		$this->assertNull( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->prefix . 'wayfinder_quiz_counts' ) ) );
	}
}
