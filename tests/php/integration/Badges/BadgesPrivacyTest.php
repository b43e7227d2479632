<?php
/**
 * A person's badges and certificates in WordPress's own export and erase requests: the export names the
 * badge and says why in words, holds the certificate and no one else's award; erasing deletes the
 * person's awards and certificates (which then read revoked), and keeps what they awarded others with
 * their name taken off.
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
use Wayfinder\Credentials\CredentialRepository;
use Wayfinder\Credentials\Verifier;
use Wayfinder\Tests\Integration\TestCase;

final class BadgesPrivacyTest extends TestCase {

	private function badge( string $name, string $rule ): Badge {
		$id = wp_insert_post(
			array(
				'post_type'    => BadgePostType::POST_TYPE,
				'post_status'  => 'publish',
				'post_title'   => $name,
				'post_excerpt' => 'Did something worth recognising.',
				'meta_input'   => array( BadgePostType::RULE => $rule ),
			),
			true
		);
		$this->assertIsInt( $id );
		return BadgePostType::find( $id );
	}

	private function by_hand( Badge $badge, int $person, string $evidence, int $coordinator ): Award {
		$award = ( new Awarding( new AwardRepository() ) )->award_by_hand( $badge, $person, $evidence, $coordinator, time() - 60 );
		$this->assertInstanceOf( Award::class, $award );
		return $award;
	}

	public function test_the_export_names_the_badge_says_why_and_holds_the_certificate_but_no_one_elses(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator', 'grace' );
		$mei         = $this->make_user( 'subscriber', 'mei' );
		$omar        = $this->make_user( 'subscriber', 'omar' );
		$host        = $this->badge( 'Sprint host', Badge::BY_HAND );
		$award       = $this->by_hand( $host, $mei, 'Hosted the Hindi translation sprint.', $coordinator );
		$this->by_hand( $host, $omar, 'Omar’s own sprint in Cairo.', $coordinator );
		$credential = ( new CredentialRepository() )->current_for_award( $award->id );
		$this->assertNotNull( $credential, 'the award was issued as a certificate' );

		$groups = $this->export_personal_data( $mei );
		$this->assertArrayHasKey( 'wayfinder-badge_awards', $groups );
		$this->assertCount( 1, $groups['wayfinder-badge_awards'] );
		$row = array_values( $groups['wayfinder-badge_awards'] )[0];
		$this->assertSame( 'Sprint host', $row['Badge'], 'the badge by its name, not its number' );
		$this->assertSame( 'By hand: Hosted the Hindi translation sprint.', $row['Earned for'], 'why, in words' );
		$this->assertSame( 'Hosted the Hindi translation sprint.', $row['Evidence'] );
		$this->assertSame( 'Yes', $row['Shown on the profile'] );

		$this->assertArrayHasKey( 'wayfinder-credentials', $groups );
		$certificate = array_values( $groups['wayfinder-credentials'] )[0];
		$this->assertSame( $credential->uuid, $certificate['Certificate ID'] );
		$this->assertSame( 'Sprint host', $certificate['Badge award'] );

		$everything = (string) wp_json_encode( $groups );
		$this->assertStringNotContainsString( 'Cairo', $everything, 'another person’s award is not in it' );
	}

	public function test_erasing_a_person_deletes_their_awards_and_certificates_and_keeps_what_they_awarded_others(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator', 'grace' );
		$mei         = $this->make_user( 'subscriber', 'mei' );
		$host        = $this->badge( 'Sprint host', Badge::BY_HAND );
		$hers        = $this->by_hand( $host, $mei, 'Hosted the Hindi translation sprint.', $coordinator );
		$token       = ( new CredentialRepository() )->current_for_award( $hers->id )->token;
		$this->assertTrue( ( new Verifier() )->verify( $token, time() )['verdict'], 'valid before the erasure' );
		// The coordinator holds a badge too, and awarded Mei hers.
		$theirs = $this->by_hand( $this->badge( 'Organiser', Badge::BY_HAND ), $coordinator, 'Ran the program.', $mei );

		$this->erase_personal_data( $mei );

		$this->assertSame( array(), ( new AwardRepository() )->of_user( $mei ), 'her awards are gone' );
		$this->assertNull( ( new CredentialRepository() )->current_for_award( $hers->id ), 'and her certificates' );
		$checked = ( new Verifier() )->verify( $token, time() );
		$this->assertFalse( $checked['verdict'], 'a copy of her certificate no longer verifies' );
		$status = array_values( array_filter( $checked['checks'], static fn ( array $check ): bool => 'status' === $check['check'] ) );
		$this->assertFalse( $status[0]['passed'], 'the status list reads it revoked' );
		$kept = ( new AwardRepository() )->find( $theirs->id );
		$this->assertNotNull( $kept, 'an award she gave someone else stays theirs' );
		$this->assertSame( 0, $kept->awarded_by, 'without her name on it' );

		$this->erase_personal_data( $mei );
		$this->assertNotNull( ( new AwardRepository() )->find( $theirs->id ), 'erasing twice changes nothing more' );
	}
}
