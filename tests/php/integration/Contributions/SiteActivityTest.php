<?php
/**
 * Contributions from this site's activity: a published post, an approved comment (approved at once or
 * later) and an edit of a handbook page are recorded for people in the program, unverified, with their
 * source key — seen twice, recorded once — and never for people outside the program.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Contributions;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Contributions\SiteActivity;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class SiteActivityTest extends TestCase {

	private int $ana;

	private int $outsider;

	protected function setUp(): void {
		parent::setUp();
		$this->ana = $this->make_user( 'author', 'ana' );
		( new ProfileRepository() )->save( new Profile( $this->ana, 'Europe/Berlin', array( 'en' ), array( 'docs' ), array(), array( array( 2, '18:00', '20:00' ) ), '', 2 ) );
		$this->outsider = $this->make_user( 'author', 'outsider' );
		register_post_type(
			'team_handbook',
			array(
				'public'   => true,
				'supports' => array( 'title', 'editor', 'author', 'revisions' ),
			)
		);
	}

	protected function tearDown(): void {
		unregister_post_type( 'team_handbook' );
		parent::tearDown();
	}

	/** @return list<Contribution> */
	private function of( int $user ): array {
		return ( new ContributionRepository() )->of_user( $user );
	}

	private function publish( int $author, string $type = 'post', array $more = array() ): int {
		$id = wp_insert_post(
			$more + array(
				'post_type'    => $type,
				'post_status'  => 'publish',
				'post_title'   => 'How to translate a plugin',
				'post_content' => 'Steps.',
				'post_author'  => $author,
			),
			true
		);
		$this->assertIsInt( $id );
		return $id;
	}

	public function test_a_published_post_is_recorded_once_with_its_team_and_kind(): void {
		$category = wp_insert_term( 'Polyglots', 'category', array( 'slug' => 'polyglots' ) );
		$this->assertIsArray( $category );
		$id   = $this->publish( $this->ana, 'post', array( 'post_category' => array( (int) $category['term_id'] ) ) );
		$made = $this->of( $this->ana );
		$this->assertCount( 1, $made );
		$this->assertSame( 'site:post:' . $id, $made[0]->source_key );
		$this->assertSame( Contribution::SITE, $made[0]->source );
		$this->assertSame( Contribution::UNVERIFIED, $made[0]->status );
		$this->assertSame( 'polyglots', $made[0]->team );
		$this->assertSame( Contribution::TRANSLATION, $made[0]->kind );
		$this->assertStringContainsString( 'How to translate a plugin', $made[0]->summary );

		// Unpublished and published again: still once.
		wp_update_post(
			array(
				'ID'          => $id,
				'post_status' => 'draft',
			)
		);
		wp_update_post(
			array(
				'ID'          => $id,
				'post_status' => 'publish',
			)
		);
		$this->assertCount( 1, $this->of( $this->ana ) );
	}

	public function test_without_a_team_category_the_sites_team_else_none(): void {
		$this->publish( $this->ana );
		$this->assertSame( '', $this->of( $this->ana )[0]->team );
		$this->assertSame( Contribution::OTHER, $this->of( $this->ana )[0]->kind );
		update_option( SiteActivity::SITE_TEAM, 'training' );
		$this->publish( $this->ana, 'page', array( 'post_title' => 'A lesson plan' ) );
		$page = $this->of( $this->ana )[0];
		$this->assertSame( 'training', $page->team );
		$this->assertSame( Contribution::TRAINING, $page->kind );
	}

	public function test_an_approved_comment_is_recorded_at_once_or_when_approved(): void {
		$post  = $this->publish( $this->outsider );
		$first = wp_insert_comment(
			array(
				'comment_post_ID'  => $post,
				'user_id'          => $this->ana,
				'comment_content'  => 'Try clearing the cache.',
				'comment_approved' => 1,
			)
		);
		// wp_insert_comment does not fire comment_post; wp_new_comment does. Fire what core fires.
		do_action( 'comment_post', $first, 1, array() ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's hook.
		$this->assertSame( array( 'site:comment:' . $first ), array_map( static fn ( Contribution $c ): string => $c->source_key, $this->of( $this->ana ) ) );
		$this->assertSame( Contribution::SUPPORT, $this->of( $this->ana )[0]->kind );

		$held = wp_insert_comment(
			array(
				'comment_post_ID'  => $post,
				'user_id'          => $this->ana,
				'comment_content'  => 'Held for moderation.',
				'comment_approved' => 0,
			)
		);
		do_action( 'comment_post', $held, 0, array() ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's hook.
		$this->assertCount( 1, $this->of( $this->ana ), 'not approved yet' );
		wp_set_comment_status( $held, 'approve' );
		$this->assertCount( 2, $this->of( $this->ana ) );
		wp_set_comment_status( $held, 'hold' );
		wp_set_comment_status( $held, 'approve' );
		$this->assertCount( 2, $this->of( $this->ana ), 'approved twice: recorded once' );
	}

	public function test_a_handbook_edit_is_documentation_once_per_page_and_day(): void {
		$page = $this->publish(
			$this->outsider,
			'team_handbook',
			array(
				'post_title'    => 'Getting started',
				'post_date_gmt' => '2026-01-05 10:00:00',
				'post_date'     => '2026-01-05 10:00:00',
			)
		);
		wp_set_current_user( $this->ana );
		wp_update_post(
			array(
				'ID'           => $page,
				'post_content' => 'Steps, better.',
			)
		);
		wp_update_post(
			array(
				'ID'           => $page,
				'post_content' => 'Steps, better still.',
			)
		);
		$made = $this->of( $this->ana );
		$this->assertCount( 1, $made, 'two edits on one day: once' );
		$this->assertSame( Contribution::DOCUMENTATION, $made[0]->kind );
		$this->assertSame( 'site:edit:' . $page . ':' . wp_date( 'Y-m-d' ), $made[0]->source_key );
		$this->assertStringContainsString( 'Getting started', $made[0]->summary );
	}

	public function test_nothing_is_recorded_for_people_outside_the_program(): void {
		$post = $this->publish( $this->outsider );
		$id   = wp_insert_comment(
			array(
				'comment_post_ID'  => $post,
				'user_id'          => $this->outsider,
				'comment_content'  => 'Hi.',
				'comment_approved' => 1,
			)
		);
		do_action( 'comment_post', $id, 1, array() ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's hook.
		$this->assertSame( array(), $this->of( $this->outsider ) );
		// A draft is no contribution either.
		$this->publish( $this->ana, 'post', array( 'post_status' => 'draft' ) );
		$this->assertSame( array(), $this->of( $this->ana ) );
	}

	public function test_a_cohort_place_is_taking_part_too(): void {
		update_user_meta( $this->outsider, \Wayfinder\Cohorts\CohortMemberRepository::IN_A_COHORT, 1 );
		$this->publish( $this->outsider );
		$this->assertCount( 1, $this->of( $this->outsider ) );
	}
}
