<?php
/**
 * The graduation checklist as pure PHP: which parts the rule asks of which mentee, the figures, met
 * or not, and where the mentee stands; the rule read from whatever is stored.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Graduation;

use PHPUnit\Framework\TestCase;
use Wayfinder\Graduation\Checklist;
use Wayfinder\Graduation\ChecklistItem;
use Wayfinder\Graduation\GraduationRule;

final class ChecklistTest extends TestCase {

	private const COHORT = array(
		'one_to_one_sessions' => 2,
		'group_sessions'      => 3,
		'training'            => 4,
	);

	/** @param array<string, int|string> $over */
	private static function place( array $over = array() ): array {
		return $over + array(
			'mode'                => 'one_to_one',
			'one_to_ones_done'    => 0,
			'group_sessions_done' => 0,
			'training_done'       => 0,
			'plan_goals'          => 0,
		);
	}

	/** @return array<string, array{0: int, 1: int}> Key => done, required. */
	private static function figures( Checklist $list ): array {
		$figures = array();
		foreach ( $list->items as $item ) {
			$figures[ $item->key ] = array( $item->done, $item->required );
		}
		return $figures;
	}

	public function test_the_default_rule_asks_a_contribution_sessions_training_and_a_team(): void {
		$list = Checklist::evaluate( new GraduationRule(), self::place( array( 'group_sessions_done' => 2 ) ), self::COHORT, 0, false );
		$this->assertSame(
			array(
				ChecklistItem::CONTRIBUTIONS  => array( 0, 1 ),
				ChecklistItem::ONE_TO_ONES    => array( 0, 2 ),
				ChecklistItem::GROUP_SESSIONS => array( 2, 3 ),
				ChecklistItem::TRAINING       => array( 0, 4 ),
				ChecklistItem::TEAM           => array( 0, 1 ),
			),
			self::figures( $list )
		);
		$this->assertFalse( $list->met() );
		$this->assertSame( 'working', $list->state() );
		$this->assertCount( 5, $list->left() );
	}

	public function test_everything_done_is_met_and_ready_and_a_graduation_makes_it_graduated(): void {
		$place = self::place(
			array(
				'one_to_ones_done'    => 2,
				'group_sessions_done' => 5,
				'training_done'       => 4,
			)
		);
		$list  = Checklist::evaluate( new GraduationRule(), $place, self::COHORT, 3, true );
		$this->assertTrue( $list->met() );
		$this->assertSame( array(), $list->left() );
		$this->assertSame( 'ready', $list->state() );
		$done = Checklist::evaluate( new GraduationRule(), $place, self::COHORT, 3, true, 7, 9, '2027-04-01 10:00:00', 5 );
		$this->assertSame( 'graduated', $done->state() );
		$this->assertTrue( $done->graduated() );
	}

	public function test_one_to_ones_only_for_one_to_one_mentees_and_nothing_for_what_the_cohort_does_not_plan(): void {
		$group = Checklist::evaluate( new GraduationRule(), self::place( array( 'mode' => 'project_group' ) ), self::COHORT, 0, false );
		$this->assertArrayNotHasKey( ChecklistItem::ONE_TO_ONES, self::figures( $group ) );
		$none = Checklist::evaluate(
			new GraduationRule(),
			self::place(),
			array(
				'one_to_one_sessions' => 0,
				'group_sessions'      => 0,
				'training'            => 0,
			),
			0,
			false
		);
		$this->assertSame( array( ChecklistItem::CONTRIBUTIONS, ChecklistItem::TEAM ), array_keys( self::figures( $none ) ) );
	}

	public function test_each_part_switches_off_and_the_plan_on(): void {
		$nothing = new GraduationRule( 0, false, false, false, false, false );
		$this->assertSame( array(), Checklist::evaluate( $nothing, self::place(), self::COHORT, 0, false )->items );
		$this->assertTrue( Checklist::evaluate( $nothing, self::place(), self::COHORT, 0, false )->met(), 'asking nothing is met' );
		$plan = new GraduationRule( 0, false, false, false, false, true );
		$this->assertSame( array( ChecklistItem::PLAN => array( 0, 1 ) ), self::figures( Checklist::evaluate( $plan, self::place(), self::COHORT, 0, false ) ) );
		$this->assertTrue( Checklist::evaluate( $plan, self::place( array( 'plan_goals' => 3 ) ), self::COHORT, 0, false )->met() );
		$many = new GraduationRule( 3, false, false, false, false, false );
		$this->assertFalse( Checklist::evaluate( $many, self::place(), self::COHORT, 2, false )->met() );
		$this->assertTrue( Checklist::evaluate( $many, self::place(), self::COHORT, 3, false )->met() );
	}

	public function test_the_rule_from_what_is_stored_fills_defaults_and_keeps_bounds(): void {
		$this->assertEquals( new GraduationRule(), GraduationRule::from_array( null ) );
		$this->assertEquals( new GraduationRule(), GraduationRule::from_array( 'junk' ) );
		$rule = GraduationRule::from_array(
			array(
				'contributions' => 99,
				'team'          => false,
				'plan'          => '1',
			)
		);
		$this->assertSame( GraduationRule::MAX_CONTRIBUTIONS, $rule->contributions );
		$this->assertFalse( $rule->team );
		$this->assertTrue( $rule->plan );
		$this->assertTrue( $rule->training, 'a missing part takes its default' );
		$this->assertSame( 0, GraduationRule::from_array( array( 'contributions' => -4 ) )->contributions );
	}
}
