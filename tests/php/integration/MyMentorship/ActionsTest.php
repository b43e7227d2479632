<?php
/**
 * The plain forms (no JavaScript): admin-post.php checks each form's own nonce, makes the REST call
 * inside WordPress as the person (so the REST API's permissions decide), and goes back to the page
 * with a notice.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\MyMentorship;

use Wayfinder\Platform\PageForms;
use Wayfinder\Platform\Flash;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\MentoringState;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class ActionsTest extends TestCase {

	use Fixtures;

	private const BACK = 'http://localhost/mentorship/';

	protected function tearDown(): void {
		$_POST = array();
		parent::tearDown();
	}

	/**
	 * What the page's form would post, as the person it was rendered for.
	 *
	 * @param array<string, mixed> $more
	 * @return array<string, mixed>
	 */
	private function post( int $as, string $do, int $id = 0, array $more = array() ): array {
		wp_set_current_user( $as );
		return array(
			'action'      => PageForms::ADMIN_POST,
			'do'          => $do,
			'id'          => (string) $id,
			'place'       => 'my-mentorship',
			'redirect_to' => self::BACK,
			'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( $do, $id ) ),
		) + $more;
	}

	/** @return array<string, mixed>|null */
	private function notice( int $user ): ?array {
		return Flash::take( $user, 'my-mentorship' );
	}

	public function test_a_visitor_who_is_not_logged_in_is_sent_to_log_in_and_back_and_nothing_happens(): void {
		$lucas = $this->mentee( 'Lucas Oliveira' );
		$post  = $this->post( $lucas, 'find_mentor' );
		wp_set_current_user( 0 );

		$this->assertSame( wp_login_url( self::BACK ), PageForms::perform( $post ) );
		$this->assertFalse( ( new MentoringState() )->of( $lucas )['mentee']['seeking'] );
	}

	public function test_every_form_needs_its_own_nonce_for_its_own_object(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$match = $this->match( $jonas, $anna );

		$none = $this->post(
			$jonas,
			'end_match',
			$match,
			array(
				'reason'  => 'mentee_stopped',
				'confirm' => '1',
			)
		);
		unset( $none['_wpnonce'] );
		$other             = $this->post(
			$jonas,
			'end_match',
			$match,
			array(
				'reason'  => 'mentee_stopped',
				'confirm' => '1',
			)
		);
		$other['_wpnonce'] = wp_create_nonce( PageForms::nonce_action( 'end_match', $match + 1 ) );
		// Made for the mentor's page: a nonce is the person's own.
		$someone = $this->post(
			$anna,
			'end_match',
			$match,
			array(
				'reason'  => 'mentee_stopped',
				'confirm' => '1',
			)
		);
		wp_set_current_user( $jonas );

		foreach ( array( $none, $other, $someone ) as $post ) {
			$refused = PageForms::perform( $post );
			$this->assertWPError( $refused );
			$this->assertSame( 'wayfinder_expired_form', $refused->get_error_code() );
			$this->assertSame( 403, $refused->get_error_data()['status'] );
		}
		$this->assertSame( 'active', ( new MatchService() )->find( $match )['status'], 'nothing changed' );

		$unknown = PageForms::perform( $this->post( $jonas, 'delete_everything' ) );
		$this->assertWPError( $unknown );
		$this->assertSame( 400, $unknown->get_error_data()['status'] );
	}

	private function assertWPError( mixed $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
	}

	public function test_asking_for_a_mentor_matches_or_queues_and_comes_back_with_a_notice(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$lucas = $this->mentee( 'Lucas Oliveira' );

		$this->assertSame( self::BACK, PageForms::perform( $this->post( $lucas, 'find_mentor' ) ) );

		$this->assertSame( $anna, ( new MentoringState() )->of( $lucas )['mentee']['mentor']['id'] );
		$notice = $this->notice( $lucas );
		$this->assertSame( 'success', $notice['type'] );
		$this->assertSame( 'You have a mentor now.', $notice['message'] );

		$karthik = $this->mentee( 'Karthik Subramanian', array( 'ta' ) );
		PageForms::perform( $this->post( $karthik, 'find_mentor' ) );
		$this->assertSame( 1, ( new MentoringState() )->of( $karthik )['mentee']['queue'] );
		$this->assertStringContainsString( 'you are in the queue', $this->notice( $karthik )['message'] );
	}

	public function test_it_only_goes_back_to_this_site(): void {
		$lucas = $this->mentee( 'Lucas Oliveira' );
		$post  = array( 'redirect_to' => 'https://evil.example/phish' ) + $this->post( $lucas, 'find_mentor' );

		$this->assertSame( home_url( '/' ), PageForms::perform( $post ) );
	}

	public function test_a_mentor_offers_and_the_mentee_accepts_both_without_javascript(): void {
		$lucia = $this->mentor( 'Lucía Fernández' );
		$lucas = $this->mentee( 'Lucas Oliveira' );
		$this->queue( $lucas );

		PageForms::perform( $this->post( $lucia, 'offer', $lucas ) );

		$this->assertSame( 'You offered to mentor Lucas Oliveira. They get an email and can accept or decline.', $this->notice( $lucia )['message'] );
		$offers = array_values( array_filter( ( new RequestService() )->open_involving( $lucas ), static fn ( \Wayfinder\Mentorship\RequestRecord $r ): bool => 'mentor_offer' === $r->type ) );
		$this->assertCount( 1, $offers );
		$this->assertSame( array( get_userdata( $lucas )->user_email ), array_column( $this->sent_mail, 'to' ), 'the mentee is emailed' );

		$this->sent_mail = array();
		PageForms::perform( $this->post( $lucas, 'accept_offer', $offers[0]->id ) );

		$state = ( new MentoringState() )->of( $lucas )['mentee'];
		$this->assertSame( $lucia, $state['mentor']['id'] );
		$this->assertSame( 'mentor_offer', $state['source'] );
		$this->assertSame( 'Lucía Fernández is your mentor now. You both get an email to introduce you.', $this->notice( $lucas )['message'] );
		$this->assertEqualsCanonicalizing( array( get_userdata( $lucas )->user_email, get_userdata( $lucia )->user_email ), array_column( $this->sent_mail, 'to' ) );
		$this->assertSame( 'Find more mentees', ( new MentoringState() )->of( $lucia )['mentor']['button']['label'] );
	}

	public function test_the_rest_apis_permissions_decide_what_a_person_may_do(): void {
		$lucia   = $this->mentor( 'Lucía Fernández' );
		$lucas   = $this->mentee( 'Lucas Oliveira' );
		$someone = $this->mentee( 'Aisha Bello' );
		$this->queue( $lucas );

		PageForms::perform( $this->post( $someone, 'offer', $lucas ) );
		$refused = $this->notice( $someone );
		$this->assertSame( 'error', $refused['type'] );
		$this->assertSame( 'Only mentors offer to mentor, and only themselves.', $refused['message'] );

		$offer = $this->request(
			array(
				'type'   => 'mentor_offer',
				'mentee' => $lucas,
			),
			$lucia
		);
		PageForms::perform( $this->post( $someone, 'accept_offer', $offer ) );
		$this->assertSame( 'There is no such request waiting for your answer.', $this->notice( $someone )['message'] );
		$this->assertFalse( ( new MentoringState() )->of( $lucas )['mentee']['has_mentor'], 'nobody else answers for the mentee' );
	}

	public function test_a_mentor_answers_requests_and_proposals(): void {
		$anna    = $this->mentor( 'Anna Schmidt', 3 );
		$emily   = $this->mentee( 'Emily Chen' );
		$named   = $this->request(
			array(
				'type'   => 'mentee_request',
				'mentor' => $anna,
			),
			$emily
		);
		$jonas   = $this->mentee( 'Jonas Weber' );
		$propose = $this->match( $jonas, $anna, 'coordinator', 'proposed' );
		$tamil   = $this->mentee( 'Karthik Subramanian' );
		$decline = $this->match( $tamil, $anna, 'coordinator', 'proposed' );

		PageForms::perform( $this->post( $anna, 'accept_request', $named ) );
		$this->assertSame( 'You are now the mentor of Emily Chen. You both get an email to introduce you.', $this->notice( $anna )['message'] );
		$this->assertSame( $anna, ( new MentoringState() )->of( $emily )['mentee']['mentor']['id'] );

		PageForms::perform( $this->post( $anna, 'confirm_match', $propose ) );
		$this->assertSame( 'active', ( new MatchService() )->find( $propose )['status'] );
		$this->assertSame( 'You are now the mentor of Jonas Weber. You both get an email to introduce you.', $this->notice( $anna )['message'] );

		PageForms::perform( $this->post( $anna, 'decline_match', $decline ) );
		$this->assertSame( 'ended', ( new MatchService() )->find( $decline )['status'] );
		$this->assertSame( 'You declined to mentor Karthik Subramanian. They get another mentor or a place in the queue.', $this->notice( $anna )['message'] );

		PageForms::perform( $this->post( $jonas, 'confirm_match', $propose ) );
		$this->assertSame( 'error', $this->notice( $jonas )['type'], 'a mentee cannot confirm for the mentor' );
	}

	public function test_ending_needs_the_tick_and_a_reason_of_ones_own(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$match = $this->match( $jonas, $anna );

		PageForms::perform( $this->post( $jonas, 'end_match', $match, array( 'reason' => 'mentee_stopped' ) ) );
		$this->assertStringContainsString( 'tick the box', $this->notice( $jonas )['message'] );
		$this->assertSame( 'active', ( new MatchService() )->find( $match )['status'] );

		PageForms::perform(
			$this->post(
				$jonas,
				'end_match',
				$match,
				array(
					'reason'  => 'mentor_quit',
					'confirm' => '1',
				)
			)
		);
		$this->assertStringContainsString( 'You cannot end this match with that reason.', $this->notice( $jonas )['message'] );
		$this->assertSame( 'active', ( new MatchService() )->find( $match )['status'] );

		PageForms::perform(
			$this->post(
				$jonas,
				'end_match',
				$match,
				array(
					'reason'  => 'mentee_stopped',
					'confirm' => '1',
				)
			)
		);
		$this->assertSame( 'Your mentorship with Anna Schmidt has ended.', $this->notice( $jonas )['message'] );
		$this->assertSame( 'mentee_stopped', ( new MatchService() )->find( $match )['end_reason'] );
		$this->assertSame( array( get_userdata( $anna )->user_email ), array_column( $this->sent_mail, 'to' ), 'the mentor is told' );
	}

	public function test_requests_and_offers_can_be_withdrawn(): void {
		$lucia = $this->mentor( 'Lucía Fernández' );
		$lucas = $this->mentee( 'Lucas Oliveira' );
		$queue = $this->queue( $lucas );
		$offer = $this->request(
			array(
				'type'   => 'mentor_offer',
				'mentee' => $lucas,
			),
			$lucia
		);

		PageForms::perform( $this->post( $lucia, 'withdraw_offer', $offer ) );
		$this->assertSame( 'Your offer to Lucas Oliveira is withdrawn.', $this->notice( $lucia )['message'] );
		PageForms::perform( $this->post( $lucas, 'cancel_request', $queue ) );
		$this->assertSame( 'Your request is withdrawn.', $this->notice( $lucas )['message'] );
		$this->assertNull( ( new MentoringState() )->of( $lucas )['mentee']['queue'] );
	}

	public function test_the_profile_is_saved_whole_or_not_at_all_with_messages_and_the_typed_values_kept(): void {
		$anna   = $this->mentor( 'Anna Schmidt' );
		$fields = array(
			'timezone'     => 'America/Sao_Paulo',
			'languages'    => 'pt-BR, en  es',
			'teams'        => array( 'core', 'polyglots' ),
			'skills'       => 'PHP, block themes',
			'intro'        => 'Hello <b>there</b>.',
			'availability' => array(
				array(
					'day'  => '1',
					'from' => '18:00',
					'to'   => '20:00',
				),
				array(
					'day'  => '',
					'from' => '',
					'to'   => '',
				),
			),
			'mentor'       => array(
				'capacity'   => '4',
				'weight'     => 'high',
				'status'     => 'away',
				'away_until' => gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS ),
			),
		);

		PageForms::perform( $this->post( $anna, 'save_profile', 0, $fields ) );

		$this->assertSame( 'Your profile is saved.', $this->notice( $anna )['message'] );
		$profile = ( new ProfileRepository() )->find( $anna );
		$this->assertSame( 'America/Sao_Paulo', $profile->timezone );
		$this->assertSame( array( 'pt-BR', 'en', 'es' ), $profile->languages );
		$this->assertSame( array( 'core', 'polyglots' ), $profile->teams );
		$this->assertSame( array( 'PHP', 'block themes' ), $profile->skills );
		$this->assertSame( 'Hello there.', $profile->intro );
		$this->assertSame( array( array( 1, '18:00', '20:00' ) ), $profile->availability );
		$this->assertSame( 4, $profile->mentor_capacity );
		$this->assertSame( 'high', $profile->mentor_weight );
		$this->assertSame( 'away', $profile->mentor_status );

		$bad = array(
			'timezone'     => 'Mars/Olympus',
			'availability' => array(
				array(
					'day'  => '2',
					'from' => '20:00',
					'to'   => '18:00',
				),
			),
		) + $fields;
		PageForms::perform( $this->post( $anna, 'save_profile', 0, $bad ) );
		$refused = $this->notice( $anna );
		$this->assertSame( 'error', $refused['type'] );
		$this->assertSame( 'save_profile', $refused['form'] );
		$this->assertSame( '“Mars/Olympus” is not a timezone. Use a name like Europe/Berlin or America/Sao_Paulo.', $refused['message'] );
		$this->assertSame( 'Mars/Olympus', $refused['values']['timezone'], 'what was typed comes back' );
		$this->assertSame( 'America/Sao_Paulo', ( new ProfileRepository() )->find( $anna )->timezone, 'nothing saved' );

		PageForms::perform( $this->post( $anna, 'save_profile', 0, array( 'timezone' => 'UTC' ) + $bad ) );
		$this->assertSame( 'Availability: an availability window must end after it starts (20:00–18:00).', $this->notice( $anna )['message'] );

		PageForms::perform( $this->post( $anna, 'save_profile', 0, array( 'languages' => 'Portuguese!' ) + $fields ) );
		$schema = $this->notice( $anna );
		$this->assertSame( 'Nothing was saved. Please correct this:', $schema['message'] );
		$this->assertStringContainsString( 'languages[0] does not match pattern', $schema['errors'][0] );

		$mentee = $this->mentee( 'Lucas Oliveira' );
		PageForms::perform( $this->post( $mentee, 'save_profile', 0, $fields ) );
		$this->assertStringContainsString( 'Mentor settings are for mentors.', $this->notice( $mentee )['message'], 'mentor settings only for mentors' );
	}

	public function test_admin_post_runs_the_handler_and_redirects_or_refuses(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$lucas = $this->mentee( 'Lucas Oliveira' );
		$stop  = static function ( string $location ): string {
			throw new \RuntimeException( 'redirect:' . $location );
		};
		add_filter( 'wp_redirect', $stop );
		$die = static fn (): callable => static function ( $message, $title, $args ): void {
			throw new \RuntimeException( 'die:' . ( $args['response'] ?? 0 ) . ':' . $message );
		};
		add_filter( 'wp_die_handler', $die );
		try {
			$_POST = $this->post( $lucas, 'find_mentor' );
			try {
				do_action( 'admin_post_' . PageForms::ADMIN_POST ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's hook.
				$this->fail( 'no redirect' );
			} catch ( \RuntimeException $e ) {
				$this->assertSame( 'redirect:' . self::BACK, $e->getMessage() );
			}
			$this->assertSame( $anna, ( new MentoringState() )->of( $lucas )['mentee']['mentor']['id'] );

			$_POST             = $this->post( $lucas, 'end_match', 1, array( 'confirm' => '1' ) );
			$_POST['_wpnonce'] = 'forged';
			try {
				do_action( 'admin_post_' . PageForms::ADMIN_POST ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's hook.
				$this->fail( 'a forged nonce went through' );
			} catch ( \RuntimeException $e ) {
				$this->assertStringStartsWith( 'die:403:This form has expired.', $e->getMessage() );
			}

			wp_set_current_user( 0 );
			try {
				do_action( 'admin_post_nopriv_' . PageForms::ADMIN_POST ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's hook.
				$this->fail( 'no redirect' );
			} catch ( \RuntimeException $e ) {
				$this->assertStringStartsWith( 'redirect:' . wp_login_url(), $e->getMessage() );
			}
		} finally {
			remove_filter( 'wp_redirect', $stop );
			remove_filter( 'wp_die_handler', $die );
		}
	}
}
