<?php
/**
 * The person's own badges: "Your badges and certificates" in My mentorship (their own awards only;
 * a revoked one with its reason and no downloads), GET /me/badges, POST /me/badges/<id> (their own
 * only) and the same choice without JavaScript, and the printable certificate (who may see it, what
 * it says).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Recognition;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Badge;
use Wayfinder\Credentials\CredentialLinks;
use Wayfinder\Credentials\CredentialRepository;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageForms;
use Wayfinder\Recognition\CertificatePage;
use Wayfinder\Recognition\MyBadgesSection;
use Wayfinder\Tests\Integration\TestCase;

final class MyBadgesTest extends TestCase {

	use RecognitionFixtures;

	public function test_the_section_lists_the_persons_own_awards_with_their_downloads(): void {
		$mei      = $this->named( 'Mei Chen' );
		$other    = $this->named( 'Someone Else' );
		$standing = $this->by_hand( $this->badge( 'Event host' ), $mei, 'Hosted a contributor day.' );
		$uuid     = $this->credential( $standing );
		$this->revoked( $this->by_hand( $this->badge( 'Mistaken badge' ), $mei ), 'It was meant for someone else.' );
		$this->by_hand( $this->badge( 'Not Mei’s badge' ), $other );

		$html = ( new MyBadgesSection() )->html( $mei );

		$this->assertStringContainsString( 'Your badges and certificates', $html );
		$this->assertStringContainsString( 'Event host', $html );
		$this->assertStringContainsString( 'Awarded by a coordinator: Hosted a contributor day.', $html );
		$this->assertStringNotContainsString( 'Not Mei’s badge', $html, 'only their own' );
		$this->assertStringContainsString( 'Credential (JWT)', $html );
		$this->assertStringContainsString( 'Credential (JSON)', $html );
		$this->assertStringContainsString( 'Badge image with the credential inside', $html );
		$this->assertStringContainsString( esc_url( CredentialLinks::certificate( $standing->id ) ), $html );
		$this->assertStringContainsString( 'Print the certificate', $html );
		$this->assertStringContainsString( 'credential=' . $uuid, $html, 'Verify, once a credential exists' );
		$this->assertStringContainsString( 'Hide from my profile', $html );
		$this->assertStringContainsString( 'name="do" value="' . MyBadgesSection::ACTION . '"', $html, 'the choice works without JavaScript' );

		$this->assertStringContainsString( 'Mistaken badge', $html );
		$this->assertStringContainsString( 'It was meant for someone else.', $html );
		$this->assertSame( 1, substr_count( $html, 'wayfinder-my-badge__links' ), 'links only for the standing award' );
		$this->assertSame( 1, substr_count( $html, 'Print the certificate' ) );
		$this->assertSame( 3, substr_count( $html, '" download aria-describedby' ), 'three downloads' );
		$this->assertSame( 1, substr_count( $html, 'Hide from my profile' ), 'no choice for the revoked one' );
	}

	public function test_with_no_badges_the_section_says_how_they_are_earned(): void {
		$html = ( new MyBadgesSection() )->html( $this->named( 'New Person' ) );
		$this->assertStringContainsString( 'You have no badges yet.', $html );
		$this->assertStringContainsString( 'graduating from a cohort with a verified contribution', $html );
	}

	public function test_the_person_reads_why_with_the_other_persons_name(): void {
		$mentor = $this->named( 'Ada Mentor', 'wayfinder_mentor' );
		$mentee = $this->named( 'Mei Mentee' );
		$match  = ( new MatchService() )->start( $mentee, $mentor, 'coordinator', 0 );
		$this->assertIsInt( $match );
		$this->earned( $this->badge( 'Mentor', Badge::MENTOR ), $mentor, Award::FOR_MATCH, $match );
		$this->earned( $this->badge( 'Mentee', Badge::MENTEE ), $mentee, Award::FOR_MATCH, $match );

		$this->assertStringContainsString( 'For mentoring Mei Mentee to a completed mentorship.', ( new MyBadgesSection() )->html( $mentor ) );
		$this->assertStringContainsString( 'For completing a mentorship with Ada Mentor.', ( new MyBadgesSection() )->html( $mentee ) );
	}

	public function test_the_routes_give_and_change_only_the_persons_own_awards(): void {
		$mei   = $this->named( 'Mei Chen' );
		$other = $this->named( 'Someone Else' );
		$award = $this->by_hand( $this->badge( 'Event host' ), $mei );

		$mine = $this->rest( 'GET', '/wayfinder/v1/me/badges', array(), $mei );
		$this->assertSame( 200, $mine->get_status() );
		$this->assertSame( array( $award->id ), array_column( $mine->get_data(), 'id' ) );
		$item = $mine->get_data()[0];
		$this->assertTrue( $item['shown'] );
		$this->assertFalse( $item['revoked'] );
		$this->assertSame( array( 'jwt', 'json', 'png' ), array_keys( $item['downloads'] ) );
		$this->assertSame( CredentialLinks::certificate( $award->id ), $item['certificate'] );
		$this->assertSame( array(), $this->rest( 'GET', '/wayfinder/v1/me/badges', array(), $other )->get_data() );
		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/me/badges' )->get_status() );

		$refused = $this->rest( 'POST', '/wayfinder/v1/me/badges/' . $award->id, array( 'shown' => false ), $other );
		$this->assertSame( 404, $refused->get_status() );
		$this->assertTrue( ( new AwardRepository() )->find( $award->id )->shown, 'someone else cannot hide it' );

		$hidden = $this->rest( 'POST', '/wayfinder/v1/me/badges/' . $award->id, array( 'shown' => false ), $mei );
		$this->assertSame( 200, $hidden->get_status() );
		$this->assertFalse( $hidden->get_data()['shown'] );
		$this->assertSame( 'Your Event host badge is now hidden from your profile.', $hidden->get_data()['message'] );
		$this->assertFalse( ( new AwardRepository() )->find( $award->id )->shown );
		$this->assertSame( array(), ( new AwardRepository() )->shown_of_users( array( $mei ) ) );

		$revoked = $this->revoked( $award );
		$this->assertSame( 409, $this->rest( 'POST', '/wayfinder/v1/me/badges/' . $revoked->id, array( 'shown' => true ), $mei )->get_status() );
		$this->assertSame( '', $this->rest( 'GET', '/wayfinder/v1/me/badges', array(), $mei )->get_data()[0]['certificate'], 'no downloads once revoked' );
	}

	public function test_the_choice_works_without_javascript_for_the_person_only(): void {
		$mei   = $this->named( 'Mei Chen' );
		$other = $this->named( 'Someone Else' );
		$award = $this->by_hand( $this->badge( 'Event host' ), $mei );
		$post  = fn ( int $user ): array => array(
			'do'          => MyBadgesSection::ACTION,
			'id'          => (string) $award->id,
			'place'       => 'my-mentorship',
			'redirect_to' => home_url( '/my-mentorship/' ),
			'anchor'      => MyBadgesSection::ANCHOR,
			'shown'       => '0',
			'_wpnonce'    => ( static function () use ( $user, $award ): string {
				wp_set_current_user( $user );
				return wp_create_nonce( PageForms::nonce_action( MyBadgesSection::ACTION, $award->id ) );
			} )(),
		);

		$fields = $post( $other );
		$this->assertIsString( PageForms::perform( $fields ) );
		$this->assertTrue( ( new AwardRepository() )->find( $award->id )->shown, 'not theirs to hide' );
		$this->assertSame( 'error', Flash::take( $other, 'my-mentorship' )['type'] ?? '' );

		$fields = $post( $mei );
		$back   = PageForms::perform( $fields );
		$this->assertSame( home_url( '/my-mentorship/' ) . '#' . MyBadgesSection::ANCHOR, $back );
		$this->assertFalse( ( new AwardRepository() )->find( $award->id )->shown );
		$notice = Flash::take( $mei, 'my-mentorship' );
		$this->assertSame( 'Your Event host badge is now hidden from your profile.', $notice['message'] ?? '' );
	}

	public function test_the_certificate_is_for_the_person_and_coordinators(): void {
		$mei         = $this->named( 'Mei Chen' );
		$other       = $this->named( 'Someone Else' );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$award       = $this->by_hand( $this->badge( 'Event host' ), $mei );
		$page        = new CertificatePage();

		$signed_out = $page->respond( $award->id, 0 );
		$this->assertSame( wp_login_url( CredentialLinks::certificate( $award->id ) ), $signed_out['redirect'] ?? '' );
		$this->assertSame( 404, $page->respond( $award->id, $other )['status'] );
		$this->assertStringContainsString( 'There is no certificate at this address that you can see.', $page->respond( $award->id, $other )['html'] );
		$this->assertStringNotContainsString( 'Mei Chen', $page->respond( $award->id, $other )['html'] );
		$this->assertSame( 404, $page->respond( 999999, $mei )['status'] );
		$this->assertSame( 200, $page->respond( $award->id, $mei )['status'] );
		$this->assertSame( 200, $page->respond( $award->id, $coordinator )['status'] );
	}

	public function test_the_certificate_says_who_earned_what_where_and_when_and_how_to_verify(): void {
		update_option( 'blogname', 'Make Community' );
		update_option( 'date_format', 'F j, Y' );
		$mei    = $this->named( 'Mei Chen' );
		$cohort = $this->insert_cohort( array(), 'Spring 2026' );
		$badge  = $this->badge( 'Graduate', Badge::GRADUATE, 'Graduated from a Wayfinder cohort with a verified contribution.' );
		// An award from before credentials existed (straight into the table, no event): none issued yet.
		$award = ( new AwardRepository() )->add( $badge->id, $mei, Award::FOR_COHORT, $cohort, '', 0, (int) strtotime( '2026-05-20 12:00:00 UTC' ) );
		$this->assertNotNull( $award );
		$this->assertNull( ( new CredentialRepository() )->current_for_award( $award->id ) );
		$asked = array();
		$count = static function ( int $award_id ) use ( &$asked ): void {
			$asked[] = $award_id;
		};
		add_action( CertificatePage::ISSUE, $count, 1 );

		$html = ( new CertificatePage() )->respond( $award->id, $mei )['html'];

		$this->assertSame( array( $award->id ), $asked, 'asks Credentials to issue the missing credential' );
		$issued = ( new CredentialRepository() )->current_for_award( $award->id );
		$this->assertNotNull( $issued, 'and Credentials issued it' );
		$this->assertStringContainsString( 'credential=' . $issued->uuid, $html, 'its verification link is on the certificate' );
		$this->assertStringContainsString( '<!DOCTYPE html>', $html );
		$this->assertStringContainsString( 'Make Community', $html );
		$this->assertStringContainsString( '>Certificate<', $html );
		$this->assertStringContainsString( 'Mei Chen', $html );
		$this->assertStringContainsString( '<h2>Graduate</h2>', $html );
		$this->assertStringContainsString( 'Graduated from a Wayfinder cohort with a verified contribution.', $html );
		$this->assertStringContainsString( 'For graduating from the Spring 2026 cohort.', $html );
		$this->assertStringContainsString( '<dd>Spring 2026</dd>', $html );
		$this->assertStringContainsString( 'May 20, 2026', $html );
		$this->assertMatchesRegularExpression( '/data-wayfinder-qr="[^"]*credential=[0-9a-f-]{36}"/', $html, 'the QR code holds the verification link' );
		$this->assertMatchesRegularExpression( '/<a href="[^"]*credential=[0-9a-f-]{36}">/', $html, 'and the link is there as text' );
		$this->assertStringContainsString( '@media print', $html );
		$this->assertStringContainsString( 'data-wayfinder-print hidden', $html, 'the Print button shows only with JavaScript' );

		$again = ( new CertificatePage() )->respond( $award->id, $mei )['html'];
		remove_action( CertificatePage::ISSUE, $count, 1 );
		$this->assertCount( 1, $asked, 'a credential that exists is not issued again' );
		$this->assertStringContainsString( 'credential=' . $issued->uuid, $again );
	}

	public function test_a_revoked_awards_certificate_says_so_and_everything_is_escaped(): void {
		$mei   = $this->named( 'Mei <i>Chen</i>' );
		$badge = $this->badge( 'Host <script>x()</script>' );
		$award = $this->by_hand( $badge, $mei );
		$html  = ( new CertificatePage() )->respond( $award->id, $mei )['html'];
		$this->assertStringNotContainsString( '<script>x()', $html );
		$this->assertStringNotContainsString( '<i>Chen</i>', $html );
		$this->assertStringContainsString( 'credential=', $html, 'issued on award: its link is there' );

		// When no credential could be issued (none on file, and issuing did nothing), it says so.
		$bare = ( new AwardRepository() )->add( $badge->id, $this->named( 'Ana Lima' ), Award::BY_HAND, 0, 'Ran the translation day.', 0, 1_780_000_000 );
		$this->assertNotNull( $bare );
		global $wp_filter;
		$handlers = $wp_filter[ CertificatePage::ISSUE ] ?? null;
		remove_all_actions( CertificatePage::ISSUE );
		try {
			$unissued = ( new CertificatePage() )->respond( $bare->id, $bare->user_id )['html'];
		} finally {
			if ( null !== $handlers ) {
				$wp_filter[ CertificatePage::ISSUE ] = $handlers; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the test puts back what it took away.
			}
		}
		$this->assertStringContainsString( 'The certificate’s own verification link appears here', $unissued );

		$this->revoked( $award, 'Given by mistake.' );
		$revoked = ( new CertificatePage() )->respond( $award->id, $mei )['html'];
		$this->assertStringContainsString( 'This badge was revoked on', $revoked );
		$this->assertStringContainsString( 'Given by mistake.', $revoked );
		$this->assertStringNotContainsString( 'data-wayfinder-qr', $revoked );
	}
}
