<?php
/**
 * `wp wayfinder board run`, run for real: the cohort's board as the admin's Run has it, saved only
 * with --save, through the board's own commit.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

final class BoardCommandTest extends CliTestCase {

	/** @param list<string> $languages */
	private static function with_profile( string $login, string $role, string $name, array $languages ): int {
		$user = self::person( $login, $role, $name );
		( new ProfileRepository() )->save( new Profile( $user, 'Europe/Berlin', $languages, array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', 2 ) );
		return $user;
	}

	/** @return array<string, int> */
	public static function a_cohort_with_a_mentor_and_two_mentees(): array {
		$cohort    = self::cohort( array(), 'Spring cohort' );
		$enrolment = new Enrolment();
		$mentor    = self::with_profile( 'mia', 'wayfinder_mentor', 'Mia Mentor', array( 'en' ) );
		$ana       = self::with_profile( 'ana', 'subscriber', 'Ana Lima', array( 'en' ) );
		$tamil     = self::with_profile( 'tamil', 'subscriber', 'Tamil Selvan', array( 'ta' ) );
		$enrolment->enrol( $cohort, $mentor, CohortMember::MENTOR, '', 1 );
		$enrolment->enrol( $cohort, $ana, CohortMember::MENTEE, Cohort::ONE_TO_ONE, 1 );
		$enrolment->enrol( $cohort, $tamil, CohortMember::MENTEE, Cohort::ONE_TO_ONE, 1 );
		return array(
			'cohort' => $cohort,
			'mentor' => $mentor,
			'ana'    => $ana,
			'tamil'  => $tamil,
		);
	}

	/**
	 * @param array<string, int> $given
	 * @return array<string, mixed>
	 */
	public static function the_pairs( array $given ): array {
		$match = ( new MatchRepository() )->open_for_mentee( $given['ana'] );
		return array(
			'ana'   => null === $match ? null : array( $match->mentor_id, $match->source, $match->status, $match->cohort_id ),
			'tamil' => null !== ( new MatchRepository() )->open_for_mentee( $given['tamil'] ),
			'pairs' => ( new CohortPairs() )->mentees_of( $given['cohort'], $given['mentor'] ),
		);
	}

	public function test_a_run_proposes_pairs_and_says_why_the_rest_were_not_paired_without_saving(): void {
		$run = $this->wp( array( 'wayfinder', 'board', 'run', '{cohort}', '--format=csv' ), 'a_cohort_with_a_mentor_and_two_mentees', 'the_pairs' );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertStringContainsString( "mentee,mentor,score,why\n\"Ana Lima\",\"Mia Mentor\"", $run->stdout );
		$this->assertStringContainsString( 'Not paired: Tamil Selvan.', $run->stdout );
		$this->assertStringContainsString( 'The board proposes 1 pairs for Spring cohort; 1 mentees could not be paired. Nothing was saved', $run->stdout );
		$this->assertNull( $run->after['ana'], 'a run changes nothing' );
	}

	public function test_with_save_the_pairs_start_in_the_cohort_as_the_boards_save_does(): void {
		$run = $this->wp( array( 'wayfinder', 'board', 'run', '{cohort}', '--save', '--format=json' ), 'a_cohort_with_a_mentor_and_two_mentees', 'the_pairs' );
		$this->assertSame( 0, $run->code, $run->output() );
		$result = json_decode( $run->stdout, true );
		$this->assertSame( 'cohort', $result['saved']['mode'] );
		$this->assertSame( array( $run->given['ana'] ), array_column( $result['saved']['saved'], 'mentee' ) );
		$this->assertSame( array( $run->given['mentor'], 'cohort', 'active', $run->given['cohort'] ), $run->after['ana'] );
		$this->assertSame( array( $run->given['ana'] ), $run->after['pairs'] );
		$this->assertFalse( $run->after['tamil'] );
	}

	public function test_a_cohort_that_does_not_exist_is_refused(): void {
		$run = $this->wp( array( 'wayfinder', 'board', 'run', '987654' ) );
		$this->assertSame( 1, $run->code );
		$this->assertStringContainsString( 'There is no cohort 987654.', $run->stderr );
	}
}
