<?php
/**
 * The rules of awarding: a rule awards a published badge once (and never again once revoked); by
 * hand needs evidence and gives a revoked award back; revoking needs a reason and happens once; the
 * person's choice of showing it; each change told by its event.
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
use Wayfinder\Badges\Events\AwardRevoked;
use Wayfinder\Badges\Events\BadgeAwarded;
use Wayfinder\Tests\Integration\TestCase;

final class AwardingTest extends TestCase {

	private function make_badge( string $rule, string $status = 'publish' ): Badge {
		$id = wp_insert_post(
			array(
				'post_type'    => BadgePostType::POST_TYPE,
				'post_status'  => $status,
				'post_title'   => 'Mentor',
				'post_excerpt' => 'Guided a newcomer to their first contribution.',
				'meta_input'   => array(
					BadgePostType::RULE     => $rule,
					BadgePostType::CRITERIA => 'Mentored someone through to a completed mentorship.',
				),
			),
			true
		);
		$this->assertIsInt( $id );
		$badge = BadgePostType::find( $id );
		$this->assertNotNull( $badge );
		return $badge;
	}

	/** @return list<string> The events told, as "hook:award id". */
	private function listen(): \ArrayObject {
		$told = new \ArrayObject();
		add_action( BadgeAwarded::HOOK, static fn ( BadgeAwarded $e ) => $told->append( 'awarded:' . $e->award->id . ':' . $e->actor_id ) );
		add_action( AwardRevoked::HOOK, static fn ( AwardRevoked $e ) => $told->append( 'revoked:' . $e->award->id ) );
		return $told;
	}

	public function test_a_rule_awards_once_and_never_again_after_a_revocation(): void {
		$badge    = $this->make_badge( Badge::MENTOR );
		$mentor   = $this->make_user( 'subscriber', 'ada' );
		$awarding = new Awarding( new AwardRepository() );
		$told     = $this->listen();

		$award = $awarding->earn( $badge, $mentor, Award::FOR_MATCH, 41, 1_700_000_000 );
		$this->assertNotNull( $award );
		$this->assertSame( Award::FOR_MATCH, $award->reason );
		$this->assertSame( 41, $award->object_id );
		$this->assertSame( 0, $award->awarded_by );
		$this->assertTrue( $award->shown );
		$this->assertNull( $awarding->earn( $badge, $mentor, Award::FOR_MATCH, 42, 1_700_000_100 ), 'a second mentorship does not award it twice' );

		$coordinator = $this->make_user( 'administrator', 'grace' );
		$revoked     = $awarding->revoke( $award, 'Awarded by mistake.', $coordinator, 1_700_000_200 );
		$this->assertInstanceOf( Award::class, $revoked );
		$this->assertTrue( $revoked->is_revoked() );
		$this->assertSame( 'Awarded by mistake.', $revoked->revoke_reason );
		$this->assertNull( $awarding->earn( $badge, $mentor, Award::FOR_MATCH, 43, 1_700_000_300 ), 'a rule never gives back what a coordinator revoked' );
		$this->assertSame( array( 'awarded:' . $award->id . ':0', 'revoked:' . $award->id ), $told->getArrayCopy() );
	}

	public function test_a_draft_badge_is_not_awarded_by_its_rule(): void {
		$badge = $this->make_badge( Badge::GRADUATE, 'draft' );
		$this->assertNull( ( new Awarding( new AwardRepository() ) )->earn( $badge, $this->make_user( 'subscriber', 'lin' ), Award::FOR_COHORT, 7, 1_700_000_000 ) );
	}

	public function test_by_hand_needs_evidence_refuses_a_second_and_gives_a_revoked_award_back(): void {
		$badge       = $this->make_badge( Badge::BY_HAND );
		$person      = $this->make_user( 'subscriber', 'mei' );
		$coordinator = $this->make_user( 'administrator', 'grace' );
		$awarding    = new Awarding( new AwardRepository() );
		$told        = $this->listen();

		$none = $awarding->award_by_hand( $badge, $person, '   ', $coordinator, 1_700_000_000 );
		$this->assertInstanceOf( \WP_Error::class, $none );
		$this->assertSame( 400, $none->get_error_data()['status'] );

		$award = $awarding->award_by_hand( $badge, $person, 'Ran the translation sprint in March.', $coordinator, 1_700_000_000 );
		$this->assertInstanceOf( Award::class, $award );
		$this->assertSame( $coordinator, $award->awarded_by );
		$this->assertSame( Award::BY_HAND, $award->reason );

		$again = $awarding->award_by_hand( $badge, $person, 'Again.', $coordinator, 1_700_000_100 );
		$this->assertInstanceOf( \WP_Error::class, $again );
		$this->assertSame( 409, $again->get_error_data()['status'] );

		$this->assertInstanceOf( Award::class, $awarding->revoke( $award, 'Wrong person.', $coordinator, 1_700_000_200 ) );
		$twice = $awarding->revoke( $award, 'Wrong person.', $coordinator, 1_700_000_300 );
		$this->assertInstanceOf( \WP_Error::class, $twice );
		$this->assertSame( 409, $twice->get_error_data()['status'] );

		$back = $awarding->award_by_hand( $badge, $person, 'It was her after all.', $coordinator, 1_700_000_400 );
		$this->assertInstanceOf( Award::class, $back );
		$this->assertSame( $award->id, $back->id, 'one award per badge and person' );
		$this->assertFalse( $back->is_revoked() );
		$this->assertSame( 'It was her after all.', $back->evidence );
		$this->assertSame( gmdate( 'Y-m-d H:i:s', 1_700_000_400 ), $back->awarded_at );
		$this->assertSame( array( 'awarded:' . $award->id . ':' . $coordinator, 'revoked:' . $award->id, 'awarded:' . $award->id . ':' . $coordinator ), $told->getArrayCopy() );
	}

	public function test_revoking_needs_a_reason_and_the_person_chooses_what_shows(): void {
		$badge    = $this->make_badge( Badge::MENTEE );
		$person   = $this->make_user( 'subscriber', 'tamil' );
		$awarding = new Awarding( new AwardRepository() );
		$award    = $awarding->earn( $badge, $person, Award::FOR_MATCH, 5, 1_700_000_000 );
		$this->assertNotNull( $award );

		$refused = $awarding->revoke( $award, '', $this->make_user( 'administrator', 'grace' ), 1_700_000_100 );
		$this->assertInstanceOf( \WP_Error::class, $refused );
		$this->assertSame( 400, $refused->get_error_data()['status'] );
		$this->assertFalse( ( new AwardRepository() )->find( $award->id )->is_revoked(), 'nothing changed' );

		$hidden = $awarding->choose_shown( $award, false );
		$this->assertFalse( $hidden->shown );
		$this->assertSame( array(), ( new AwardRepository() )->shown_of_users( array( $person ) ) );
		$this->assertTrue( $awarding->choose_shown( $hidden, true )->shown );
		$this->assertCount( 1, ( new AwardRepository() )->shown_of_users( array( $person ) )[ $person ] );
	}
}
