<?php
/**
 * The public cohort page (the `wayfinder/cohort` block): dates in the site's format, the weeks, the
 * teams taking part linked to their handbooks, how to take part in sentences, and the group
 * sessions in the site's time zone — and never a participant's name or address, a 1:1 session or a
 * meeting link. A draft shows visitors nothing. A cohort's own page shows the block by itself.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\CohortPage;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Sessions\Session;
use Wayfinder\Sessions\SessionRepository;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Tests\Integration\TestCase;

final class CohortBlockTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'chidi' );
		update_option( 'date_format', 'F j, Y' );
		update_option( 'time_format', 'H:i' );
		update_option( 'timezone_string', 'Europe/Berlin' );
	}

	private function cohort( string $stage, string $status = 'publish' ): int {
		$team = (int) wp_insert_post(
			array(
				'post_type'   => TeamPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Hosting Test Team',
				'post_name'   => 'hosting-test',
				'meta_input'  => array( TeamPostType::HANDBOOK_URL => 'https://make.example.org/hosting/handbook/' ),
			)
		);
		$this->assertGreaterThan( 0, $team );
		return $this->insert_cohort(
			array(
				CohortPostType::START_DATE     => '2027-09-06',
				CohortPostType::END_DATE       => '2027-10-03',
				CohortPostType::STAGE          => $stage,
				CohortPostType::MODES          => array( Cohort::ONE_TO_ONE, Cohort::GROUP_ONLY ),
				CohortPostType::SEATS          => 20,
				CohortPostType::RESERVED_SEATS => 4,
				CohortPostType::TEAMS          => array( 'hosting-test' ),
			),
			'Autumn cohort',
			$status,
			'Four weeks of first contributions.'
		);
	}

	private function render( int $cohort ): string {
		return do_blocks( '<!-- wp:wayfinder/cohort {"cohortId":' . $cohort . '} /-->' );
	}

	public function test_the_page_shows_dates_weeks_teams_ways_to_take_part_and_group_sessions_and_nobody(): void {
		$cohort = $this->cohort( Cohort::OPEN );
		$mentor = $this->make_user( 'wayfinder_mentor', 'anna' );
		$mentee = $this->make_user( 'subscriber', 'yuki' );
		wp_update_user(
			array(
				'ID'           => $mentee,
				'display_name' => 'Yuki Tanaka',
			)
		);
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $cohort, $mentor, CohortMember::MENTOR, '', $this->coordinator ) );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $cohort, $mentee, CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->coordinator ) );
		$sessions = new SessionRepository();
		$group    = $sessions->add(
			array(
				'cohort_id'  => $cohort,
				'kind'       => Session::GROUP,
				'mentor_id'  => 0,
				'mentee_id'  => null,
				'starts'     => (int) strtotime( '2027-09-08 16:00:00 UTC' ),
				'minutes'    => 90,
				'title'      => 'How the project works',
				'location'   => 'https://meet.example.org/secret-room',
				'agenda'     => 'Welcome.',
				'created_by' => $this->coordinator,
			)
		);
		$this->assertInstanceOf( Session::class, $group );
		$this->assertInstanceOf(
			Session::class,
			$sessions->add(
				array(
					'cohort_id'  => $cohort,
					'kind'       => Session::ONE_TO_ONE,
					'mentor_id'  => $mentor,
					'mentee_id'  => $mentee,
					'starts'     => (int) strtotime( '2027-09-09 10:00:00 UTC' ),
					'minutes'    => 45,
					'title'      => 'Private chat about Yuki’s goals',
					'location'   => 'https://meet.example.org/one-to-one',
					'agenda'     => '',
					'created_by' => $mentor,
				)
			)
		);

		$html = $this->render( $cohort );

		$this->assertStringContainsString( 'Autumn cohort', $html );
		$this->assertStringContainsString( 'Applications are open.', $html );
		$this->assertStringContainsString( 'September 6, 2027 to October 3, 2027', $html );
		$this->assertStringContainsString( '<strong>Week 1</strong>: September 6, 2027 to September 12, 2027', $html );
		$this->assertStringContainsString( '<strong>Week 4</strong>: September 27, 2027 to October 3, 2027', $html );
		$this->assertStringContainsString( '<a href="https://make.example.org/hosting/handbook/">Hosting Test Team</a>', $html );
		$this->assertStringContainsString( 'Paired with a mentor: you meet them one to one at least 2 times, and join the group sessions.', $html );
		$this->assertStringContainsString( 'In the group sessions only:', $html );
		$this->assertStringNotContainsString( 'project group', $html, 'a way it does not offer' );
		$this->assertStringContainsString( 'There are 20 seats for mentees. 4 of them are reserved for sponsored contributors.', $html );
		$this->assertStringContainsString( '<strong>How the project works</strong>', $html );
		$this->assertStringContainsString( '<time datetime="2027-09-08T16:00:00Z">September 8, 2027 18:00</time>', $html, 'Berlin time, UTC in the markup' );
		$this->assertStringContainsString( '(90 minutes)', $html );
		$this->assertStringContainsString( 'Times are in the site’s time zone, Europe/Berlin.', $html );
		$this->assertStringContainsString( 'The link is sent to participants.', $html );

		foreach ( array( 'secret-room', 'one-to-one', 'Private chat', 'Yuki', 'yuki', 'anna', 'chidi', '@example.org' ) as $private ) {
			$this->assertStringNotContainsString( $private, $html, "no $private on the public page" );
		}
	}

	public function test_a_draft_shows_visitors_nothing_and_its_editors_why(): void {
		foreach ( array( $this->cohort( Cohort::DRAFT ), $this->cohort( Cohort::OPEN, 'draft' ) ) as $cohort ) {
			wp_set_current_user( 0 );
			$this->assertSame( '', trim( $this->render( $cohort ) ) );
			wp_set_current_user( $this->make_user( 'subscriber' ) );
			$this->assertSame( '', trim( $this->render( $cohort ) ) );
			wp_set_current_user( $this->coordinator );
			$html = $this->render( $cohort );
			$this->assertStringContainsString( 'This cohort is a draft', $html );
			$this->assertStringNotContainsString( 'September', $html );
		}
	}

	public function test_a_cohorts_own_page_shows_the_block_under_its_description_once(): void {
		$cohort = $this->cohort( Cohort::RUNNING );
		$this->go_to( $cohort );
		$content = apply_filters( 'the_content', get_post_field( 'post_content', $cohort ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own.
		$this->assertStringContainsString( 'Four weeks of first contributions.', $content );
		$this->assertStringContainsString( 'This cohort is running; applications are closed.', $content );
		$this->assertStringContainsString( 'aria-label="Autumn cohort"', $content, 'the theme shows the name as the title' );

		// A description that holds the block already gets no second one.
		wp_update_post(
			array(
				'ID'           => $cohort,
				'post_content' => "<!-- wp:paragraph --><p>Intro.</p><!-- /wp:paragraph -->\n<!-- wp:wayfinder/cohort /-->",
			)
		);
		$this->go_to( $cohort );
		$content = apply_filters( 'the_content', get_post_field( 'post_content', $cohort ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own.
		$this->assertSame( 1, substr_count( $content, 'This cohort is running' ) );
	}

	private function go_to( int $post_id ): void {
		global $wp_query, $post;
		// phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the test visits the cohort's page.
		$wp_query = new \WP_Query(
			array(
				'p'         => $post_id,
				'post_type' => CohortPostType::POST_TYPE,
			)
		);
		$wp_query->the_post();
		$GLOBALS['wp_the_query'] = $wp_query; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- as above.
		$post                    = get_post( $post_id ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- as above.
	}
}
