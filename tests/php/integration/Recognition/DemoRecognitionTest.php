<?php
/**
 * The demo's badges: every state the Recognition part shows (standing and shown, hidden, revoked; a
 * mentor's badge on the card), and loading again adds nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Recognition;

use Wayfinder\Badges\AwardRepository;
use Wayfinder\Demo\DemoContent;
use Wayfinder\Recognition\MentorBadges;
use Wayfinder\Recognition\MyBadgesSection;
use Wayfinder\Recognition\PublicBadges;
use Wayfinder\Tests\Integration\TestCase;

final class DemoRecognitionTest extends TestCase {

	public function test_the_demo_shows_every_state_and_loading_again_adds_nothing(): void {
		DemoContent::load();
		$user   = static fn ( string $login ): int => (int) get_user_by( 'login', $login )->ID;
		$awards = new AwardRepository();
		$count  = static fn (): int => array_sum( array_map( static fn ( string $login ): int => count( $awards->of_user( $user( $login ) ) ), array( 'mentee-nadia', 'mentee-tomas', 'mentee-jonas', 'mentor-kenji' ) ) );
		$first  = $count();
		DemoContent::load();
		$this->assertSame( $first, $count(), 'loading again adds nothing' );

		$this->assertStringContainsString( 'Contributor day host', ( new MentorBadges( new PublicBadges() ) )->html( $user( 'mentor-kenji' ) ), 'a mentor’s badge on the card' );
		$nadia = ( new MyBadgesSection() )->html( $user( 'mentee-nadia' ) );
		$this->assertStringContainsString( 'Awarded by a coordinator: Hosted the Paris contributor day', $nadia );
		$this->assertStringContainsString( 'Hide from my profile', $nadia );
		$this->assertStringContainsString( 'Show on my profile', ( new MyBadgesSection() )->html( $user( 'mentee-tomas' ) ), 'Tomás hides one' );
		$this->assertStringContainsString( 'Given by mistake', ( new MyBadgesSection() )->html( $user( 'mentee-jonas' ) ), 'Jonas’s was revoked' );
	}
}
