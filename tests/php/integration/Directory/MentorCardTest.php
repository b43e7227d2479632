<?php
/**
 * The Mentor card block, as each kind of visitor sees it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\RequestForm;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MentorCardTest extends TestCase {

	use DirectoryFixtures;

	private int $anna;

	protected function setUp(): void {
		parent::setUp();
		$this->anna = $this->person(
			'Anna Schmidt',
			array(
				'timezone'     => 'Europe/Berlin',
				'languages'    => array( 'de', 'en' ),
				'teams'        => array( 'core', 'polyglots' ),
				'availability' => array( array( 2, '18:00', '20:00' ), array( 4, '18:00', '20:00' ), array( 6, '10:00', '12:00' ) ),
				'intro'        => "Core committer.\n\nI help people land their first patch.",
			)
		);
	}

	private function card( int $as_user = 0, array $query = array(), ?int $mentor = null ): string {
		return $this->render( 'wayfinder/mentor-card', array( 'mentorId' => $mentor ?? $this->anna ), $query, $as_user );
	}

	public function test_anyone_sees_the_mentors_public_profile(): void {
		$html = $this->card();

		$this->assertStringContainsString( 'wp-block-wayfinder-mentor-card', $html );
		$this->assertStringContainsString( 'id="wayfinder-mentor-' . $this->anna . '"', $html );
		$this->assertMatchesRegularExpression( '#<h3 id="wayfinder-mentor-\d+-name" class="wayfinder-mentor-card__name">Anna Schmidt</h3>#', $html );
		$this->assertStringContainsString( '<p>Core committer.</p>', $html, 'the intro, a paragraph at a time' );
		$this->assertStringContainsString( '<p>I help people land their first patch.</p>', $html );
		$this->assertMatchesRegularExpression( '#<a href="[^"]*/teams/core/">Core</a>, <a href="[^"]*/teams/polyglots/">Polyglots</a>#', $html );
		$this->assertStringContainsString( '<dd>German, English</dd>', $html );
		$this->assertStringContainsString( 'Europe / Berlin', $html );
		$this->assertMatchesRegularExpression( '#\(<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00" data-wp-init="callbacks.clock">[^<]+</time> there now\)#', $html, 'the local time now, in Berlin' );
		$this->assertStringContainsString( 'Tue, Thu 6:00 pm–8:00 pm<br>Sat 10:00 am–12:00 pm', $html, 'windows grouped by time, in her own time' );
		$this->assertStringContainsString( 'Taking new mentees', $html );
		$this->assertStringContainsString( 'is-available', $html );
		$this->assertStringContainsString( '<span class="wayfinder-mentor-card__initials" aria-hidden="true">AS</span>', $html, 'the test site shows no avatars: initials instead' );
	}

	public function test_the_local_time_is_the_zones_own_in_every_season_and_offset(): void {
		$zones   = array( 'Europe/Berlin', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'UTC', 'Not/A_Zone' );
		$moments = array( strtotime( '2026-01-15 12:00:00 UTC' ), strtotime( '2026-03-29 00:59:00 UTC' ), strtotime( '2026-03-29 01:00:00 UTC' ), strtotime( '2026-07-01 23:45:00 UTC' ) );
		foreach ( array( 'g:i a', 'H:i', 'H:i T' ) as $format ) {
			update_option( 'time_format', $format );
			foreach ( $moments as $now ) {
				foreach ( $zones as $timezone ) {
					$card  = \Wayfinder\Directory\MentorCard::view( new \Wayfinder\Directory\MentorListing( $this->anna, 'Anna', '', $timezone, array(), array(), array(), 'available', null, 3, 0 ), \Wayfinder\Directory\Visitor::current(), home_url(), $now );
					$zone  = new \DateTimeZone( 'Not/A_Zone' === $timezone ? 'UTC' : $timezone );
					$where = "{$timezone} at " . gmdate( 'c', $now ) . " as {$format}";
					$this->assertSame( $zone->getName(), $card['timezone'], $where );
					$this->assertSame( wp_date( $format, $now, $zone ), $card['local_time'], $where );
					$this->assertSame( ( new \DateTimeImmutable( '@' . $now ) )->setTimezone( $zone )->format( 'c' ), $card['local_time_iso'], $where );
				}
			}
		}
	}

	public function test_an_anonymous_visitor_gets_a_sign_in_link_and_no_form_and_no_nonce(): void {
		$html = $this->card();

		$this->assertMatchesRegularExpression( '#<a class="wp-element-button" href="[^"]*wp-login\.php\?redirect_to=[^"]*%23wayfinder-mentor-' . $this->anna . '"[^>]*>Log in to request this mentor</a>#', $html );
		$this->assertStringNotContainsString( '<form', $html );
		$this->assertStringNotContainsString( '_wpnonce', $html );
		$state = wp_interactivity()->state( 'wayfinder/mentor-card' );
		$this->assertArrayNotHasKey( 'nonce', $state, 'no nonce in a page a cache may keep for everyone' );
		$this->assertArrayNotHasKey( 'rest', $state );
	}

	public function test_a_logged_in_mentee_gets_a_request_form_that_works_without_javascript(): void {
		$mentee = $this->make_user( 'subscriber' );
		$html   = $this->card( $mentee, array( 'utm' => 'x' ) );

		$this->assertMatchesRegularExpression( '#<form class="wayfinder-mentor-card__action" method="post" action="[^"]*/wp-admin/admin-post\.php" data-wp-on--submit="actions\.request"#', $html );
		$this->assertStringContainsString( '<input type="hidden" name="action" value="' . \Wayfinder\Platform\PageForms::ADMIN_POST . '">', $html );
		$this->assertStringContainsString( '<input type="hidden" name="do" value="' . RequestForm::DO . '">', $html );
		$this->assertStringContainsString( '<input type="hidden" name="mentor" value="' . $this->anna . '">', $html );
		$this->assertStringContainsString( 'name="redirect_to" value="http://localhost/mentors/?utm=x"', $html );
		$this->assertMatchesRegularExpression( '#<button [^>]*type="submit" class="wp-element-button" aria-describedby="wayfinder-mentor-\d+-name"[^>]*>Request this mentor</button>#', $html );
		$this->assertSame( 1, preg_match( '#name="_wpnonce" value="([^"]+)"#', $html, $nonce ) );
		$this->assertSame( 1, wp_verify_nonce( $nonce[1], \Wayfinder\Platform\PageForms::nonce_action( RequestForm::DO, $this->anna ) ), 'a valid nonce for this person and this mentor' );
		$state = wp_interactivity()->state( 'wayfinder/mentor-card' );
		$this->assertSame( 1, wp_verify_nonce( $state['nonce'], 'wp_rest' ), 'the REST nonce for the script module' );
		$this->assertStringNotContainsString( 'Log in to request', $html );
	}

	public function test_a_mentor_away_until_a_date_is_shown_away_without_a_request_action(): void {
		$profile                = ( new ProfileRepository() )->find( $this->anna );
		$profile->mentor_status = 'away';
		$profile->away_until    = gmdate( 'Y-m-d', strtotime( '+10 days' ) );
		( new ProfileRepository() )->save( $profile );

		$html = $this->card( $this->make_user( 'subscriber' ) );

		$this->assertStringContainsString( 'Away until ' . date_i18n( get_option( 'date_format' ), strtotime( $profile->away_until ) ), $html );
		$this->assertStringContainsString( 'is-away', $html );
		$this->assertStringNotContainsString( '<form', $html );
		$this->assertStringNotContainsString( 'Log in to request', $this->card() );
	}

	public function test_an_absence_that_ended_yesterday_is_over(): void {
		$profile = ( new ProfileRepository() )->find( $this->anna );
		// Her dates, not UTC's: an hour before midnight UTC it is already tomorrow in Berlin.
		$today                  = new \DateTimeImmutable( 'now', new \DateTimeZone( $profile->timezone ) );
		$profile->mentor_status = 'away';
		$profile->away_until    = $today->modify( '-1 day' )->format( 'Y-m-d' );
		( new ProfileRepository() )->save( $profile );
		$this->assertStringContainsString( 'Taking new mentees', $this->card() );

		$profile->away_until = $today->format( 'Y-m-d' );
		( new ProfileRepository() )->save( $profile );
		$this->assertStringContainsString( 'Away until', $this->card(), 'away through the last day' );
	}

	public function test_a_full_mentor_says_so_and_takes_no_request(): void {
		$profile                  = ( new ProfileRepository() )->find( $this->anna );
		$profile->mentor_capacity = 2;
		( new ProfileRepository() )->save( $profile );
		$this->give_mentees( $this->anna, 2 );

		$html = $this->card( $this->make_user( 'subscriber' ) );

		$this->assertStringContainsString( 'No room for new mentees right now', $html );
		$this->assertStringContainsString( 'is-full', $html );
		$this->assertStringNotContainsString( '<form', $html );
	}

	public function test_a_retired_mentor_is_no_longer_mentoring(): void {
		$profile                = ( new ProfileRepository() )->find( $this->anna );
		$profile->mentor_status = 'retired';
		( new ProfileRepository() )->save( $profile );

		$html = $this->card( $this->make_user( 'subscriber' ) );
		$this->assertStringContainsString( 'No longer mentoring', $html );
		$this->assertStringNotContainsString( '<form', $html );
	}

	public function test_what_a_member_reads_instead_of_the_button_when_asking_makes_no_sense(): void {
		$this->assertStringContainsString( 'This is your own card.', $this->card( $this->anna ) );

		$asked = $this->make_user( 'subscriber' );
		$this->assertIsInt(
			( new RequestService() )->create(
				array(
					'type'   => 'mentee_request',
					'mentor' => $this->anna,
				),
				$asked
			)
		);
		$html = $this->card( $asked );
		$this->assertStringContainsString( 'You asked Anna Schmidt to mentor you. They have not answered yet.', $html );
		$this->assertStringNotContainsString( '<form', $html );

		$mentored = $this->make_user( 'subscriber' );
		$this->assertIsInt( ( new MatchService() )->start( $mentored, $this->person( 'Grace Hopper' ), 'auto', 0 ) );
		$this->assertStringContainsString( 'You already have a mentor.', $this->card( $mentored ) );
	}

	public function test_an_unknown_id_or_a_non_mentor_renders_nothing_for_visitors_and_a_placeholder_for_editors(): void {
		$mentee = $this->person( 'Lucas Oliveira', array(), 'subscriber' );
		$editor = $this->make_user( 'editor' );
		foreach ( array( 999999, $mentee ) as $id ) {
			$this->assertSame( '', trim( $this->card( 0, array(), $id ) ) );
			$this->assertSame( '', trim( $this->card( $this->make_user( 'subscriber' ), array(), $id ) ) );
			$this->assertStringContainsString( 'This person is not a mentor (any more). Choose another mentor in the block settings; visitors see nothing here.', $this->card( $editor, array(), $id ) );
		}
		$this->assertStringNotContainsString( 'Lucas', $this->card( $editor, array(), $mentee ), 'not even the name of a mentee' );
		$this->assertStringContainsString( 'Choose a mentor in the block settings.', $this->render( 'wayfinder/mentor-card', array(), array(), $editor ) );
	}

	public function test_no_email_address_or_private_field_reaches_the_page(): void {
		$profile                     = ( new ProfileRepository() )->find( $this->anna );
		$profile->seeking            = true;
		$profile->preferred_language = 'tlh';
		$profile->preferred_team     = 'polyglots';
		$profile->sponsored          = true;
		$profile->skills             = array( 'secret-skill' );
		( new ProfileRepository() )->save( $profile );
		$user  = get_userdata( $this->anna );
		$html  = $this->card() . $this->card( $this->make_user( 'subscriber' ) ) . $this->card( $this->make_user( 'administrator' ) );
		$state = (string) wp_json_encode( wp_interactivity()->state( 'wayfinder/mentor-card' ) );

		foreach ( array( $user->user_email, '@example.org', $user->user_login, 'tlh', 'sponsored', 'seeking', 'preferred' ) as $private ) {
			$this->assertStringNotContainsString( $private, $html . $state );
		}
	}

	public function test_everything_a_mentor_writes_is_escaped(): void {
		global $wpdb;
		$evil = $this->person(
			'Someone',
			array(
				'intro'     => "<img src=x onerror=alert(1)> \"quoted\"\n<b>bold</b>",
				'languages' => array( 'en' ),
			)
		);
		// WordPress strips tags from display names it saves; a name from anywhere else is escaped too.
		$wpdb->update( $wpdb->users, array( 'display_name' => '<script>alert("name")</script> & Co' ), array( 'ID' => $evil ) );
		clean_user_cache( $evil );

		$html = $this->card( $this->make_user( 'subscriber' ), array(), $evil );

		$this->assertStringNotContainsString( '<script>alert', $html );
		$this->assertStringNotContainsString( '<img src=x', $html );
		$this->assertStringNotContainsString( '<b>bold', $html );
		$this->assertStringContainsString( '&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; Co', $html );
		$this->assertStringContainsString( '&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;<br />', $html );
		$this->assertStringContainsString( '"name":"\u003Cscript\u003Ealert(\u0022name\u0022)\u003C\/script\u003E \u0026 Co"', $html, 'the context is JSON in an attribute, escaped' );
	}

	public function test_after_a_request_without_javascript_the_card_says_how_it_went(): void {
		$mentee = $this->make_user( 'subscriber' );
		\Wayfinder\Platform\Flash::put( $mentee, \Wayfinder\Directory\RequestForm::card_place( $this->anna ), 'request_mentor', 'success', 'Your request is on its way to Anna Schmidt. You will hear by email when they answer.' );
		$this->assertStringContainsString( 'Your request is on its way to Anna Schmidt. You will hear by email when they answer.', $this->card( $mentee ) );
		$this->assertStringNotContainsString( 'wayfinder-notice"', $this->card( $mentee ), 'once' );

		\Wayfinder\Platform\Flash::put( $mentee, \Wayfinder\Directory\RequestForm::card_place( $this->anna ), 'request_mentor', 'error', 'You have asked <b>Anna</b> already.' );
		$this->assertStringContainsString( '<p class="wayfinder-notice is-error" role="alert">You have asked &lt;b&gt;Anna&lt;/b&gt; already.', $this->card( $mentee ), 'escaped' );

		\Wayfinder\Platform\Flash::put( $mentee, \Wayfinder\Directory\RequestForm::card_place( 42 ), 'request_mentor', 'success', 'Sent.' );
		$this->assertStringNotContainsString( 'wayfinder-notice"', $this->card( $mentee ), 'another card’s outcome' );
	}

	public function test_the_availability_can_be_left_out_and_the_heading_level_chosen(): void {
		$html = $this->render(
			'wayfinder/mentor-card',
			array(
				'mentorId'         => $this->anna,
				'showAvailability' => false,
				'headingLevel'     => 2,
			)
		);
		$this->assertStringNotContainsString( 'Usually available', $html );
		$this->assertStringContainsString( '<h2 id=', $html );
		$this->assertStringContainsString( 'Usually available (their time)', $this->card() );
	}

	public function test_a_mentor_without_a_saved_profile_still_has_a_card(): void {
		$new = $this->make_user( 'wayfinder_mentor' );
		wp_update_user(
			array(
				'ID'           => $new,
				'display_name' => 'Kenji Sato',
			)
		);
		$html = $this->card( 0, array(), $new );
		$this->assertStringContainsString( 'Kenji Sato', $html );
		$this->assertStringContainsString( 'Not given yet', $html );
		$this->assertStringContainsString( 'Taking new mentees', $html );
	}
}
