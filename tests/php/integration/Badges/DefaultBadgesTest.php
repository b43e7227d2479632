<?php
/**
 * The default badges: seeded once (Mentor, Mentee, Graduate, Cohort facilitator and a contributor
 * badge per team, each with a picture and criteria in words), a team published later gets its badge,
 * and deleting all data removes them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Badges;

use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Badges\DefaultBadges;
use Wayfinder\Teams\TeamList;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Tests\Integration\TestCase;

final class DefaultBadgesTest extends TestCase {

	public function test_the_defaults_are_seeded_once_with_a_badge_per_team(): void {
		delete_option( DefaultBadges::SEEDED_OPTION );
		$ids = DefaultBadges::seed_once();
		$this->assertCount( 4 + count( TeamList::read() ), $ids );
		$this->assertSame( array(), DefaultBadges::seed_once(), 'once' );

		foreach ( array( Badge::MENTOR, Badge::MENTEE, Badge::GRADUATE, Badge::FACILITATOR ) as $rule ) {
			$badge = BadgePostType::for_rule( $rule );
			$this->assertNotNull( $badge, $rule );
			$this->assertTrue( $badge->is_published() );
			$this->assertNotSame( '', $badge->description );
			$this->assertNotSame( '', $badge->criteria );
			$this->assertFileExists( BadgePostType::image_file( $badge->id ) );
		}
		$this->assertStringContainsString( 'verified contribution', BadgePostType::for_rule( Badge::GRADUATE )->criteria );
		$polyglots = BadgePostType::for_rule( Badge::TEAM_CONTRIBUTOR, 'polyglots' );
		$this->assertSame( 'Polyglots contributor', $polyglots->name );
		$this->assertSame( 'polyglots', $polyglots->team );
		$this->assertStringContainsString( 'verified', $polyglots->criteria );
		$this->assertSame( BadgePostType::default_image_file( Badge::TEAM_CONTRIBUTOR ), BadgePostType::image_file( $polyglots->id ) );
	}

	public function test_every_default_picture_is_a_small_square_png_with_transparent_corners(): void {
		foreach ( Badge::RULES as $rule ) {
			$file = BadgePostType::default_image_file( $rule );
			$this->assertFileExists( $file );
			$this->assertLessThan( 40 * 1024, filesize( $file ), $rule );
			$size = getimagesize( $file );
			$this->assertSame( array( 256, 256, IMAGETYPE_PNG ), array( $size[0], $size[1], $size[2] ), $rule );
			$image = imagecreatefrompng( $file );
			$this->assertSame( 127, ( imagecolorat( $image, 0, 0 ) >> 24 ) & 0x7F, "$rule: a transparent corner" );
			$this->assertSame( 0, ( imagecolorat( $image, 128, 128 ) >> 24 ) & 0x7F, "$rule: an opaque middle" );
		}
	}

	public function test_a_team_published_later_gets_its_contributor_badge_once(): void {
		update_option( DefaultBadges::SEEDED_OPTION, 1 );
		$team = wp_insert_post(
			array(
				'post_type'   => TeamPostType::POST_TYPE,
				'post_status' => 'draft',
				'post_title'  => 'Hosting Ops',
				'post_name'   => 'hosting-ops',
			),
			true
		);
		$this->assertIsInt( $team );
		$this->assertNull( BadgePostType::for_rule( Badge::TEAM_CONTRIBUTOR, 'hosting-ops' ), 'not while a draft' );
		wp_publish_post( $team );
		$badge = BadgePostType::for_rule( Badge::TEAM_CONTRIBUTOR, 'hosting-ops' );
		$this->assertNotNull( $badge );
		$this->assertSame( 'Hosting Ops contributor', $badge->name );
		wp_update_post(
			array(
				'ID'          => $team,
				'post_status' => 'draft',
			)
		);
		wp_publish_post( $team );
		$this->assertSame( 0, DefaultBadges::team_badge( 'hosting-ops', 'Hosting Ops' ), 'the team has its badge already' );
	}

	public function test_deleting_all_data_removes_the_badges_and_the_mark(): void {
		delete_option( DefaultBadges::SEEDED_OPTION );
		DefaultBadges::seed_once();
		DefaultBadges::delete_all();
		$this->assertNull( BadgePostType::for_rule( Badge::MENTOR ) );
		$this->assertFalse( get_option( DefaultBadges::SEEDED_OPTION ) );
	}

	public function test_deleting_all_data_on_uninstall_deletes_the_badges_and_options_without_touching_the_dropped_awards_table(): void {
		delete_option( DefaultBadges::SEEDED_OPTION );
		DefaultBadges::seed_once();
		$mentor = $this->make_user( 'wayfinder_mentor', 'ada' );
		$award  = ( new \Wayfinder\Badges\Awarding( new \Wayfinder\Badges\AwardRepository() ) )->earn( BadgePostType::for_rule( Badge::MENTOR ), $mentor, \Wayfinder\Badges\Award::FOR_MATCH, 1, time() );
		$this->assertNotNull( $award );
		( new \Wayfinder\Badges\BadgeRules() )->start_backfill();

		// What Uninstaller::run() does after dropping the tables (here they stay, inside the test's transaction).
		do_action( \Wayfinder\Platform\Uninstaller::DELETE_DATA ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…

		$this->assertSame(
			array(),
			get_posts(
				array(
					'post_type'   => BadgePostType::POST_TYPE,
					'post_status' => 'any',
					'fields'      => 'ids',
				)
			)
		);
		$this->assertFalse( get_option( DefaultBadges::SEEDED_OPTION ) );
		$this->assertFalse( get_option( \Wayfinder\Badges\BadgeRules::BACKFILL ) );
		$this->assertNotNull( ( new \Wayfinder\Badges\AwardRepository() )->find( $award->id ), 'the awards table (dropped by then) is not written to' );
	}
}
