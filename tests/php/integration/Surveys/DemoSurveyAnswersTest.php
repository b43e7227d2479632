<?php
/**
 * The demo shows every state of answering: the Survey page, answered and closed "before" surveys in
 * the running cohort, and an open one at a 1:1 mentorship's start.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Demo\DemoContent;
use Wayfinder\Demo\DemoPages;
use Wayfinder\Platform\Schema;
use Wayfinder\Surveys\SurveyPage;
use Wayfinder\Tests\Integration\TestCase;

final class DemoSurveyAnswersTest extends TestCase {

	public function test_the_demo_has_a_survey_page_answers_a_closed_link_and_an_open_survey(): void {
		DemoContent::load();
		DemoContent::load();

		$page = get_page_by_path( DemoPages::SURVEY, OBJECT, 'page' );
		$this->assertInstanceOf( \WP_Post::class, $page );
		$this->assertTrue( has_block( SurveyPage::BLOCK, $page ) );
		$this->assertSame( (string) get_permalink( $page ), SurveyPage::url() );

		global $wpdb;
		$responses = Schema::survey_responses_table();
		$answered  = $wpdb->get_col( "SELECT u.user_login FROM {$responses} r JOIN {$wpdb->users} u ON u.ID = r.user_id WHERE u.user_login LIKE 'mentee-%' ORDER BY u.user_login" ); // phpcs:ignore WordPress.DB -- the running cohort's (DemoSurveys answers for its own alumni).
		$this->assertSame( array( 'mentee-mei', 'mentee-rafael' ), $answered, 'answered once, however often the demo loads' );

		$nadia = get_user_by( 'login', 'mentee-nadia' );
		$tamil = get_user_by( 'login', 'mentee-tamil' );
		$this->assertSame( array(), $this->rest( 'GET', '/wayfinder/v1/me/surveys', array(), $nadia->ID )->get_data(), 'Nadia’s survey closed' );
		$open = $this->rest( 'GET', '/wayfinder/v1/me/surveys', array(), $tamil->ID )->get_data();
		$this->assertCount( 1, $open );
		$this->assertSame( 'At the start of a mentorship', $open[0]['wave'] );
	}
}
