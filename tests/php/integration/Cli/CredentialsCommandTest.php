<?php
/**
 * `wp wayfinder credentials list|revoke`, run for real: awards with their certificates, filtered;
 * revoking goes through Awarding, so the certificate is revoked too.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Awarding;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Credentials\CredentialRepository;

final class CredentialsCommandTest extends CliTestCase {

	/** @return array<string, int> */
	public static function two_awards(): array {
		$badge    = wp_insert_post(
			array(
				'post_type'    => BadgePostType::POST_TYPE,
				'post_status'  => 'publish',
				'post_title'   => 'Helping hand',
				'post_excerpt' => 'Helped others.',
				'meta_input'   => array(
					BadgePostType::RULE     => Badge::BY_HAND,
					BadgePostType::CRITERIA => 'Helped another contributor.',
				),
			),
			true
		);
		$awarding = new Awarding( new AwardRepository() );
		$ada      = self::person( 'ada', 'subscriber', 'Ada Lovelace' );
		$bob      = self::person( 'bob', 'subscriber', 'Bob Builder' );
		$given    = $awarding->award_by_hand( BadgePostType::find( (int) $badge ), $ada, 'Reviewed twelve patches.', 1, time() - HOUR_IN_SECONDS );
		$revoked  = $awarding->award_by_hand( BadgePostType::find( (int) $badge ), $bob, 'By mistake.', 1, time() - HOUR_IN_SECONDS );
		$awarding->revoke( $revoked, 'Given to the wrong person.', 1, time() );
		return array(
			'ada'     => $ada,
			'award'   => $given->id,
			'revoked' => $revoked->id,
		);
	}

	/**
	 * @param array<string, int> $given
	 * @return array<string, mixed>
	 */
	public static function the_award( array $given ): array {
		$award = ( new AwardRepository() )->find( $given['award'] );
		return array(
			'revoked_at'  => $award->revoked_at,
			'reason'      => $award->revoke_reason,
			'certificate' => null !== ( new CredentialRepository() )->current_for_award( $given['award'] ),
		);
	}

	public function test_the_list_shows_each_award_with_why_and_its_certificate(): void {
		$run = $this->wp( array( 'wayfinder', 'credentials', 'list', '--format=json' ), 'two_awards' );
		$this->assertSame( 0, $run->code, $run->output() );
		$rows = array_column( (array) json_decode( $run->stdout, true ), null, 'award' );
		$this->assertCount( 2, $rows );
		$ada = $rows[ $run->given['award'] ];
		$this->assertSame( array( 'Ada Lovelace', 'Helping hand', 'Standing' ), array( $ada['person'], $ada['badge'], $ada['status'] ) );
		$this->assertStringContainsString( 'Reviewed twelve patches.', $ada['why'] );
		$this->assertMatchesRegularExpression( '/^[0-9a-f-]{36}$/', $ada['certificate'], 'a standing award has a signed certificate' );
		$this->assertStringStartsWith( 'Revoked on ', $rows[ $run->given['revoked'] ]['status'] );
		$this->assertStringEndsWith( ': Given to the wrong person.', $rows[ $run->given['revoked'] ]['status'] );
		$this->assertSame( '', $rows[ $run->given['revoked'] ]['certificate'] );
	}

	public function test_the_list_filters_by_person_and_status(): void {
		$run = $this->wp( array( 'wayfinder', 'credentials', 'list', '--person=bob', '--status=standing', '--format=csv' ), 'two_awards' );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertSame( "No awarded badges match.\n", $run->stdout );
		$ada = $this->wp( array( 'wayfinder', 'credentials', 'list', '--person=ada@example.org', '--format=csv' ), 'two_awards' );
		$this->assertSame( 2, substr_count( trim( $ada->stdout ), "\n" ) + 1, 'the header and Ada\'s award' );
		$this->assertStringContainsString( 'Ada Lovelace', $ada->stdout );
	}

	public function test_a_person_who_does_not_exist_is_refused(): void {
		$run = $this->wp( array( 'wayfinder', 'credentials', 'list', '--person=nobody-here' ) );
		$this->assertSame( 1, $run->code );
		$this->assertStringContainsString( 'There is no user "nobody-here" on this site.', $run->stderr );
	}

	public function test_revoking_an_award_revokes_its_certificate(): void {
		$run = $this->wp( array( 'wayfinder', 'credentials', 'revoke', '{award}', '--reason=Plagiarised evidence.' ), 'two_awards', 'the_award' );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertStringContainsString( 'Success: Revoked the Helping hand badge of Ada Lovelace.', $run->stdout );
		$this->assertNotNull( $run->after['revoked_at'] );
		$this->assertSame( 'Plagiarised evidence.', $run->after['reason'] );
		$this->assertFalse( $run->after['certificate'], 'AwardRevoked reached the certificates' );
	}

	public function test_revoking_is_refused_without_a_reason_twice_or_for_no_such_award(): void {
		$missing = $this->wp( array( 'wayfinder', 'credentials', 'revoke', '{award}' ), 'two_awards' );
		$this->assertSame( 1, $missing->code );
		$this->assertStringContainsString( 'missing --reason parameter', $missing->stderr );
		$blank = $this->wp( array( 'wayfinder', 'credentials', 'revoke', '{award}', '--reason= ' ), 'two_awards', 'the_award' );
		$this->assertSame( 1, $blank->code );
		$this->assertStringContainsString( 'Give the reason for revoking the badge', $blank->stderr );
		$this->assertNull( $blank->after['revoked_at'] );
		$twice = $this->wp( array( 'wayfinder', 'credentials', 'revoke', '{revoked}', '--reason=Again.' ), 'two_awards' );
		$this->assertSame( 1, $twice->code );
		$this->assertStringContainsString( 'This award was already revoked.', $twice->stderr );
		$none = $this->wp( array( 'wayfinder', 'credentials', 'revoke', '987654', '--reason=Gone.' ) );
		$this->assertStringContainsString( 'There is no award 987654.', $none->stderr );
	}
}
