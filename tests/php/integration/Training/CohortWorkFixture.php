<?php
/**
 * A running cohort for the tests of a mentee's cohort work (training, the plan, check-ins): two
 * mentors each paired 1:1 with a mentee, a coordinator and someone outside the cohort.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Training;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\TeamPostType;

trait CohortWorkFixture {

	protected int $cohort;
	/** @var array<string, int> */
	protected array $people = array();

	protected const COURSE   = 'https://learn.example.org/contribute';
	protected const HANDBOOK = 'https://make.example.org/polyglots/handbook/';

	protected function make_cohort_work( string $stage = Cohort::RUNNING ): void {
		$team = get_page_by_path( 'polyglots', OBJECT, TeamPostType::POST_TYPE );
		$this->assertInstanceOf( \WP_Post::class, $team, 'the seeded teams are there' );
		update_post_meta( $team->ID, TeamPostType::HANDBOOK_URL, self::HANDBOOK );
		$this->people['chidi'] = $this->make_user( 'wayfinder_coordinator', 'chidi' );
		$this->people['sam']   = $this->make_user( 'subscriber', 'sam' );
		$this->cohort          = $this->make_cohort( $stage );
		foreach ( array(
			'anna' => CohortMember::MENTOR,
			'otto' => CohortMember::MENTOR,
			'yuki' => CohortMember::MENTEE,
			'ana'  => CohortMember::MENTEE,
		) as $login => $place ) {
			$id = $this->make_user( CohortMember::MENTOR === $place ? 'wayfinder_mentor' : 'subscriber', $login );
			( new ProfileRepository() )->save( new Profile( $id, 'Europe/Berlin', array( 'en' ), array( 'polyglots' ), array(), array(), '', 3 ) );
			$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $id, $place, CohortMember::MENTOR === $place ? '' : Cohort::ONE_TO_ONE, $this->people['chidi'] ) );
			$this->people[ $login ] = $id;
		}
		$matches = new MatchService();
		$this->assertIsInt( $matches->start( $this->people['yuki'], $this->people['anna'], 'cohort', $this->people['chidi'], 'active', $this->cohort ) );
		$this->assertIsInt( $matches->start( $this->people['ana'], $this->people['otto'], 'cohort', $this->people['chidi'], 'active', $this->cohort ) );
		$this->sent_mail = array();
	}

	protected function make_cohort( string $stage, string $start = '2027-03-15', string $end = '2027-04-11' ): int {
		return $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $start,
				CohortPostType::END_DATE   => $end,
				CohortPostType::STAGE      => $stage,
				CohortPostType::TRAINING   => array(
					array(
						'title' => 'Contributing to WordPress',
						'url'   => self::COURSE,
					),
				),
				CohortPostType::TEAMS      => array( 'polyglots' ),
			)
		);
	}

	/** A figure the mentee's place keeps (cohort_members). */
	protected function figure( int $user_id, string $figure ): int {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- a test reads the table the code wrote.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT {$figure} FROM " . \Wayfinder\Platform\Schema::cohort_members_table() . ' WHERE cohort_id = %d AND user_id = %d', $this->cohort, $user_id ) );
	}

	protected function last_activity( int $user_id ): ?string {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- a test reads the table the code wrote.
		$at = $wpdb->get_var( $wpdb->prepare( 'SELECT last_activity_at FROM ' . \Wayfinder\Platform\Schema::cohort_members_table() . ' WHERE cohort_id = %d AND user_id = %d', $this->cohort, $user_id ) );
		return null === $at ? null : (string) $at;
	}
}
