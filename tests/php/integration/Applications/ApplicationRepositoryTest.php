<?php
/**
 * The applications table: one application per person per cohort, a pseudonym unique in its cohort
 * and made of nothing of the person, conditional updates, a cohort's settings with their defaults.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Applications;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Applications\Pseudonym;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Schema;
use Wayfinder\Tests\Integration\TestCase;

final class ApplicationRepositoryTest extends TestCase {

	public function test_one_application_per_person_per_cohort_even_past_the_repository(): void {
		$cohort = $this->insert_cohort( array( CohortPostType::STAGE => Cohort::OPEN ) );
		$person = $this->make_user( 'subscriber' );
		$repo   = new ApplicationRepository();
		$first  = $repo->create_draft( $cohort, $person, Application::MENTEE, time() );
		$again  = $repo->create_draft( $cohort, $person, Application::MENTOR, time() );
		$this->assertSame( $first->id, $again->id, 'a second draft is the first one' );
		$this->assertSame( Application::MENTEE, $again->role );
		$this->assertSame( Application::DRAFT, $first->status );
		$this->assertMatchesRegularExpression( '/^[' . Pseudonym::ALPHABET . ']{4}$/', $first->pseudonym );
		$this->assertSame( 'Applicant ' . $first->pseudonym, $first->pseudonym_label() );

		// The database itself refuses a second row for the same person and cohort.
		global $wpdb;
		$table    = Schema::applications_table();
		$suppress = $wpdb->suppress_errors( true );
		$inserted = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (cohort_id, user_id, pseudonym, answers, redacted, created_at, updated_at) VALUES (%d, %d, 'ZZZZ', '{}', '{}', NOW(), NOW())", $cohort, $person ) ); // phpcs:ignore WordPress.DB
		$wpdb->suppress_errors( $suppress );
		$this->assertFalse( $inserted );
		$this->assertSame( 1, (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE cohort_id = %d", $cohort ) ) ); // phpcs:ignore WordPress.DB
	}

	public function test_pseudonyms_are_unique_in_a_cohort(): void {
		$cohort = $this->insert_cohort( array( CohortPostType::STAGE => Cohort::OPEN ) );
		$repo   = new ApplicationRepository();
		$seen   = array();
		for ( $i = 0; $i < 40; $i++ ) {
			$person                   = $this->make_user( 'subscriber', 'applicant' . $i );
			$made                     = $repo->create_draft( $cohort, $person, Application::MENTEE, time() );
			$seen[ $made->pseudonym ] = true;
		}
		$this->assertCount( 40, $seen );
	}

	public function test_updates_write_only_while_the_row_still_matches(): void {
		$cohort = $this->insert_cohort( array( CohortPostType::STAGE => Cohort::OPEN ) );
		$repo   = new ApplicationRepository();
		$made   = $repo->create_draft( $cohort, $this->make_user( 'subscriber' ), Application::MENTEE, time() );
		$this->assertSame(
			1,
			$repo->update(
				$made->id,
				array(
					'status'  => Application::SUBMITTED,
					'stage'   => Application::SCREENING,
					'answers' => wp_json_encode( array( 'motivation' => 'To learn' ) ),
				),
				time(),
				array( 'status' => Application::DRAFT )
			)
		);
		$this->assertSame( 0, $repo->update( $made->id, array( 'status' => Application::SUBMITTED ), time(), array( 'status' => Application::DRAFT ) ), 'a second submission changes nothing' );
		$saved = $repo->find( $made->id );
		$this->assertSame( array( 'motivation' => 'To learn' ), $saved->answers );
		$this->assertSame(
			array(
				Application::DRAFT     => 0,
				Application::WITHDRAWN => 0,
				Application::SCREENING => 1,
				Application::REVIEW    => 0,
				Application::DECIDED   => 0,
			),
			$repo->counts( $cohort, Application::MENTEE )
		);
		$this->assertCount( 1, $repo->in_cohort( $cohort, Application::MENTEE, Application::SCREENING ) );
		$this->expectException( \InvalidArgumentException::class );
		$repo->update( $made->id, array( 'user_id' => 1 ), time() );
	}

	public function test_a_cohorts_settings_have_defaults_and_are_checked_before_a_save(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$cohort      = $this->insert_cohort( array( CohortPostType::STAGE => Cohort::OPEN ) );
		$settings    = ApplicationSettings::of( $cohort );
		$this->assertSame( array( 'motivation', 'experience' ), array_column( $settings->questions, 'key' ) );
		$this->assertSame( 5, $settings->scale );
		$this->assertSame( 2, $settings->reviews );
		$this->assertFalse( $settings->show_sponsored );
		$this->assertNull( $settings->closes_at() );

		$refused = $this->rest( 'POST', '/wayfinder/v1/cohorts/' . $cohort, array( 'meta' => array( ApplicationSettings::REVIEWS => 1 ) ), $coordinator );
		$this->assertSame( 400, $refused->get_status() );
		$this->assertSame( 2, ApplicationSettings::of( $cohort )->reviews, 'nothing saved' );

		$saved = $this->rest(
			'POST',
			'/wayfinder/v1/cohorts/' . $cohort,
			array(
				'meta' => array(
					ApplicationSettings::APPLY_UNTIL => '2027-02-28',
					ApplicationSettings::REVIEWS     => 3,
					ApplicationSettings::RUBRIC      => array(
						array(
							'key'    => 'clarity',
							'label'  => 'Clear goals',
							'weight' => 3,
						),
					),
				),
			),
			$coordinator
		);
		$this->assertSame( 200, $saved->get_status(), (string) wp_json_encode( $saved->get_data() ) );
		$settings = ApplicationSettings::of( $cohort );
		$this->assertSame( 3, $settings->reviews );
		$this->assertSame(
			array(
				array(
					'key'    => 'clarity',
					'label'  => 'Clear goals',
					'weight' => 3,
				),
			),
			$settings->rubric
		);
		$closes = ( new \DateTimeImmutable( '2027-02-28 23:59:59', wp_timezone() ) )->getTimestamp();
		$this->assertSame( $closes, $settings->closes_at() );
		$this->assertTrue( $settings->accepts_at( $closes, Cohort::OPEN ) );
		$this->assertFalse( $settings->accepts_at( $closes + 1, Cohort::OPEN ), 'closed a second after the last day' );
		$this->assertFalse( $settings->accepts_at( $closes - 10, Cohort::RUNNING ), 'only while the cohort is open' );
	}
}
