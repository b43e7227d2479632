<?php
/**
 * Badges, awards and credentials for the Recognition tests, made through the services.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Recognition;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Awarding;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Credentials\CredentialRepository;

trait RecognitionFixtures {

	protected function badge( string $name, string $rule = Badge::BY_HAND, string $description = 'Recognises what someone did.' ): Badge {
		$id = wp_insert_post(
			array(
				'post_type'    => BadgePostType::POST_TYPE,
				'post_status'  => 'publish',
				'post_title'   => $name,
				'post_excerpt' => $description,
				'meta_input'   => array(
					BadgePostType::RULE     => $rule,
					BadgePostType::CRITERIA => 'Did the thing, verified.',
				),
			),
			true
		);
		$this->assertIsInt( $id );
		$badge = BadgePostType::find( $id );
		$this->assertNotNull( $badge );
		return $badge;
	}

	protected function awarding(): Awarding {
		return new Awarding( new AwardRepository() );
	}

	protected function by_hand( Badge $badge, int $user_id, string $evidence = 'Ran the translation day.', int $now = 1_780_000_000 ): Award {
		$coordinator = $this->make_user( 'administrator' );
		$award       = $this->awarding()->award_by_hand( $badge, $user_id, $evidence, $coordinator, $now );
		$this->assertInstanceOf( Award::class, $award );
		return $award;
	}

	protected function earned( Badge $badge, int $user_id, string $reason, int $object_id, int $now = 1_780_000_000 ): Award {
		$award = $this->awarding()->earn( $badge, $user_id, $reason, $object_id, $now );
		$this->assertNotNull( $award );
		return $award;
	}

	protected function revoked( Award $award, string $reason = 'Awarded by mistake.' ): Award {
		$revoked = $this->awarding()->revoke( $award, $reason, $this->make_user( 'administrator' ), 1_780_100_000 );
		$this->assertInstanceOf( Award::class, $revoked );
		return $revoked;
	}

	protected function hidden( Award $award ): Award {
		return $this->awarding()->choose_shown( $award, false );
	}

	/** The credential Credentials issued on the award: its UUID. */
	protected function credential( Award $award ): string {
		$credential = ( new CredentialRepository() )->current_for_award( $award->id );
		$this->assertNotNull( $credential, 'a credential is issued on award' );
		return $credential->uuid;
	}

	/** A person with a display name. */
	protected function named( string $name, string $role = 'subscriber' ): int {
		$id = $this->make_user( $role );
		wp_update_user(
			array(
				'ID'           => $id,
				'display_name' => $name,
			)
		);
		return $id;
	}
}
