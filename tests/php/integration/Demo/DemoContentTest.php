<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Demo;

use Wayfinder\Cli\KeptCounters;
use Wayfinder\Demo\DemoContent;
use Wayfinder\Demo\DemoPeople;
use Wayfinder\Directory\MentorCounts;
use Wayfinder\Mentorship\WaitingCounts;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Retention\RetentionLog;
use Wayfinder\Tests\Integration\TestCase;

final class DemoContentTest extends TestCase {

	public function test_loading_creates_every_demo_person_with_role_and_profile(): void {
		$counts = DemoContent::load();

		$this->assertSame( count( DemoPeople::all() ), $counts['created'] );
		$anna = get_user_by( 'login', 'mentor-anna' );
		$this->assertNotFalse( $anna );
		$this->assertSame( array( 'wayfinder_mentor' ), $anna->roles );
		$this->assertSame( 'Anna Schmidt', $anna->display_name );
		$profile = ( new ProfileRepository() )->find( $anna->ID );
		$this->assertSame( 'Europe/Berlin', $profile->timezone );
		$this->assertSame( 4, $profile->mentor_capacity, 'room for Jonas, Kofi in the cohort, and two more' );
		$this->assertSame( array( array( 2, '18:00', '20:00' ), array( 4, '18:00', '20:00' ) ), $profile->availability );
		$this->assertFalse( $profile->seeking );
		$this->assertTrue( ( new ProfileRepository() )->find( get_user_by( 'login', 'mentee-aisha' )->ID )->seeking, 'demo mentees look for a mentor' );
		$this->assertTrue( wp_check_password( DemoPeople::PASSWORD, $anna->user_pass, $anna->ID ) );
	}

	public function test_loading_twice_updates_instead_of_duplicating(): void {
		DemoContent::load();
		wp_update_user(
			array(
				'ID'   => get_user_by( 'login', 'mentee-aisha' )->ID,
				'role' => 'administrator',
			)
		);

		$counts = DemoContent::load();

		$this->assertSame( 0, $counts['created'] );
		$this->assertSame( count( DemoPeople::all() ), $counts['updated'] );
		$this->assertSame( array( 'subscriber' ), get_user_by( 'login', 'mentee-aisha' )->roles );
	}

	public function test_the_demo_program_is_in_motion_and_loading_again_adds_nothing(): void {
		DemoContent::load();
		DemoContent::load();
		$id    = static fn ( string $login ): int => get_user_by( 'login', $login )->ID;
		$state = ( new \Wayfinder\Mentorship\MentoringState() )->of( $id( 'mentee-jonas' ) )['mentee'];
		$this->assertSame( $id( 'mentor-anna' ), $state['mentor']['id'] );
		$this->assertSame( 'auto', ( new \Wayfinder\Mentorship\MentoringState() )->of( $id( 'mentee-tamil' ) )['mentee']['source'] );
		$open = ( new \Wayfinder\Mentorship\RequestService() )->visible_to( $id( 'coordinator' ), 'open' );
		$this->assertCount( 6, $open, 'five wait for any mentor, one for Grace' );
		$this->assertSame( 5, ( new \Wayfinder\Mentorship\MentoringState() )->queue_position( $id( 'mentee-omar' ) ), 'Omar is last in the queue' );
		$this->assertSame( array( 'Find more mentees' ), array( ( new \Wayfinder\Mentorship\MentoringState() )->of( $id( 'mentor-anna' ) )['mentor']['button']['label'] ) );
	}

	public function test_the_demo_has_a_cohort_in_each_stage_and_the_running_one_is_in_its_third_week(): void {
		DemoContent::load();
		DemoContent::load();
		$stages = array();
		foreach ( get_posts(
			array(
				'post_type'      => \Wayfinder\Cohorts\CohortPostType::POST_TYPE,
				'post_status'    => 'any',
				'fields'         => 'ids',
				'posts_per_page' => -1,
			)
		) as $id ) {
			$stages[] = \Wayfinder\Cohorts\CohortPostType::find( (int) $id )->stage;
		}
		sort( $stages );
		// Three finished: last season's, the surveys' spring cohort (DemoSurveys) with its answered waves, and a year ago's (DemoImpact: the 6- and 12-month figures).
		$this->assertSame( array( 'draft', 'finished', 'finished', 'finished', 'open', 'running' ), $stages, 'one each (three finished), loaded once' );

		$running = \Wayfinder\Cohorts\CohortPostType::find( get_page_by_path( \Wayfinder\Demo\DemoCohorts::RUNNING, OBJECT, \Wayfinder\Cohorts\CohortPostType::POST_TYPE )->ID );
		$this->assertSame( 3, $running->week_on( gmdate( 'Y-m-d' ) ) );
		$members = new \Wayfinder\Cohorts\CohortMemberRepository();
		$this->assertSame(
			array(
				'mentee' => 10, // Six, and the four of DemoGraduation in Kenji's project group.
				'mentor' => 3,
			),
			$members->enrolled( $running->id )
		);
		$modes = array_unique( array_column( array_map( 'get_object_vars', $members->page( $running->id, 'mentee', 1, 20 ) ), 'mode' ) );
		sort( $modes );
		$this->assertSame( array( 'group_only', 'one_to_one', 'project_group' ), $modes, 'every way of taking part' );
		$sessions = ( new \Wayfinder\Sessions\SessionRepository() )->of_cohort( $running->id );
		$this->assertSame( array( 'scheduled', 'scheduled', 'cancelled', 'scheduled' ), array_column( array_map( 'get_object_vars', $sessions ), 'status' ), 'the kick-off, then the next sessions, one cancelled, planned once' );
		$warned = array_column( $members->watch_rows( $running->id ), 'warning', 'user_id' );
		$login  = static fn ( string $name ): int => (int) get_user_by( 'login', $name )->ID;
		$this->assertSame( array( 'missed_session', 'quiet', '' ), array( $warned[ $login( 'mentee-omar' ) ], $warned[ $login( 'mentee-yuki' ) ], $warned[ $login( 'mentee-aisha' ) ] ), 'a mentee in each state' );
		$this->assertSame( $login( 'mentor-kenji' ), ( new \Wayfinder\Cohorts\CohortPairs() )->mentor_of( $running->id, $login( 'mentee-aisha' ) ) );
		$this->assertSame( $login( 'mentor-anna' ), ( new \Wayfinder\Cohorts\CohortPairs() )->mentor_of( $running->id, $login( 'mentee-kofi' ) ) );
		$this->assertSame( 'fit_check', $warned[ $login( 'mentee-kofi' ) ], 'Kofi said the pairing is not working' );
		$this->assertEqualsCanonicalizing( array( $login( 'mentee-lucas' ), $login( 'mentee-omar' ), $login( 'mentee-ines' ) ), $members->unpaired_mentees( $running->id ), 'three wait to be paired on the board' );
		$this->assertSame( array(), array_filter( array_column( $this->sent_mail, 'subject' ), static fn ( string $subject ): bool => str_contains( $subject, 'session' ) ), 'no invitations to demo people' );
	}

	public function test_the_demo_cohort_open_for_applications_has_applications_in_every_stage_loaded_once(): void {
		// What reaches a mail sender (priority 10) about demo applicants: the demo's own filter said it was sent already.
		$stopped = array();
		$watch   = static function ( $short_circuit, array $atts ) use ( &$stopped ) {
			if ( str_starts_with( (string) $atts['to'], 'applicant-' ) ) {
				$stopped[] = true === $short_circuit;
			}
			return $short_circuit;
		};
		add_filter( 'pre_wp_mail', $watch, 6, 2 );
		DemoContent::load();
		DemoContent::load();
		remove_filter( 'pre_wp_mail', $watch, 6 );
		$this->assertNotEmpty( $stopped, 'the services wrote to the applicants' );
		$this->assertNotContains( false, $stopped, 'and none of it was sent' );
		$open         = get_page_by_path( 'contributor-cohort-next', OBJECT, \Wayfinder\Cohorts\CohortPostType::POST_TYPE )->ID;
		$applications = new \Wayfinder\Applications\ApplicationRepository();
		$this->assertSame(
			array(
				'draft'     => 3,
				'withdrawn' => 1,
				'screening' => 6,
				'review'    => 18,
				'decided'   => 0,
			),
			$applications->counts( $open, 'mentee' ),
			'every stage, loaded once'
		);
		$this->assertSame( 1, $applications->counts( $open, 'mentor' )['review'], 'Priya applied to mentor' );
		$login = static fn ( string $name ): int => (int) get_user_by( 'login', $name )->ID;
		$seun  = $applications->find_for( $open, $login( 'applicant-oluwaseun' ) );
		$marta = $applications->find_for( $open, $login( 'applicant-marta' ) );
		$this->assertStringContainsString( 'Seun', $seun->redacted['motivation'], 'a nickname the automatic pass cannot know, for the screener' );
		$this->assertStringNotContainsString( 'Kowalska', $marta->redacted['motivation'] );
		$this->assertStringNotContainsString( 'marta.kowalska@example.net', $marta->redacted['motivation'] );
		$reviews = new \Wayfinder\Applications\ReviewRepository();
		$waiting = array_filter( $reviews->of_reviewer( $login( 'reviewer' ), $open ), static fn ( $review ): bool => 'assigned' === $review->status );
		$this->assertGreaterThanOrEqual( 5, count( $waiting ), 'the reviewer login has reviews to do' );
		foreach ( array( 'reviewer-elena', 'reviewer-tariq' ) as $done ) {
			$this->assertSame( array(), array_filter( $reviews->of_reviewer( $login( $done ), $open ), static fn ( $review ): bool => 'assigned' === $review->status ), $done . ' finished' );
		}
		$flagged = array_filter( $applications->in_cohort( $open, 'mentee', 'review' ), static fn ( $application ): bool => $application->flagged );
		$this->assertCount( 2, $flagged, 'two where reviewers disagree' );
	}

	public function test_the_demo_shows_an_away_mentor_covered_by_the_backup_she_named_and_a_pass(): void {
		DemoContent::load();
		DemoContent::load();
		$id     = static fn ( string $login ): int => get_user_by( 'login', $login )->ID;
		$priya  = ( new \Wayfinder\Profiles\ProfileRepository() )->find( $id( 'mentor-priya' ) );
		$tamil  = ( new \Wayfinder\Mentorship\MentoringState() )->of( $id( 'mentee-tamil' ) )['mentee'];
		$passed = ( new \Wayfinder\Mentorship\PassRepository() )->has( $id( 'mentor-lucia' ), $id( 'mentee-omar' ) );
		$this->assertSame( 'away', $priya->mentor_status );
		$this->assertSame( $id( 'mentor-kenji' ), $priya->backup_mentor );
		$this->assertSame( $id( 'mentor-priya' ), $tamil['mentor']['id'], 'Tamil keeps his mentor while she is away' );
		$this->assertTrue( $tamil['mentor_away'] ?? $tamil['mentor']['away'] ?? false, 'Tamil is told his mentor is away' );
		$this->assertStringContainsString( 'Kenji', (string) wp_json_encode( $tamil ), 'and who covers' );
		$this->assertTrue( $passed, 'Lucía passed on Omar' );
		$this->assertSame( 5, ( new \Wayfinder\Mentorship\MentoringState() )->queue_position( $id( 'mentee-omar' ) ), 'and Omar keeps his place' );
	}

	public function test_the_mentorship_page_holds_the_community_blocks_and_is_made_once(): void {
		DemoContent::load();
		$page = get_page_by_path( 'mentorship' );
		$this->assertInstanceOf( \WP_Post::class, $page );
		$this->assertSame( 'publish', $page->post_status );
		$this->assertSame( 'Mentorship', $page->post_title );
		$this->assertTrue( has_block( 'wayfinder/mentoring-button', $page ) );
		$this->assertTrue( has_block( 'wayfinder/my-mentorship', $page ) );
		wp_update_post(
			array(
				'ID'           => $page->ID,
				'post_content' => '<!-- wp:wayfinder/my-mentorship /-->',
			)
		);

		DemoContent::load();

		$pages = get_posts(
			array(
				'post_type'   => 'page',
				'name'        => 'mentorship',
				'post_status' => 'any',
			)
		);
		$this->assertCount( 1, $pages, 'loading again adds no second page' );
		$this->assertSame( '<!-- wp:wayfinder/my-mentorship /-->', get_post( $page->ID )->post_content, 'and leaves an edited page as it is' );
		$this->assertSame( get_permalink( $page ), \Wayfinder\MyMentorship\MentorshipPage::url(), 'the button and the emails find it' );
	}

	public function test_the_demo_has_a_mentors_page_with_the_directory_and_loading_again_keeps_it(): void {
		DemoContent::load();
		$page = get_page_by_path( DemoContent::MENTORS_PAGE );
		$this->assertInstanceOf( \WP_Post::class, $page );
		$this->assertSame( 'publish', $page->post_status );
		$this->assertSame( 'Mentors', $page->post_title );
		$this->assertTrue( has_block( 'wayfinder/mentor-directory', $page ) );

		wp_update_post(
			array(
				'ID'         => $page->ID,
				'post_title' => 'Our mentors',
			)
		);
		DemoContent::load();
		$this->assertSame( 'Our mentors', get_post( $page->ID )->post_title, 'an edited page is left as it is' );
		$this->assertCount(
			1,
			get_posts(
				array(
					'post_type'   => 'page',
					'name'        => DemoContent::MENTORS_PAGE,
					'post_status' => 'any',
				)
			)
		);

		$html = do_blocks( get_post( $page->ID )->post_content );
		$this->assertStringContainsString( 'Anna Schmidt', $html, 'the demo mentors are in it' );
		$this->assertStringNotContainsString( 'Reviewer', $html );
	}

	public function test_the_demos_kept_counters_match_what_they_count_and_retention_has_run_once(): void {
		DemoContent::load();
		// The quarter-hour counts are dropped by a recompute whenever they exist: not a drift.
		delete_option( MentorCounts::OPTION );
		delete_option( WaitingCounts::OPTION );

		$this->assertSame(
			array(
				'changes' => array(),
				'refused' => array(),
			),
			( new KeptCounters() )->recompute()
		);
		$log = ( new RetentionLog() )->describe();
		$this->assertNotNull( $log['last_run'], 'Settings shows what the daily job did' );
		$this->assertSame( array( 'Nothing was due.' ), $log['removed'] );
	}
}
