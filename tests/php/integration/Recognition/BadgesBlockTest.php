<?php
/**
 * Where everyone sees badges: the Badges block (only the awards that stand and that the person shows,
 * in public words, escaped, linked to their verification; an empty state), on author archives after
 * the title, and on the mentor card and in the directory — one query for a whole listing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Recognition;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Badge;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\Schema;
use Wayfinder\Recognition\BadgesBlock;
use Wayfinder\Tests\Integration\Directory\DirectoryFixtures;
use Wayfinder\Tests\Integration\TestCase;

final class BadgesBlockTest extends TestCase {

	use DirectoryFixtures;
	use RecognitionFixtures;

	protected function tearDown(): void { // phpcs:ignore WordPress.NamingConventions.ValidFunctionName.MethodNameInvalid -- PHPUnit's name.
		global $wp_query, $wp_the_query;
		$wp_query     = new \WP_Query(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- back to no query.
		$wp_the_query = $wp_query; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- as above.
		BadgesBlock::reset();
		$_GET                   = array();
		$_SERVER['REQUEST_URI'] = '/';
		parent::tearDown();
	}

	/** @param array<string, mixed> $attributes */
	private function block( array $attributes ): string {
		return do_blocks( '<!-- wp:wayfinder/badges ' . ( array() === $attributes ? '' : wp_json_encode( $attributes ) . ' ' ) . '/-->' );
	}

	public function test_the_block_shows_only_the_awards_that_stand_and_that_the_person_shows(): void {
		$person = $this->named( 'Mei Chen' );
		$shown  = $this->by_hand( $this->badge( 'Translation day host' ), $person, 'Hosted the translation day in Taipei.' );
		$this->hidden( $this->by_hand( $this->badge( 'Quiet badge' ), $person ) );
		$this->revoked( $this->by_hand( $this->badge( 'Taken back badge' ), $person ) );
		$uuid = $this->credential( $shown );

		$html = $this->block( array( 'userId' => $person ) );

		$this->assertStringContainsString( 'Badges of Mei Chen', $html );
		$this->assertStringContainsString( 'Translation day host', $html );
		$this->assertStringContainsString( 'Awarded by a coordinator: Hosted the translation day in Taipei.', $html, 'by hand, the evidence is the reason' );
		$this->assertStringNotContainsString( 'Quiet badge', $html, 'hidden by the person' );
		$this->assertStringNotContainsString( 'Taken back badge', $html, 'revoked' );
		$this->assertStringContainsString( 'alt="Translation day host"', $html );
		$this->assertStringContainsString( 'credential=' . $uuid, $html, 'the badge links to its verification' );
		$this->assertStringContainsString( '<ul class="wayfinder-badges" role="list"', $html );
	}

	public function test_the_public_words_never_name_the_other_person(): void {
		$mentor = $this->named( 'Ada Mentor', 'wayfinder_mentor' );
		$mentee = $this->named( 'Mei Mentee' );
		$match  = ( new MatchService() )->start( $mentee, $mentor, 'coordinator', 0 );
		$this->assertIsInt( $match );
		$this->earned( $this->badge( 'Mentor', Badge::MENTOR ), $mentor, Award::FOR_MATCH, $match );

		$html = $this->block( array( 'userId' => $mentor ) );
		$this->assertStringContainsString( 'For mentoring someone to a completed mentorship.', $html );
		$this->assertStringNotContainsString( 'Mei Mentee', $html );
	}

	public function test_everything_is_escaped(): void {
		$person = $this->named( 'Lin <b>Bold</b>' );
		$this->by_hand( $this->badge( 'Badge <script>alert(1)</script>' ), $person, 'Did <img src=x onerror=alert(2)> things.' );

		$html = $this->block( array( 'userId' => $person ) );
		$this->assertStringNotContainsString( '<script>alert(1)', $html );
		$this->assertStringNotContainsString( '<img src=x', $html );
		$this->assertStringNotContainsString( '<b>Bold</b>', $html );
		$this->assertStringContainsString( 'Awarded by a coordinator: Did &lt;img src=x onerror=alert(2)&gt; things.', $html );
	}

	public function test_a_person_without_badges_to_show_gets_the_empty_state(): void {
		$person = $this->named( 'Noor Newcomer' );
		$this->hidden( $this->by_hand( $this->badge( 'Hidden one' ), $person ) );

		$html = $this->block( array( 'userId' => $person ) );
		$this->assertStringContainsString( 'Noor Newcomer has no badges to show yet.', $html );
		$this->assertStringNotContainsString( '<ul class="wayfinder-badges"', $html );
	}

	public function test_without_a_person_the_block_shows_the_post_authors_badges(): void {
		$author = $this->named( 'Rosa Author', 'author' );
		$this->by_hand( $this->badge( 'Writer' ), $author );
		$post = wp_insert_post(
			array(
				'post_type'    => 'post',
				'post_status'  => 'publish',
				'post_title'   => 'About me',
				'post_author'  => $author,
				'post_content' => '<!-- wp:wayfinder/badges /-->',
			),
			true
		);
		$this->assertIsInt( $post );
		$this->visit( array( 'p' => $post ) );

		$html = $this->block( array() );
		$this->assertStringContainsString( 'Badges of Rosa Author', $html );
		$this->assertStringContainsString( 'Writer', $html );
	}

	public function test_an_author_archive_shows_the_authors_badges_after_its_title_once(): void {
		$author = $this->named( 'Kofi Contributor', 'author' );
		$this->by_hand( $this->badge( 'Polyglots contributor' ), $author );
		$this->visit( array( 'author' => $author ) );
		$this->assertTrue( is_author() );

		$title = '<!-- wp:query-title {"type":"archive"} /-->';
		$html  = do_blocks( $title );
		$this->assertStringContainsString( 'Kofi Contributor', $html );
		$this->assertStringContainsString( 'Polyglots contributor', $html );
		$this->assertStringContainsString( 'wp-block-wayfinder-badges', $html );
		$this->assertStringNotContainsString( 'wp-block-wayfinder-badges', do_blocks( $title ), 'once a page' );
	}

	public function test_the_mentor_card_and_the_directory_show_each_mentors_badges_from_one_query(): void {
		$mentors = array();
		foreach ( array( 'Ana', 'Bo', 'Chen', 'Dee' ) as $n => $name ) {
			$mentors[ $name ] = $this->person( $name );
			$this->by_hand( $this->badge( $name . '’s badge' ), $mentors[ $name ] );
			if ( 0 === $n ) {
				$this->hidden( $this->by_hand( $this->badge( 'Ana’s hidden badge' ), $mentors[ $name ] ) );
			}
		}

		$card = $this->render( 'wayfinder/mentor-card', array( 'mentorId' => $mentors['Bo'] ) );
		$this->assertStringContainsString( 'Bo’s badge', $card );
		$this->assertStringContainsString( 'aria-label="Badges"', $card );
		$this->assertStringNotContainsString( 'Ana’s badge', $card );

		global $wpdb;
		$award_queries = 0;
		$count         = static function ( string $query ) use ( &$award_queries ): string {
			if ( str_contains( $query, Schema::badge_awards_table() ) ) {
				++$award_queries;
			}
			return $query;
		};
		add_filter( 'query', $count );
		$directory = $this->render( 'wayfinder/mentor-directory', array( 'perPage' => 12 ) );
		remove_filter( 'query', $count );

		foreach ( array( 'Ana', 'Bo', 'Chen', 'Dee' ) as $name ) {
			$this->assertStringContainsString( $name . '’s badge', $directory );
		}
		$this->assertStringNotContainsString( 'Ana’s hidden badge', $directory );
		$this->assertSame( 1, $award_queries, 'every card’s badges come from one query: ' . $wpdb->last_query );
	}

	/** @param array<string, mixed> $query */
	private function visit( array $query ): void {
		global $wp_query, $wp_the_query;
		$wp_query     = new \WP_Query( $query ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the test visits a page.
		$wp_the_query = $wp_query; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- as above.
		if ( $wp_query->have_posts() ) {
			$wp_query->the_post();
		}
	}
}
