<?php
/**
 * The application block without JavaScript (a plain post through PageForms::perform(): a refusal
 * comes back with the person's words and the fields named; a submission with its confirmation), the
 * block's states, "Your applications" in My mentorship, the cohort page, privacy export and erasure,
 * and the cohort editor's application settings checked together.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Applications;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationBlock;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Applications\ApplicationsSection;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageForms;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class ApplicationPagesTest extends TestCase {

	private int $cohort;

	private int $ana;

	protected function setUp(): void {
		parent::setUp();
		$this->cohort = $this->insert_cohort(
			array(
				CohortPostType::STAGE            => Cohort::OPEN,
				CohortPostType::START_DATE       => gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS ),
				CohortPostType::END_DATE         => gmdate( 'Y-m-d', time() + 58 * DAY_IN_SECONDS ),
				CohortPostType::MODES            => array( Cohort::ONE_TO_ONE, Cohort::GROUP_ONLY ),
				CohortPostType::TEAMS            => array( 'core', 'polyglots' ),
				ApplicationSettings::APPLY_UNTIL => gmdate( 'Y-m-d', time() + 10 * DAY_IN_SECONDS ),
				ApplicationSettings::QUESTIONS   => array(
					array(
						'key'   => 'motivation',
						'label' => 'Why this cohort?',
						'help'  => 'Leave out your name.',
						'min'   => 20,
						'max'   => 300,
					),
				),
			),
			'Autumn cohort'
		);
		$this->ana    = $this->make_user( 'subscriber', 'ana' );
		( new ProfileRepository() )->save( new Profile( $this->ana, 'Europe/Lisbon', array( 'pt', 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', 2 ) );
	}

	/** @param array<string, mixed> $fields */
	private function post( array $fields, string $do = ApplicationBlock::SAVE ): string {
		wp_set_current_user( $this->ana );
		Flash::forget();
		$back = PageForms::perform(
			$fields + array(
				'action'      => PageForms::ADMIN_POST,
				'do'          => $do,
				'id'          => (string) $this->cohort,
				'place'       => ApplicationBlock::place( $this->cohort ),
				'anchor'      => ApplicationBlock::anchor( $this->cohort ),
				'redirect_to' => home_url( '/cohorts/autumn/' ),
				'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( $do, $this->cohort ) ),
				'role'        => 'mentee',
			)
		);
		$this->assertIsString( $back );
		Flash::forget();
		return $back;
	}

	private function page( int $user ): string {
		wp_set_current_user( $user );
		return ApplicationBlock::render( $this->cohort, $user, time() );
	}

	public function test_a_plain_form_refused_comes_back_with_the_words_kept_and_each_field_named_then_submits(): void {
		$back = $this->post(
			array(
				'answers'   => array( 'motivation' => 'Too short <b>yes</b>' ),
				'mode'      => 'one_to_one',
				'teams'     => array( 'polyglots' ),
				'languages' => 'pt, en',
				'intent'    => 'submit',
			)
		);
		$this->assertSame( home_url( '/cohorts/autumn/#wayfinder-apply-' . $this->cohort ), $back );
		$html = $this->page( $this->ana );
		$this->assertStringContainsString( 'class="wayfinder-error-summary" role="alert"', $html );
		$this->assertStringContainsString( 'Your draft is saved, but it cannot be submitted yet. There are 2 things to correct:', $html );
		$this->assertSame( 1, substr_count( $html, 'role="alert"' ), 'one alert: the summary' );
		$this->assertStringContainsString( '<a href="#wayfinder-apply-' . $this->cohort . '-answer-motivation">Your answer to &quot;Why this cohort?&quot; has 13 characters; please write at least 20.</a>', $html );
		$this->assertStringContainsString( '<a href="#wayfinder-apply-' . $this->cohort . '-consent">', $html );
		$this->assertStringContainsString( '>Too short yes</textarea>', $html, 'the words come back (cleaned)' );
		$this->assertStringContainsString( 'aria-invalid="true"', $html );
		$this->assertMatchesRegularExpression( '/aria-describedby="[^"]*-answer-motivation-help [^"]*-answer-motivation-limit [^"]*-answer-motivation-error"/', $html );
		$this->assertStringContainsString( 'value="polyglots" checked', $html );
		$this->assertStringContainsString( 'value="one_to_one" id="wayfinder-apply-' . $this->cohort . '-mode-first" checked', $html );
		$this->assertSame( Application::DRAFT, ( new ApplicationRepository() )->find_for( $this->cohort, $this->ana )->status, 'the draft is kept' );

		$this->post(
			array(
				'answers'   => array( 'motivation' => 'I would like to translate WordPress into Portuguese.' ),
				'mode'      => 'one_to_one',
				'teams'     => array( 'polyglots' ),
				'languages' => 'pt, en',
				'consent'   => '1',
				'intent'    => 'submit',
			)
		);
		$this->assertSame( Application::SUBMITTED, ( new ApplicationRepository() )->find_for( $this->cohort, $this->ana )->status );
		$html = $this->page( $this->ana );
		$this->assertStringContainsString( 'role="status"', $html );
		$this->assertStringContainsString( 'Your application is submitted. You will get an email confirming it', $html );
		$this->assertStringContainsString( '<strong>Your application:</strong> Submitted: being screened.', $html );
		$this->assertStringContainsString( '>Save changes</button>', $html, 'still editable while screened' );
		$this->assertStringNotContainsString( 'wayfinder-error-summary', $html );
		$this->assertCount( 1, $this->sent_mail );
	}

	public function test_the_block_shows_labels_the_profile_and_each_state(): void {
		$html = $this->page( 0 );
		$this->assertStringContainsString( 'Log in to apply to this cohort', $html );
		$this->assertStringContainsString( esc_url( wp_login_url( home_url( '/' ) . '#wayfinder-apply-' . $this->cohort ) ), $html );
		$this->assertStringNotContainsString( '<form', $html );

		$html = $this->page( $this->ana );
		$this->assertStringContainsString( '<label for="wayfinder-apply-' . $this->cohort . '-answer-motivation">Why this cohort?</label>', $html );
		$this->assertStringContainsString( '<legend>How would you like to take part?</legend>', $html );
		$this->assertStringContainsString( '<legend>Teams you are interested in</legend>', $html );
		$this->assertStringContainsString( 'value="pt, en"', $html, 'languages from the profile' );
		$this->assertStringContainsString( '(your time zone, Europe/Lisbon), from your profile.', $html );
		$this->assertStringContainsString( 'Edit your availability in your profile', $html );
		$this->assertStringContainsString( '>Save draft</button>', $html );
		$this->assertStringContainsString( 'Applications close at the end of', $html );
		$this->assertStringNotContainsString( 'Group only', $html );
		$this->assertStringNotContainsString( 'project group led by a mentor', $html, 'only the modes the cohort offers' );

		update_post_meta( $this->cohort, ApplicationSettings::APPLY_UNTIL, gmdate( 'Y-m-d', time() - 2 * DAY_IN_SECONDS ) );
		$html = $this->page( $this->ana );
		$this->assertStringContainsString( 'Applications to Autumn cohort closed at the end of', $html );
		$this->assertStringNotContainsString( '<form', $html );

		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::DRAFT );
		$this->assertSame( '', $this->page( $this->ana ), 'a draft cohort shows nothing to visitors' );
	}

	public function test_a_decided_application_shows_the_decision_and_no_form(): void {
		$this->post(
			array(
				'answers' => array( 'motivation' => 'I would like to translate WordPress into Portuguese.' ),
				'mode'    => 'one_to_one',
				'teams'   => array( 'polyglots' ),
				'consent' => '1',
				'intent'  => 'submit',
			)
		);
		$id = ( new ApplicationRepository() )->find_for( $this->cohort, $this->ana )->id;
		( new ApplicationRepository() )->update(
			$id,
			array(
				'stage'    => Application::DECIDED,
				'decision' => Application::ACCEPTED,
			),
			time()
		);
		$html = $this->page( $this->ana );
		$this->assertStringContainsString( 'Accepted: you have a place in this cohort.', $html );
		$this->assertStringNotContainsString( '<form', $html );
	}

	public function test_withdrawing_from_the_page_needs_the_box_ticked(): void {
		$this->post( array( 'mode' => 'group_only' ) );
		$this->assertStringContainsString( 'Withdraw my application', $this->page( $this->ana ) );
		$this->post( array(), ApplicationBlock::WITHDRAW );
		$this->assertSame( Application::DRAFT, ( new ApplicationRepository() )->find_for( $this->cohort, $this->ana )->status );
		$this->post( array( 'confirm' => '1' ), ApplicationBlock::WITHDRAW );
		$this->assertSame( Application::WITHDRAWN, ( new ApplicationRepository() )->find_for( $this->cohort, $this->ana )->status );
		$this->assertStringContainsString( 'Your application is withdrawn.', $this->page( $this->ana ) );
	}

	public function test_my_mentorship_lists_the_applications_and_asks_nothing_of_people_who_never_applied(): void {
		global $wpdb;
		$ben = $this->make_user( 'subscriber', 'ben' );
		get_user_meta( $ben ); // What the page has read already.
		$before = $wpdb->num_queries;
		ob_start();
		ApplicationsSection::render( $ben, 'r' );
		$this->assertSame( '', ob_get_clean() );
		$this->assertSame( $before, $wpdb->num_queries, 'no query for someone who never applied' );

		$this->post( array( 'mode' => 'group_only' ) );
		ob_start();
		ApplicationsSection::render( $this->ana, 'r' );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( '<h2 id="r-applications">Your applications</h2>', $html );
		$this->assertStringContainsString( 'Autumn cohort</a>: Draft: not submitted yet.', $html );
		$this->assertStringContainsString( get_permalink( $this->cohort ) . '#wayfinder-apply-' . $this->cohort, $html );
	}

	public function test_the_cohort_page_shows_the_application_block_while_open(): void {
		$this->go_to_cohort();
		$page = apply_filters( 'the_content', '' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's filter, as a theme runs it.
		$this->assertStringContainsString( 'wayfinder-cohort-page', $page );
		$this->assertStringContainsString( 'Apply to Autumn cohort', $page );

		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::RUNNING );
		$this->go_to_cohort();
		$this->assertStringNotContainsString( 'Apply to Autumn cohort', apply_filters( 'the_content', '' ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's filter, as a theme runs it.
	}

	private function go_to_cohort(): void {
		global $wp_query, $post;
		$wp_query = new \WP_Query( // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the page being viewed.
			array(
				'p'         => $this->cohort,
				'post_type' => CohortPostType::POST_TYPE,
			)
		);
		$wp_query->the_post();
		$post = get_post( $this->cohort ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the page being viewed.
	}

	public function test_privacy_export_and_erasure_of_an_application(): void {
		$this->post(
			array(
				'answers' => array( 'motivation' => 'My own words about translating.' ),
				'mode'    => 'one_to_one',
			)
		);
		$exported = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list.
			$page = 1;
			do {
				$result   = call_user_func( $exporter['callback'], 'ana@example.org', $page++ );
				$exported = array_merge( $exported, $result['data'] );
			} while ( ! $result['done'] );
		}
		$this->assertStringContainsString( 'My own words about translating.', (string) wp_json_encode( $exported ) );

		$this->assertNotSame( '', get_user_meta( $this->ana, \Wayfinder\Applications\ApplicationsModule::APPLIED, true ), 'marked as having applied' );
		$this->erase_personal_data( $this->ana );
		$this->assertNull( ( new ApplicationRepository() )->find_for( $this->cohort, $this->ana ) );
		$this->assertSame( '', get_user_meta( $this->ana, \Wayfinder\Applications\ApplicationsModule::APPLIED, true ), 'and the mark goes with the applications' );
	}

	public function test_the_editor_settings_are_checked_together_before_anything_is_saved(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$cohort      = $this->post_cohort(
			$coordinator,
			array(
				CohortPostType::START_DATE => '2027-09-06',
				CohortPostType::END_DATE   => '2027-10-03',
				CohortPostType::STAGE      => Cohort::DRAFT,
			)
		);
		$question    = static fn ( string $key, int $min, int $max ): array => array(
			'key'   => $key,
			'label' => 'Question ' . $key,
			'help'  => '',
			'min'   => $min,
			'max'   => $max,
		);
		$cases       = array(
			'two questions with one key' => array( array( ApplicationSettings::QUESTIONS => array( $question( 'why', 10, 100 ), $question( 'why', 10, 100 ) ) ), 'Two questions have the key "why".' ),
			'fewest above most'          => array( array( ApplicationSettings::QUESTIONS => array( $question( 'why', 600, 500 ) ) ), 'asks for at least 600 characters but allows at most 500' ),
			'two criteria with one key'  => array(
				array(
					ApplicationSettings::RUBRIC => array(
						array(
							'key'    => 'fit',
							'label'  => 'Fit',
							'weight' => 1,
						),
						array(
							'key'    => 'fit',
							'label'  => 'Fit again',
							'weight' => 2,
						),
					),
				),
				'Two criteria of the rubric have the key "fit".',
			),
			'last day on the start'      => array( array( ApplicationSettings::APPLY_UNTIL => '2027-09-06' ), 'The last day to apply must come before the cohort starts' ),
			'reserved after the start'   => array( array( ApplicationSettings::RESERVED_UNTIL => '2027-09-07' ), 'must be released no later than the cohort\'s first day' ),
		);
		foreach ( $cases as $name => list( $meta, $sentence ) ) {
			$refused = $this->rest( 'POST', '/wayfinder/v1/cohorts/' . $cohort, array( 'meta' => $meta ), $coordinator );
			$this->assertSame( 400, $refused->get_status(), $name );
			$this->assertStringContainsString( $sentence, $refused->get_data()['message'], $name );
		}
		$this->assertSame( ApplicationSettings::default_questions(), ApplicationSettings::of( $cohort )->questions, 'nothing saved' );
		$this->assertSame( '', ApplicationSettings::of( $cohort )->apply_until );

		$saved = $this->rest(
			'POST',
			'/wayfinder/v1/cohorts/' . $cohort,
			array(
				'meta' => array(
					ApplicationSettings::APPLY_UNTIL    => '2027-08-20',
					ApplicationSettings::RESERVED_UNTIL => '2027-09-06',
					ApplicationSettings::QUESTIONS      => array( $question( 'why', 50, 500 ) ),
				),
			),
			$coordinator
		);
		$this->assertSame( 200, $saved->get_status(), (string) wp_json_encode( $saved->get_data() ) );
		$this->assertSame( '2027-08-20', ApplicationSettings::of( $cohort )->apply_until );
		// A later change to the start alone is checked against the saved last day.
		$this->assertSame( 400, $this->rest( 'POST', '/wayfinder/v1/cohorts/' . $cohort, array( 'meta' => array( CohortPostType::START_DATE => '2027-08-15' ) ), $coordinator )->get_status() );
	}
}
