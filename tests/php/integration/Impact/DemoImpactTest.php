<?php
/**
 * The demo's impact: every chart of the Impact screen has data, and loading again adds nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Impact;

use Wayfinder\Demo\DemoContent;
use Wayfinder\Impact\ImpactFigures;
use Wayfinder\Platform\Schema;
use Wayfinder\Tests\Integration\TestCase;

final class DemoImpactTest extends TestCase {

	public function test_every_chart_has_data_and_loading_again_adds_nothing(): void {
		DemoContent::load();
		global $wpdb;
		$table = Schema::impact_outcomes_table();
		$count = static fn (): int => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ); // phpcs:ignore WordPress.DB -- the test's own read.
		$first = $count();
		DemoContent::load();
		$this->assertSame( $first, $count(), 'loading again adds nothing' );
		// Eight alumni and four waitlisted a year ago, Jonas last season, three 1:1 mentees, and the ten of the spring cohort (DemoSurveys).
		$this->assertSame( 26, $first );

		$data = ( new ImpactFigures() )->compute( '', time() );
		$this->assertSame( 22, $data['totals']['people'] ); // Participants, not the waitlisted.
		$cohorts = array_column( $data['by_cohort'], null, 'name' );
		$year    = $cohorts['Contributor cohort — a year ago'];
		$this->assertSame( 8, $year['people']['people'] );
		$this->assertSame( 6, $year['people']['graduated'] );
		$this->assertNotNull( $year['waitlisted'] );
		// A year ago: every month is due; 1 month: all but Goran (7/8); 12 months: Amara, Bruno (2/8). Waitlisted at 1 month: Ivo, Kemal (2/4).
		$this->assertSame( array( 8, 7 ), array( $year['people']['retention'][0]['due'], $year['people']['retention'][0]['active'] ) );
		$this->assertSame( array( 8, 2 ), array( $year['people']['retention'][3]['due'], $year['people']['retention'][3]['active'] ) );
		$this->assertSame( array( 4, 2 ), array( $year['waitlisted']['retention'][0]['due'], $year['waitlisted']['retention'][0]['active'] ) );
		$this->assertEqualsCanonicalizing( array( 'cohort', 'auto', 'mentee_request', 'mentor_offer' ), array_column( $data['by_origin'], 'origin' ) );
		$this->assertEqualsCanonicalizing( array( '', 'core', 'docs', 'polyglots' ), array_column( $data['by_team'], 'team' ) );
		$this->assertGreaterThan( 0, array_sum( array_column( $data['contributions']['by_month'], 'contributions' ) ) );
		$this->assertNotSame( array(), $data['contributions']['by_kind'] );
		$this->assertNotSame( array(), $data['contributions']['by_team'] );
		$this->assertGreaterThan( 0, $data['overview']['due_3'] );
	}
}
