<?php
/**
 * The demo's graduation: in the running cohort Mei is ready for Kenji to confirm, Rafael has one thing
 * left, Nadia and Tomás graduated with their hand-offs waiting for the Polyglots team; Jonas graduated
 * from the finished cohort. Loading again adds nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Graduation;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Demo\DemoCohorts;
use Wayfinder\Demo\DemoContent;
use Wayfinder\Graduation\Checklists;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Tests\Integration\TestCase;

final class DemoGraduationTest extends TestCase {

	public function test_every_state_of_graduation_shows_in_the_demo(): void {
		DemoContent::load();
		DemoContent::load();
		$id      = static fn ( string $login ): int => (int) get_user_by( 'login', $login )->ID;
		$running = CohortPostType::find( get_page_by_path( DemoCohorts::RUNNING, OBJECT, CohortPostType::POST_TYPE )->ID );
		$lists   = new Checklists();
		$state   = static fn ( string $login ): string => $lists->of( $running, $id( $login ) )->state();
		$this->assertSame( 'ready', $state( 'mentee-mei' ) );
		$this->assertSame( 'working', $state( 'mentee-rafael' ) );
		$this->assertCount( 1, $lists->of( $running, $id( 'mentee-rafael' ) )->left(), 'one thing left' );
		$this->assertSame( 'graduated', $state( 'mentee-nadia' ) );
		$this->assertSame( 'graduated', $state( 'mentee-tomas' ) );
		$handoff = ( new HandoffRepository() )->find_for( $id( 'mentee-nadia' ), $running->id );
		$this->assertSame( Handoff::WAITING, $handoff->status );
		$this->assertSame( 'polyglots', $handoff->team );
		$this->assertSame( $id( 'mentor-kenji' ), $handoff->mentor_id );
		$this->assertSame( 3, $lists->counts( $running )['graduated'], 'Nadia, Tomás, and Inês (whose hand-off waits too long)' );

		$before = CohortPostType::find( get_page_by_path( 'contributor-cohort-before', OBJECT, CohortPostType::POST_TYPE )->ID );
		$this->assertSame( 'graduated', $lists->of( $before, $id( 'mentee-jonas' ) )->state() );
	}
}
