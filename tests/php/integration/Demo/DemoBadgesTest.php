<?php
/**
 * The demo's badges: the mentors who log in and a graduate have real badges, every state of an award
 * shows (by a rule, by hand, revoked with a reason, hidden by the person), nobody is e-mailed, and
 * loading again adds nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Demo;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Demo\DemoContent;
use Wayfinder\Recognition\MentorBadges;
use Wayfinder\Recognition\MyBadgesSection;
use Wayfinder\Recognition\PublicBadges;
use Wayfinder\Tests\Integration\TestCase;

final class DemoBadgesTest extends TestCase {

	/** @return array<string, Award> The person's awards by badge name. */
	private function awards_of( string $login ): array {
		$by = array();
		foreach ( ( new AwardRepository() )->of_user( get_user_by( 'login', $login )->ID ) as $award ) {
			$by[ BadgePostType::find( $award->badge_id )->name ] = $award;
		}
		return $by;
	}

	private function count_awards(): int {
		global $wpdb;
		return (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . \Wayfinder\Platform\Schema::badge_awards_table() ); // phpcs:ignore WordPress.DB -- a test counts the table.
	}

	public function test_the_demo_shows_every_state_of_an_award_and_loading_again_adds_nothing(): void {
		DemoContent::load();
		$this->sent_mail = array_values( array_filter( $this->sent_mail, static fn ( array $mail ): bool => str_contains( (string) $mail['subject'], 'badge' ) ) );
		$this->assertSame( array(), $this->sent_mail, 'nobody is e-mailed about the demo\'s badges' );

		$anna = $this->awards_of( 'mentor-anna' );
		$this->assertArrayHasKey( 'Mentor', $anna, 'Jonas graduated with Anna as his mentor' );
		$this->assertArrayHasKey( 'Cohort facilitator', $anna );
		$this->assertSame( Award::FOR_COHORT, $anna['Cohort facilitator']->reason );
		$this->assertArrayHasKey( 'Mentor', $this->awards_of( 'mentor-kenji' ), 'Nadia and Tomás graduated in Kenji\'s group' );

		$nadia = $this->awards_of( 'mentee-nadia' );
		$this->assertArrayHasKey( 'Graduate', $nadia );
		$this->assertArrayHasKey( 'Polyglots contributor', $nadia );
		$this->assertSame( Award::BY_HAND, $nadia['Translation sprint host']->reason );
		$this->assertFalse( $nadia['Translation sprint host']->is_revoked() );

		$tomas = $this->awards_of( 'mentee-tomas' );
		$this->assertTrue( $tomas['Translation sprint host']->is_revoked() );
		$this->assertStringStartsWith( 'Awarded to the wrong person', $tomas['Translation sprint host']->revoke_reason );
		$hidden = array_filter( $tomas, static fn ( Award $award ): bool => ! $award->shown );
		$this->assertCount( 1, $hidden, 'Tomás hid one badge' );
		$this->assertArrayHasKey( 'Graduate', $this->awards_of( 'mentee-jonas' ) );
		$this->assertNotNull( BadgePostType::for_rule( Badge::FACILITATOR ) );

		// What people see of it: a mentor's badge on the card, and every state in My mentorship.
		$id   = static fn ( string $login ): int => (int) get_user_by( 'login', $login )->ID;
		$this->assertStringContainsString( 'Mentor', ( new MentorBadges( new PublicBadges() ) )->html( $id( 'mentor-kenji' ) ), 'a mentor\'s badge on the card' );
		$mine = ( new MyBadgesSection() )->html( $id( 'mentee-nadia' ) );
		$this->assertStringContainsString( 'Awarded by a coordinator: Hosted the French translation sprint', $mine );
		$this->assertStringContainsString( 'Hide from my profile', $mine );
		$his = ( new MyBadgesSection() )->html( $id( 'mentee-tomas' ) );
		$this->assertStringContainsString( 'Show on my profile', $his, 'Tomás hid one' );
		$this->assertStringContainsString( 'Awarded to the wrong person', $his, 'and his revoked one says why' );

		$count = $this->count_awards();
		DemoContent::load();
		$this->assertSame( $count, $this->count_awards() );
	}
}
