<?php
/**
 * My mentorship, rendered on the server for every kind of person who can look at it: what each one
 * sees, and that nobody sees what is not theirs.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\MyMentorship;

use Wayfinder\Platform\Flash;
use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\MyMentorship\MentorshipPage;
use Wayfinder\Tests\Integration\TestCase;

final class MyMentorshipTest extends TestCase {

	use Fixtures;

	private function email( int $user ): string {
		return get_userdata( $user )->user_email;
	}

	public function test_a_visitor_who_is_not_logged_in_learns_what_this_is_and_nothing_personal(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$this->match( $jonas, $anna );
		$this->queue( $this->mentee( 'Lucas Oliveira' ) );

		$html = $this->render_as( 0, 'my-mentorship' );

		$this->assertStringContainsString( 'Log in to see your mentor or your mentees', $this->text( $html ) );
		$this->assertStringContainsString( 'Log in to take part', $this->text( $html ) );
		foreach ( array( 'Anna', 'Jonas', 'Lucas', '@example.org', '<form', '_wpnonce', 'data-wp-interactive', 'Timezone' ) as $private ) {
			$this->assertStringNotContainsString( $private, $html );
		}
		$this->assertSame( array(), $this->state_of( 'my-mentorship' ), 'no state, no REST nonce' );
	}

	public function test_someone_without_a_mentor_is_told_how_it_works_and_can_ask(): void {
		$lucas = $this->mentee( 'Lucas Oliveira' );

		$html = $this->render_as( $lucas, 'my-mentorship' );
		$text = $this->text( $html );

		$this->assertStringContainsString( 'You have no mentor yet.', $text );
		$this->assertSame( 'my-mentorship', $this->form_fields( $html, 'find_mentor' )['place'] );
		$this->assertStringNotContainsString( 'As a mentor', $text, 'no mentor part for people who are not mentors' );
		$this->assertStringContainsString( 'Your mentoring profile', $text );
	}

	public function test_a_mentee_sees_their_mentor_how_they_were_matched_how_to_reach_them_and_next_steps(): void {
		$anna  = $this->mentor( 'Anna Schmidt', 2, 'available', null, array( 'en' ), 'Core committer; I help people land their first patch.' );
		$grace = $this->mentor( 'Grace Miller' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$other = $this->mentee( 'Aisha Bello' );
		$match = $this->match( $jonas, $anna, 'mentee_request' );
		$this->match( $other, $anna );
		( new MatchService() )->set_backup( $match, $grace, 1 );

		$html = $this->render_as( $jonas, 'my-mentorship' );
		$text = $this->text( $html );

		$this->assertStringContainsString( 'Anna Schmidt', $text );
		$this->assertStringContainsString( 'You asked for a mentor, and Anna Schmidt accepted.', $text );
		$this->assertStringContainsString( 'Core committer; I help people land their first patch.', $text );
		$this->assertStringContainsString( 'href="mailto:' . $this->email( $anna ) . '"', $html, 'the mentee may write to their mentor' );
		$this->assertStringContainsString( 'Your backup mentor, Grace Miller, covers whenever your mentor is away.', $text );
		$this->assertStringNotContainsString( $this->email( $grace ), $html, 'the backup’s address only while they cover' );
		$this->assertStringNotContainsString( 'Aisha', $text, 'nothing about the mentor’s other mentees' );
		$this->assertStringNotContainsString( $this->email( $other ), $html );
		$this->assertStringContainsString( 'Write to Anna Schmidt to say hello and agree on a first meeting.', $text );
		$this->assertStringContainsString( 'Change mentor or stop', $text );
		$this->assertSame( (string) $match, $this->form_fields( $html, 'end_match', $match )['id'] );
		foreach ( array( 'mentee_wants_other', 'mentee_stopped', 'other' ) as $reason ) {
			$this->assertStringContainsString( 'name="reason" value="' . $reason . '"', $html );
		}
		$this->assertStringNotContainsString( 'value="mentor_quit"', $html, 'only the mentee’s own reasons' );
		$this->assertStringContainsString( '<input type="checkbox" name="confirm" value="1" required>', $html, 'nothing ends without a tick' );
	}

	public function test_while_the_mentor_is_away_the_mentee_can_reach_the_backup(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$grace = $this->mentor( 'Grace Miller' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$match = $this->match( $jonas, $anna );
		( new MatchService() )->set_backup( $match, $grace, 1 );
		$this->rest( 'PATCH', '/wayfinder/v1/profiles/me', array( 'mentor' => array( 'status' => 'away' ) ), $anna );

		$html = $this->render_as( $jonas, 'my-mentorship' );

		$this->assertStringContainsString( 'Anna Schmidt is away at the moment. Meanwhile Grace Miller, your backup mentor, covers for them', $this->text( $html ) );
		$this->assertStringContainsString( 'mailto:' . $this->email( $grace ), $html );
	}

	public function test_a_proposed_mentor_is_named_but_their_address_waits_for_their_confirmation(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$this->match( $jonas, $anna, 'coordinator', 'proposed' );

		$html = $this->render_as( $jonas, 'my-mentorship' );

		$this->assertStringContainsString( 'A mentoring coordinator chose Anna Schmidt as your mentor. Once they confirm, you both get an email', $this->text( $html ) );
		$this->assertStringNotContainsString( $this->email( $anna ), $html );
	}

	public function test_a_mentee_in_the_queue_sees_their_place_why_and_what_to_do(): void {
		$this->mentor( 'Anna Schmidt' );
		$karthik = $this->mentee( 'Karthik Subramanian', array( 'ta' ) );
		$request = $this->queue( $karthik );

		$html = $this->render_as( $karthik, 'my-mentorship' );
		$text = $this->text( $html );

		$this->assertStringContainsString( 'You are number 1 in the queue for a mentor.', $text );
		$this->assertStringContainsString( ( new AutoAssigner() )->why_waiting( $karthik ), $text );
		$this->assertStringContainsString( 'add languages, teams or times to your profile', $text );
		$this->assertSame( (string) $request, $this->form_fields( $html, 'cancel_request', $request )['id'], 'they can stop waiting' );
		$this->form_fields( $html, 'find_mentor' );
	}

	public function test_offers_from_mentors_wait_for_the_mentee_to_accept_or_decline(): void {
		$lucia = $this->mentor( 'Lucía Fernández', 2, 'available', null, array( 'en' ), 'Designer who cares about <em>accessible</em> interfaces.' );
		$lucas = $this->mentee( 'Lucas Oliveira' );
		$this->queue( $lucas );
		$offer = $this->request(
			array(
				'type'    => 'mentor_offer',
				'mentee'  => $lucas,
				'message' => 'Happy to help with Gutenberg.',
			),
			$lucia
		);

		$html = $this->render_as( $lucas, 'my-mentorship' );
		$text = $this->text( $html );

		$this->assertStringContainsString( 'A mentor offers to mentor you', $text );
		$this->assertStringContainsString( 'Lucía Fernández offered on', $text );
		$this->assertStringContainsString( 'Designer who cares about &lt;em&gt;accessible&lt;/em&gt; interfaces.', $html, 'the intro is escaped' );
		$this->assertStringContainsString( 'Happy to help with Gutenberg.', $text );
		$this->form_fields( $html, 'accept_offer', $offer );
		$this->form_fields( $html, 'decline_offer', $offer );
		$this->assertStringNotContainsString( $this->email( $lucia ), $html, 'no address before the match starts' );
	}

	public function test_a_request_to_a_named_mentor_can_be_withdrawn(): void {
		$grace = $this->mentor( 'Grace Miller' );
		$emily = $this->mentee( 'Emily Chen' );
		$ask   = $this->request(
			array(
				'type'   => 'mentee_request',
				'mentor' => $grace,
			),
			$emily
		);

		$html = $this->render_as( $emily, 'my-mentorship' );

		$this->assertStringContainsString( 'You asked Grace Miller on', $this->text( $html ) );
		$this->form_fields( $html, 'cancel_request', $ask );
		$this->form_fields( $html, 'find_mentor' );
	}

	public function test_a_mentor_who_never_had_a_mentee_sees_who_waits_and_can_offer(): void {
		$lucia = $this->mentor( 'Lucía Fernández' );
		$lucas = $this->mentee( 'Lucas Oliveira' );
		$this->queue( $lucas );
		$this->queue( $this->mentee( 'Yuki Tanaka', array( 'ja' ) ) );

		$html = $this->render_as( $lucia, 'my-mentorship' );
		$text = $this->text( $html );

		$this->assertStringContainsString( 'You mentor 0 of 2 mentees. Status: available.', $text );
		$this->assertStringContainsString( 'You have no mentee at the moment.', $text );
		$this->assertStringContainsString( 'id="wayfinder-waiting"', $html, 'where Start mentoring leads' );
		$this->assertStringContainsString( 'Lucas Oliveira', $text );
		$this->assertStringContainsString( 'Both speak English.', $text );
		$this->assertStringNotContainsString( 'Yuki', $text, 'only mentees this mentor could take' );
		$this->assertStringNotContainsString( $this->email( $lucas ), $html, 'waiting mentees’ addresses are not shown' );
		$this->form_fields( $html, 'offer', $lucas );
		$this->assertStringNotContainsString( 'wayfinder-section--mentee', $html, 'a mentor without a mentor of their own' );
	}

	public function test_a_mentor_sees_every_mentee_whatever_the_path_and_what_waits_for_their_answer(): void {
		$anna        = $this->mentor( 'Anna Schmidt', 8 );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		wp_update_user(
			array(
				'ID'           => $coordinator,
				'display_name' => 'Chidi Okafor',
			)
		);
		$paths = array(
			'auto'           => 'Matched with you automatically.',
			'mentee_request' => 'Asked Person asked for a mentor, and you accepted.',
			'coordinator'    => 'A mentoring coordinator matched you.',
			'mentor_offer'   => 'You offered to mentor Offered Person, and they accepted.',
		);
		$names = array(
			'auto'           => 'Auto Person',
			'mentee_request' => 'Asked Person',
			'coordinator'    => 'Assigned Person',
			'mentor_offer'   => 'Offered Person',
		);
		$ids   = array();
		foreach ( $names as $source => $name ) {
			$ids[ $source ] = $this->mentee( $name, array( 'en' ), "<script>alert('{$source}')</script>" );
			$this->match( $ids[ $source ], $anna, $source );
		}
		$proposed = $this->mentee( 'Proposed Person' );
		$proposal = $this->match( $proposed, $anna, 'coordinator', 'proposed' );
		$named    = $this->request(
			array(
				'type'    => 'mentee_request',
				'mentor'  => $anna,
				'message' => 'Could you help me with my first patch?',
			),
			$this->mentee( 'Named Person' )
		);
		$assigned = $this->request(
			array(
				'type'   => 'coordinator_request',
				'mentee' => $this->mentee( 'Coordinated Person' ),
				'mentor' => $anna,
			),
			$coordinator
		);
		$waiting  = $this->mentee( 'Waiting Person' );
		$this->queue( $waiting );
		$offer = $this->request(
			array(
				'type'   => 'mentor_offer',
				'mentee' => $waiting,
			),
			$anna
		);

		$html = $this->render_as( $anna, 'my-mentorship' );
		$text = $this->text( $html );

		foreach ( $paths as $source => $how ) {
			$this->assertStringContainsString( $names[ $source ], $text );
			$this->assertStringContainsString( $how, $text );
			$this->assertStringContainsString( 'mailto:' . $this->email( $ids[ $source ] ), $html, 'a mentor may write to each mentee' );
			$this->form_fields( $html, 'end_match', ( new \Wayfinder\Mentorship\MentoringState() )->of( $ids[ $source ] )['mentee']['match'] );
		}
		$this->assertStringNotContainsString( "<script>alert('auto')</script>", $html, 'intros are escaped' );
		$this->assertStringContainsString( '&lt;script&gt;alert(&#039;auto&#039;)&lt;/script&gt;', $html );
		$this->assertStringContainsString( 'last change', $text, 'recent activity' );
		$this->assertStringContainsString( 'You mentor 5 of 8 mentees.', $text, 'a proposal holds a place' );

		$this->assertStringContainsString( 'Waiting for your answer', $text );
		$this->assertStringContainsString( 'A mentoring coordinator proposes you as the mentor of Proposed Person', $text );
		$this->form_fields( $html, 'confirm_match', $proposal );
		$this->form_fields( $html, 'decline_match', $proposal );
		$this->assertStringNotContainsString( $this->email( $proposed ), $html, 'no address before the mentor confirms' );
		$this->assertStringContainsString( 'Named Person asked you on', $text );
		$this->assertStringContainsString( 'Could you help me with my first patch?', $text );
		$this->form_fields( $html, 'accept_request', $named );
		$this->form_fields( $html, 'decline_request', $named );
		$this->assertStringContainsString( 'Chidi Okafor, a mentoring coordinator, asked you on', $text );
		$this->assertStringContainsString( 'to mentor Coordinated Person', $text );
		$this->form_fields( $html, 'accept_request', $assigned );

		$this->assertStringContainsString( 'You offered on', $text );
		$this->form_fields( $html, 'withdraw_offer', $offer );
		$this->assertStringContainsString( 'You offered to mentor them; they have not answered yet.', $text, 'the waiting list knows the offer' );
		$this->assertStringNotContainsString( 'name="do" value="offer"', $html );
	}

	public function test_a_full_mentor_is_told_why_they_cannot_take_anyone_and_gets_no_offers_to_make(): void {
		$anna = $this->mentor( 'Anna Schmidt', 1 );
		$this->match( $this->mentee( 'Jonas Weber' ), $anna );
		$this->queue( $this->mentee( 'Lucas Oliveira' ) );

		$html = $this->render_as( $anna, 'my-mentorship' );
		$text = $this->text( $html );

		$this->assertStringContainsString( 'You mentor 1 of 1 mentee.', $text );
		$this->assertStringContainsString( 'You have 1 of 1 mentees, so no room for more.', $text );
		$this->assertStringContainsString( 'You can offer to mentor someone again once you take new mentees', $text );
		$this->assertStringNotContainsString( 'Lucas', $text );
		$this->assertMatchesRegularExpression( '#<a href="[^"]*wayfinder_edit_profile=1\#wayfinder-profile">Change your status or capacity</a>#', $html );
		$_GET[ MentorshipPage::EDIT_PROFILE ] = '1'; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the test's own request.
		$this->assertStringContainsString( 'name="mentor[capacity]"', $this->render_as( $anna, 'my-mentorship' ), 'capacity can be raised on the same page' );
	}

	public function test_an_away_mentor_sees_until_when_and_can_change_it(): void {
		update_option( 'date_format', 'j F Y' );
		$priya = $this->mentor( 'Priya Raman', 2, 'away', '2027-03-03' );

		$_GET[ MentorshipPage::EDIT_PROFILE ] = '1'; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the test's own request.
		$html                                 = $this->render_as( $priya, 'my-mentorship' );
		$text                                 = $this->text( $html );

		$this->assertStringContainsString( 'Status: away until 3 March 2027.', $text );
		$this->assertStringContainsString( 'You are away until 3 March 2027. Change this in your profile.', $text );
		$this->assertStringContainsString( 'name="mentor[away_until]" value="2027-03-03"', $html );
		$this->assertMatchesRegularExpression( '#<option value="away" selected=\'selected\'>Away</option>#', $html );
	}

	public function test_past_mentees_are_listed_apart(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$match = $this->match( $this->mentee( 'Jonas Weber' ), $anna );
		( new MatchService() )->end( $match, 'completed', $anna );

		$text = $this->text( $this->render_as( $anna, 'my-mentorship' ) );

		$this->assertStringContainsString( 'Past mentees', $text );
		$this->assertStringContainsString( 'Jonas Weber — ended', $text );
		$this->assertStringContainsString( 'the mentorship ran its course', $text );
		$this->assertStringContainsString( 'You have no mentee at the moment.', $text );
	}

	public function test_the_profile_editor_is_a_link_until_asked_for(): void {
		$lucas = $this->mentee( 'Lucas Oliveira', array( 'pt', 'en' ) );
		$html  = $this->render_as( $lucas, 'my-mentorship' );

		$this->assertStringContainsString( 'Your mentoring profile', $this->text( $html ) );
		$this->assertMatchesRegularExpression( '#<a href="[^"]*wayfinder_edit_profile=1\#wayfinder-profile">Edit your profile</a>#', $html );
		$this->assertStringNotContainsString( 'name="timezone"', $html, 'no form, and no list of every time zone' );
		$this->assertStringNotContainsString( 'save_profile', $html );
	}

	public function test_the_profile_editor_shows_the_persons_own_values_and_mentor_settings_only_to_mentors(): void {
		$_GET[ MentorshipPage::EDIT_PROFILE ] = '1'; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the test's own request.
		$lucas                                = $this->mentee( 'Lucas Oliveira', array( 'pt', 'en' ) );
		$html                                 = $this->render_as( $lucas, 'my-mentorship' );
		$this->assertStringContainsString( '>Close the editor</a>', $html );

		$this->assertStringContainsString( 'name="languages" value="pt, en"', $html );
		$this->assertMatchesRegularExpression( '#<option selected="selected" value="Europe/Berlin"[^>]*>Berlin</option>#', $html );
		$this->assertStringContainsString( 'value="core" checked=\'checked\'', $html );
		$this->assertStringContainsString( 'Times are in your own timezone, <strong data-wp-text="context.timezone">Europe/Berlin</strong>', $html );
		$this->assertMatchesRegularExpression( '#name="availability\[0\]\[day\]"[^>]*>.*?<option value="2" selected=\'selected\'>Tuesday</option>#s', $html );
		$this->assertStringContainsString( 'name="availability[0][from]" value="18:00"', $html );
		$this->assertStringContainsString( 'name="availability[2][day]"', $html, 'spare rows for new times' );
		$this->assertStringNotContainsString( 'mentor[capacity]', $html );
		$this->assertStringNotContainsString( 'value="UTC+2"', $html, 'no fixed offsets, only IANA names' );
		$this->form_fields( $html, 'save_profile' );

		$this->assertStringContainsString( 'name="mentor[capacity]"', $this->render_as( $this->mentor( 'Anna Schmidt' ), 'my-mentorship' ) );
	}

	public function test_a_refused_profile_comes_back_open_with_the_messages_and_what_was_typed(): void {
		$lucas = $this->mentee( 'Lucas Oliveira' );
		Flash::put(
			$lucas,
			'my-mentorship',
			'save_profile',
			'error',
			'Nothing was saved. Please correct this:',
			array( 'languages[0] does not match pattern' ),
			array(
				'languages' => array( 'Portuguese!' ),
				'timezone'  => 'Europe/Lisbon',
			)
		);

		$html = $this->render_as( $lucas, 'my-mentorship' );

		$this->assertStringContainsString( 'name="timezone"', $html, 'the editor, though the address did not ask for it' );
		$this->assertStringContainsString( 'Nothing was saved. Please correct this:', $this->text( $html ) );
		$this->assertStringContainsString( 'languages[0] does not match pattern', $this->text( $html ), 'each problem, next to the form' );
		$this->assertStringContainsString( 'name="languages" value="Portuguese!"', $html );
		$this->assertMatchesRegularExpression( '#<option selected="selected" value="Europe/Lisbon"[^>]*>Lisbon</option>#', $html );
		$this->assertSame( '', $this->state_of( 'my-mentorship' )['notice'], 'not in the notice at the top' );
	}

	public function test_the_settings_leave_out_the_waiting_mentees_and_the_profile_or_shorten_the_list(): void {
		$lucia = $this->mentor( 'Lucía Fernández' );
		$this->queue( $this->mentee( 'Lucas Oliveira' ) );
		$this->queue( $this->mentee( 'Aisha Bello' ) );

		$short = $this->text( $this->render_as( $lucia, 'my-mentorship', array( 'waitingCount' => 1 ) ) );
		$this->assertStringContainsString( 'Lucas Oliveira', $short );
		$this->assertStringNotContainsString( 'Aisha Bello', $short );
		$this->assertStringContainsString( 'Page 1, longest waiting first Next page', $short );
		$this->assertStringNotContainsString( 'Previous page', $short );
		// The next page is a plain link (no JavaScript needed): the second person waiting.
		$_GET['wayfinder_waiting_page'] = '2';
		$next                           = $this->render_as( $lucia, 'my-mentorship', array( 'waitingCount' => 1 ) );
		unset( $_GET['wayfinder_waiting_page'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the test's own request.
		$this->assertStringContainsString( 'Aisha Bello', $this->text( $next ) );
		$this->assertStringNotContainsString( 'Lucas Oliveira', $this->text( $next ) );
		$this->assertStringContainsString( 'Previous page Page 2, longest waiting first', $this->text( $next ) );
		$this->assertStringNotContainsString( 'Next page', $this->text( $next ), 'the last page: no link on' );
		$this->assertMatchesRegularExpression( '#<a href="[^"]*wayfinder_waiting_page=1[^"]*\#wayfinder-waiting">Previous page</a>#', $next );

		$bare = $this->render_as(
			$lucia,
			'my-mentorship',
			array(
				'showWaiting' => false,
				'showProfile' => false,
			)
		);
		$this->assertStringNotContainsString( 'wayfinder-waiting', $bare );
		$this->assertStringNotContainsString( 'Lucas', $bare );
		$this->assertStringNotContainsString( 'Your mentoring profile', $bare );
		$this->assertStringContainsString( 'You have no mentee at the moment.', $this->text( $bare ) );
	}
}
