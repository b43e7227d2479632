<?php
/**
 * The coordinators' award routes: the list (filters, search, pages, reasons in words), awarding by
 * hand and revoking (with the refusals a person can act on), and the e-mails the person gets.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Badges;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Awarding;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Badges\BadgeRules;
use Wayfinder\Tests\Integration\TestCase;

final class AwardsRoutesTest extends TestCase {

	private function badge( string $name, string $rule, string $status = 'publish' ): Badge {
		$id = wp_insert_post(
			array(
				'post_type'    => BadgePostType::POST_TYPE,
				'post_status'  => $status,
				'post_title'   => $name,
				'post_excerpt' => 'Did something worth recognising.',
				'meta_input'   => array( BadgePostType::RULE => $rule ),
			),
			true
		);
		$this->assertIsInt( $id );
		return BadgePostType::find( $id );
	}

	private function person( string $login, string $name ): int {
		$id = $this->make_user( 'subscriber', $login );
		wp_update_user(
			array(
				'ID'           => $id,
				'display_name' => $name,
			)
		);
		return $id;
	}

	public function test_a_coordinator_awards_by_hand_with_evidence_and_the_person_is_told_once(): void {
		$grace  = $this->make_user( 'wayfinder_coordinator', 'grace' );
		$mei    = $this->person( 'mei', 'Mei Chen' );
		$helper = $this->badge( 'Community helper', Badge::BY_HAND );

		$made = $this->rest(
			'POST',
			'/wayfinder/v1/awards',
			array(
				'badge'    => $helper->id,
				'user'     => $mei,
				'evidence' => 'Ran the Polyglots translation sprint.',
			),
			$grace
		);
		$this->assertSame( 201, $made->get_status(), (string) wp_json_encode( $made->get_data() ) );
		$row = $made->get_data();
		$this->assertSame( $helper->id, $row['badge']['id'] );
		$this->assertSame( 'Community helper', $row['badge']['name'] );
		$this->assertStringEndsWith( '/assets/badges/by-hand.png', $row['badge']['image'] );
		$this->assertSame(
			array(
				'id'   => $mei,
				'name' => 'Mei Chen',
			),
			$row['person']
		);
		$this->assertSame( 'By hand: Ran the Polyglots translation sprint.', $row['reason'] );
		$this->assertSame( 'grace', $row['awarded_by'] );
		$this->assertTrue( $row['shown'] );
		$this->assertNull( $row['revoked_at'] );

		$this->assertCount( 1, $this->sent_mail );
		$this->assertSame( 'mei@example.org', $this->sent_mail[0]['to'] );
		$this->assertSame( 'You earned the Community helper badge', $this->sent_mail[0]['subject'] );
		$this->assertStringContainsString( 'Why: By hand: Ran the Polyglots translation sprint.', $this->sent_mail[0]['message'] );
		$this->assertStringContainsString( 'download your certificate', $this->sent_mail[0]['message'] );

		$again = $this->rest(
			'POST',
			'/wayfinder/v1/awards',
			array(
				'badge'    => $helper->id,
				'user'     => $mei,
				'evidence' => 'Again.',
			),
			$grace
		);
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( 'This person already has the Community helper badge.', $again->get_data()['message'] );
		$this->assertCount( 1, $this->sent_mail, 'told once' );
	}

	public function test_refusals_say_what_to_do(): void {
		$grace = $this->make_user( 'wayfinder_coordinator', 'grace' );
		$mei   = $this->person( 'mei', 'Mei Chen' );
		$badge = $this->badge( 'Mentor', Badge::MENTOR );
		$draft = $this->badge( 'Draft badge', Badge::BY_HAND, 'draft' );
		$post  = fn ( array $params ) => $this->rest( 'POST', '/wayfinder/v1/awards', $params, $grace );

		$no_evidence = $post(
			array(
				'badge'    => $badge->id,
				'user'     => $mei,
				'evidence' => '  ',
			)
		);
		$this->assertSame( 400, $no_evidence->get_status() );
		$this->assertStringStartsWith( 'Say what the person did', $no_evidence->get_data()['message'] );
		$nobody = $post(
			array(
				'badge'    => $badge->id,
				'user'     => 999999,
				'evidence' => 'Helped.',
			)
		);
		$this->assertSame( 404, $nobody->get_status() );
		$this->assertSame( 'That person has no account on this site.', $nobody->get_data()['message'] );
		$no_badge = $post(
			array(
				'badge'    => 999999,
				'user'     => $mei,
				'evidence' => 'Helped.',
			)
		);
		$this->assertSame( 404, $no_badge->get_status() );
		$this->assertStringStartsWith( 'There is no such badge.', $no_badge->get_data()['message'] );
		$unpublished = $post(
			array(
				'badge'    => $draft->id,
				'user'     => $mei,
				'evidence' => 'Helped.',
			)
		);
		$this->assertSame( 409, $unpublished->get_status() );
		$this->assertSame( 'Publish the badge before awarding it.', $unpublished->get_data()['message'] );

		$missing = $this->rest( 'POST', '/wayfinder/v1/awards/999999/revoke', array( 'reason' => 'Mistake.' ), $grace );
		$this->assertSame( 404, $missing->get_status() );
		$this->assertStringStartsWith( 'There is no such award.', $missing->get_data()['message'] );
		$this->assertSame( array(), $this->sent_mail );
	}

	public function test_revoking_needs_a_reason_happens_once_and_tells_the_person_why(): void {
		$grace           = $this->make_user( 'wayfinder_coordinator', 'grace' );
		$mei             = $this->person( 'mei', 'Mei Chen' );
		$badge           = $this->badge( 'Graduate', Badge::GRADUATE );
		$award           = ( new Awarding( new AwardRepository() ) )->earn( $badge, $mei, Award::FOR_COHORT, $this->insert_cohort( array(), 'Spring 2026' ), time() );
		$this->sent_mail = array();

		$no_reason = $this->rest( 'POST', "/wayfinder/v1/awards/{$award->id}/revoke", array( 'reason' => '' ), $grace );
		$this->assertSame( 400, $no_reason->get_status() );
		$this->assertStringStartsWith( 'Give the reason for revoking', $no_reason->get_data()['message'] );

		$revoked = $this->rest( 'POST', "/wayfinder/v1/awards/{$award->id}/revoke", array( 'reason' => 'The contribution was not theirs.' ), $grace );
		$this->assertSame( 200, $revoked->get_status() );
		$row = $revoked->get_data();
		$this->assertNotNull( $row['revoked_at'] );
		$this->assertSame( 'The contribution was not theirs.', $row['revoke_reason'] );
		$this->assertSame( 'grace', $row['revoked_by'] );
		$this->assertSame( 'Graduated from Spring 2026', $row['reason'] );
		$this->assertCount( 1, $this->sent_mail );
		$this->assertSame( 'Your Graduate badge was revoked', $this->sent_mail[0]['subject'] );
		$this->assertStringContainsString( 'The reason: The contribution was not theirs.', $this->sent_mail[0]['message'] );

		$twice = $this->rest( 'POST', "/wayfinder/v1/awards/{$award->id}/revoke", array( 'reason' => 'Again.' ), $grace );
		$this->assertSame( 409, $twice->get_status() );
		$this->assertSame( 'This award was already revoked.', $twice->get_data()['message'] );
		$this->assertCount( 1, $this->sent_mail );
	}

	public function test_the_list_filters_searches_and_pages_with_reasons_in_words(): void {
		$grace = $this->make_user( 'wayfinder_coordinator', 'grace' );
		$mei   = $this->person( 'mei', 'Mei Chen' );
		$tom   = $this->person( 'tom', 'Tom Okafor' );
		( new \WP_User( $mei ) )->set_role( 'wayfinder_mentor' );
		$mentor   = $this->badge( 'Mentor', Badge::MENTOR );
		$mentee   = $this->badge( 'Mentee', Badge::MENTEE );
		$awarding = new Awarding( new AwardRepository() );
		$match    = ( new \Wayfinder\Mentorship\MatchService() )->start( $tom, $mei, 'coordinator', $grace, 'active' );
		$this->assertIsInt( $match );
		$first  = $awarding->earn( $mentor, $mei, Award::FOR_MATCH, $match, time() - 100 );
		$second = $awarding->earn( $mentee, $tom, Award::FOR_MATCH, $match, time() - 50 );
		$third  = $awarding->award_by_hand( $mentee, $mei, 'Finished a mentorship elsewhere.', $grace, time() );
		$awarding->revoke( $second, 'Mistake.', $grace, time() );

		$all = $this->rest( 'GET', '/wayfinder/v1/awards', array(), $grace );
		$this->assertSame( 200, $all->get_status() );
		$this->assertSame( '3', $all->get_headers()['X-WP-Total'] );
		$this->assertSame( array( $third->id, $second->id, $first->id ), array_column( $all->get_data(), 'id' ), 'newest first' );
		$by_id = array_column( $all->get_data(), null, 'id' );
		$this->assertSame( 'Completed the mentorship with Tom Okafor', $by_id[ $first->id ]['reason'] );
		$this->assertSame( 'Completed the mentorship with Mei Chen', $by_id[ $second->id ]['reason'] );
		$this->assertSame( '', $by_id[ $first->id ]['awarded_by'], 'a rule awarded it' );

		$ids = fn ( array $params ): array => array_column( $this->rest( 'GET', '/wayfinder/v1/awards', $params, $grace )->get_data(), 'id' );
		$this->assertSame( array( $second->id ), $ids( array( 'status' => 'revoked' ) ) );
		$this->assertSame( array( $third->id, $first->id ), $ids( array( 'status' => 'standing' ) ) );
		$this->assertSame( array( $third->id, $second->id ), $ids( array( 'badge' => $mentee->id ) ) );
		$this->assertSame( array( $second->id ), $ids( array( 'user' => $tom ) ) );
		$this->assertSame( array( $third->id, $first->id ), $ids( array( 'search' => 'chen' ) ) );
		$this->assertSame( array(), $ids( array( 'search' => 'nobody%' ) ) );
		$page = $this->rest(
			'GET',
			'/wayfinder/v1/awards',
			array(
				'per_page' => 2,
				'page'     => 2,
			),
			$grace
		);
		$this->assertSame( array( $first->id ), array_column( $page->get_data(), 'id' ) );
		$this->assertSame( '2', $page->get_headers()['X-WP-TotalPages'] );
	}

	public function test_quiet_awards_email_nobody(): void {
		$mei   = $this->person( 'mei', 'Mei Chen' );
		$badge = $this->badge( 'Mentee', Badge::MENTEE );
		BadgeRules::quietly( static fn () => ( new Awarding( new AwardRepository() ) )->earn( $badge, $mei, Award::FOR_MATCH, 1, time() ) );
		$this->assertCount( 1, ( new AwardRepository() )->of_user( $mei ) );
		$this->assertSame( array(), $this->sent_mail );
		$this->assertFalse( BadgeRules::is_quiet() );
	}
}
