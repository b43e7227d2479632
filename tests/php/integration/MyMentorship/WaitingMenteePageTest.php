<?php
/**
 * The waiting mentee's page says once where they stand, what happens next and by when; an offer is
 * the first thing they see; "Your mentor" heads a section only for someone who has one; an away
 * mentor and who covers are shown; ending a match chooses no reason for anyone and says what follows.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\MyMentorship;

use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageForms;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Tests\Integration\TestCase;

final class WaitingMenteePageTest extends TestCase {

	use Fixtures;

	/** The page holding the button and My mentorship, as the person sees it (the main query on that page). */
	private function page_as( int $user ): string {
		$id = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Mentorship',
				'post_content' => '<!-- wp:wayfinder/mentoring-button /--><!-- wp:wayfinder/my-mentorship /-->',
			)
		);
		$this->assertIsInt( $id );
		$saved = array( $GLOBALS['wp_query'] ?? null, $GLOBALS['wp_the_query'] ?? null, $GLOBALS['post'] ?? null );
		try {
			// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited -- the page being shown, for this render only.
			$GLOBALS['wp_query']     = new \WP_Query( array( 'page_id' => $id ) );
			$GLOBALS['wp_the_query'] = $GLOBALS['wp_query'];
			$GLOBALS['post']         = get_post( $id );
			// phpcs:enable
			wp_set_current_user( $user );
			$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- WordPress's own.
			return do_blocks( (string) get_post_field( 'post_content', $id ) );
		} finally {
			// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited
			list( $GLOBALS['wp_query'], $GLOBALS['wp_the_query'], $GLOBALS['post'] ) = $saved;
			// phpcs:enable
		}
	}

	public function test_a_waiting_mentee_is_told_once_where_they_stand_and_what_happens_next(): void {
		$this->mentor( 'Anna Schmidt' );
		$karthik = $this->mentee( 'Karthik Subramanian', array( 'ta' ) );
		$this->queue( $karthik );

		$html = $this->page_as( $karthik );
		$text = $this->text( $html );

		$this->assertSame( 1, substr_count( $text, 'You are number 1 in the queue for a mentor.' ), $text );
		$this->assertSame( 1, substr_count( $text, 'What happens next' ) );
		$this->assertSame( 1, substr_count( $html, 'name="do" value="find_mentor"' ), 'one "Look for a mentor again", not one per block' );
		$this->assertStringContainsString( 'You have been waiting since', $text );
		$this->assertStringContainsString( 'You are waiting for a mentor: see where you stand', $text, 'the button points to it' );
		$this->assertStringNotContainsString( '>Your mentor</h2>', $html, 'no "Your mentor" heading for someone who has none' );
		$this->assertStringContainsString( '>Waiting for a mentor</h2>', $html );
	}

	public function test_someone_without_a_mentor_asks_from_one_place_on_the_page(): void {
		$this->mentor( 'Anna Schmidt' );
		$lucas = $this->mentee( 'Lucas Oliveira' );

		$html = $this->page_as( $lucas );

		$this->assertSame( 1, substr_count( $html, 'name="do" value="find_mentor"' ) );
		$this->assertStringContainsString( '>Get a mentor</h2>', $html );
		$this->assertStringNotContainsString( '>Your mentor</h2>', $html );
	}

	public function test_an_offer_from_a_mentor_is_the_first_thing_a_waiting_mentee_sees(): void {
		// Offers go only to people in the mentor's own waiting list: Lucía speaks Tamil, like Lucas.
		$lucia = $this->mentor( 'Lucía Fernández', 2, 'available', null, array( 'en', 'ta' ) );
		$lucas = $this->mentee( 'Lucas Oliveira', array( 'ta' ) );
		$this->queue( $lucas );
		$this->request(
			array(
				'type'   => 'mentor_offer',
				'mentee' => $lucas,
			),
			$lucia
		);

		$text = $this->text( $this->render_as( $lucas, 'my-mentorship' ) );

		$offer = strpos( $text, 'Lucía Fernández offered on' );
		$queue = strpos( $text, 'You are number 1 in the queue' );
		$this->assertIsInt( $offer );
		$this->assertIsInt( $queue );
		$this->assertLessThan( $queue, $offer, 'the offer comes before the place in the queue' );
		$this->assertStringStartsWith( 'A mentor for you A mentor offers to mentor you', $text );
	}

	public function test_a_mentee_sees_that_their_mentor_is_away_until_when_and_who_covers(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$grace = $this->mentor( 'Grace Miller' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$match = $this->match( $jonas, $anna );
		( new MatchService() )->set_backup( $match, $grace, 1 );
		$this->rest(
			'PATCH',
			'/wayfinder/v1/profiles/me',
			array(
				'mentor' => array(
					'status'     => 'away',
					'away_until' => gmdate( 'Y-m-d', strtotime( '+10 days' ) ),
				),
			),
			$anna
		);

		$text = $this->text( $this->render_as( $jonas, 'my-mentorship' ) );

		$this->assertStringContainsString( 'Anna Schmidt is away until ' . date_i18n( (string) get_option( 'date_format' ), (int) strtotime( '+10 days' ) ) . '.', $text );
		$this->assertStringContainsString( 'Meanwhile Grace Miller, your backup mentor, covers for them', $text );
	}

	public function test_an_away_mentor_without_a_backup_is_shown_with_whom_to_ask(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$this->match( $jonas, $anna );
		$this->rest( 'PATCH', '/wayfinder/v1/profiles/me', array( 'mentor' => array( 'status' => 'away' ) ), $anna );

		$text = $this->text( $this->render_as( $jonas, 'my-mentorship' ) );

		$this->assertStringContainsString( 'Anna Schmidt is away at the moment. Nobody covers for them meanwhile; if you need help before they are back, ask a mentoring coordinator.', $text );
	}

	public function test_ending_a_match_chooses_no_reason_and_says_what_follows_before_confirming(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$match = $this->match( $jonas, $anna );

		$html = $this->render_as( $anna, 'my-mentorship' );

		$this->assertSame( 1, preg_match( '#<details class="wayfinder-end" id="wayfinder-end-' . $match . '">.*?</details>#s', $html, $form ) );
		$this->assertStringNotContainsString( 'checked', $form[0], 'no reason is chosen for them' );
		$this->assertMatchesRegularExpression( '#<input type="radio" name="reason" value="mentor_quit" required#', $form[0] );
		$text = $this->text( $form[0] );
		$this->assertStringContainsString( 'Jonas Weber will get a new mentor: we look for one at once, or Jonas Weber gets a place in the queue.', $text );
		$this->assertStringContainsString( 'Yes, end my mentorship with Jonas Weber now, with what follows from the reason I chose.', $text );
	}

	public function test_ending_without_a_reason_changes_nothing_and_says_why(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$match = $this->match( $jonas, $anna );
		wp_set_current_user( $anna );

		PageForms::perform(
			array(
				'do'          => 'end_match',
				'id'          => (string) $match,
				'place'       => 'my-mentorship',
				'confirm'     => '1',
				'redirect_to' => home_url( '/mentorship/' ),
				'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( 'end_match', $match ) ),
			)
		);

		$this->assertSame( 'active', ( new MatchService() )->find( $match )['status'] );
		$this->assertSame( 'Nothing has changed: choose why the mentorship ends, then confirm.', Flash::take( $anna, 'my-mentorship' )['message'] );
	}

	public function test_a_mentor_can_pass_on_a_waiting_mentee_with_or_without_javascript_and_never_decline_them(): void {
		$lucia = $this->mentor( 'Lucía Fernández' );
		$lucas = $this->mentee( 'Lucas Oliveira' );
		$this->queue( $lucas );

		$html = $this->render_as( $lucia, 'my-mentorship' );

		$fields = $this->form_fields( $html, 'pass', $lucas );
		$this->assertSame( PageForms::ADMIN_POST, $fields['action'] );
		$this->assertSame( 1, wp_verify_nonce( $fields['_wpnonce'], PageForms::nonce_action( 'pass', $lucas ) ) );
		$this->assertStringContainsString( 'wayfinder\\/v1\\/mentees\\/waiting\\/' . $lucas . '\\/pass', $html, 'with JavaScript: the same REST call' );
		$this->assertMatchesRegularExpression( '#<button[^>]*aria-describedby="[^"]*-waiting-' . $lucas . '"[^>]*>Pass</button>#', $html );
		$this->assertStringNotContainsString( 'name="do" value="decline_request"', $html, 'a waiting mentee is never declined' );
		$this->assertSame( 'requests', \Wayfinder\Platform\PageForms::action( 'offer' )?->route, 'the table names each call once' );
		$this->assertSame( 'mentees/waiting/%d/pass', \Wayfinder\Platform\PageForms::action( 'pass' )?->route );
	}
}
