<?php
/**
 * The demo shows every state of a hand-off: Mateo represents Polyglots and has a waiting hand-off to
 * accept, an overdue one (escalated) and one he accepted earlier; loading again changes nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Handoffs;

use Wayfinder\Demo\DemoContent;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Orientation\QuizTaken;
use Wayfinder\Teams\Representatives;
use Wayfinder\Tests\Integration\TestCase;

final class DemoHandoffsTest extends TestCase {

	public function test_the_demo_has_every_state_of_a_hand_off_and_loading_again_adds_nothing(): void {
		DemoContent::load();
		$first = $this->states();
		DemoContent::load();
		$id = static fn ( string $login ): int => get_user_by( 'login', $login )->ID;

		$this->assertSame( $first, $this->states(), 'loading again changes nothing' );
		$this->assertTrue( ( new Representatives() )->represents( $id( 'team-rep' ), 'polyglots' ) );
		$this->assertSame( 'chosen', $first['mentee-lucas'][0] );
		$this->assertSame( array( 'chosen', false ), $first['mentee-kofi'], 'heading there, not graduated' );
		$this->assertSame( array( 'waiting', true ), $first['mentee-ines'], 'overdue and escalated' );
		$ines = ( new \Wayfinder\Cohorts\CohortMemberRepository() )->find( ( new HandoffRepository() )->of_user( $id( 'mentee-ines' ) )[0]->cohort_id, $id( 'mentee-ines' ) );
		$this->assertTrue( $ines->has_graduated(), 'a hand-off goes out at graduation' );
		$this->assertSame( 1, ( new \Wayfinder\Contributions\ContributionRepository() )->count_verified( $id( 'mentee-ines' ) ) );
		$this->assertSame( 'accepted', $first['mentee-jonas'][0] );
		$jonas = ( new HandoffRepository() )->of_user( $id( 'mentee-jonas' ) )[0];
		$this->assertSame( $id( 'team-rep' ), $jonas->contact_id );
		$this->assertSame( 'polyglots', QuizTaken::team( $id( 'mentee-omar' ) ) );

		// The My mentorship block as each of them sees it.
		$page = function ( string $login ): string {
			wp_set_current_user( (int) get_user_by( 'login', $login )->ID );
			return do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' );
		};
		$rep  = $page( 'team-rep' );
		$this->assertStringContainsString( 'Newcomers for Polyglots', $rep );
		$this->assertSame( 3, substr_count( $rep, 'Accept and name a contact' ), 'Inés waits, and the two graduates of Kenji\'s project group' );
		$this->assertStringContainsString( 'Waiting longer than it should.', $rep );
		$this->assertStringContainsString( 'Sent to Polyglots on', $page( 'mentee-ines' ) );
		$this->assertStringContainsString( 'Your contact in Polyglots is Mateo García.', $page( 'mentee-jonas' ) );
		$omar = $page( 'mentee-omar' );
		$this->assertStringContainsString( 'Your team after the cohort', $omar );
		$this->assertStringContainsString( 'Your orientation quiz recommended this team first.', $omar );
	}

	/** @return array<string, array{0: string, 1: bool}> */
	private function states(): array {
		$states = array();
		foreach ( array( 'mentee-lucas', 'mentee-kofi', 'mentee-ines', 'mentee-jonas' ) as $login ) {
			$handoffs = ( new HandoffRepository() )->of_user( get_user_by( 'login', $login )->ID );
			$this->assertCount( 1, $handoffs, $login );
			$states[ $login ] = array( $handoffs[0]->status, null !== $handoffs[0]->escalated_at );
			$this->assertSame( 'polyglots', $handoffs[0]->team );
		}
		return $states;
	}
}
