<?php
/**
 * Which teams have mentors now, and the directory's team filter listing only those.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\DirectoryView;
use Wayfinder\Directory\TeamCoverage;
use Wayfinder\Directory\Visitor;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class TeamCoverageTest extends TestCase {

	/** @param list<string> $teams */
	private function mentor( array $teams, string $status = 'available', int $capacity = 2, ?string $away_until = null ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array( 'en' ), $teams, array(), array(), 'Hi.', $capacity, 'normal', $status, $away_until ) );
		return $mentor;
	}

	public function test_each_team_counts_its_listed_mentors_and_those_with_room_now(): void {
		$this->mentor( array( 'core', 'polyglots' ) );
		$full = $this->mentor( array( 'core' ), 'available', 1 );
		( new MatchService() )->start( $this->make_user( 'subscriber' ), $full, 'coordinator', 1 );
		$this->mentor( array( 'polyglots' ), 'away', 2, gmdate( 'Y-m-d', time() + 5 * DAY_IN_SECONDS ) );
		$this->mentor( array( 'design' ), 'retired' );
		$this->make_user( 'subscriber' ); // Mentees are no coverage.

		$coverage = ( new TeamCoverage() )->mentors_by_team();

		$this->assertSame(
			array(
				'mentors'   => 2,
				'with_room' => 1,
			),
			$coverage['core']
		);
		$this->assertSame(
			array(
				'mentors'   => 2,
				'with_room' => 1,
			),
			$coverage['polyglots'],
			'the away mentor counts as a mentor without room'
		);
		$this->assertArrayNotHasKey( 'design', $coverage, 'a retired mentor covers no team' );
		$this->assertArrayNotHasKey( 'marketing', $coverage );
	}

	public function test_the_directory_team_filter_lists_only_teams_with_mentors_and_keeps_the_chosen_one(): void {
		$this->mentor( array( 'core' ) );

		$view = DirectoryView::build( array(), array(), Visitor::current(), home_url( '/' ) );
		$this->assertArrayHasKey( 'core', $view['teams'] );
		$this->assertArrayNotHasKey( 'marketing', $view['teams'], 'no mentor: not offered' );

		$chosen = DirectoryView::build( array(), array( 'mentors_team' => 'marketing' ), Visitor::current(), home_url( '/' ) );
		$this->assertArrayHasKey( 'marketing', $chosen['teams'], 'a link to an empty team still shows that team as chosen' );
		$this->assertSame( 'Marketing', $chosen['empty']['team']['name'], 'and its team page is one link away' );
		$this->assertNotSame( '', $chosen['empty']['team']['url'] );
	}
}
