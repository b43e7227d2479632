<?php
/**
 * The Mentor directory block: who is listed, in which order, the filters as a GET form, paging
 * links, the empty state, and what never reaches the page.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MentorDirectoryTest extends TestCase {

	use DirectoryFixtures;

	private const BLOCK = 'wayfinder/mentor-directory';

	/**
	 * @param array<string, string> $query
	 * @param array<string, mixed>  $attributes
	 */
	private function directory( array $query = array(), int $as_user = 0, array $attributes = array() ): string {
		return $this->render( self::BLOCK, $attributes, $query, $as_user );
	}

	public function test_mentors_with_room_come_first_then_full_ones_then_those_away_and_retired_ones_and_mentees_are_not_listed(): void {
		$this->person(
			'Away Ava',
			array(
				'status'     => 'away',
				'away_until' => gmdate(
					'Y-m-d',
					strtotime( '+20 days' )
				),
			)
		);
		$full = $this->person( 'Full Fatima', array( 'capacity' => 1 ) );
		$this->give_mentees( $full, 1 );
		$busy = $this->person( 'Busy Bo', array( 'capacity' => 3 ) );
		$this->give_mentees( $busy, 1 );
		$this->person( 'Free Finn' );
		$this->person( 'Retired Rita', array( 'status' => 'retired' ) );
		$this->person( 'Mentee Mo', array(), 'subscriber' );
		$this->person( 'Reviewer Ray', array(), 'wayfinder_reviewer' );
		$coordinator = $this->person( 'Coordinator Cleo', array(), 'wayfinder_coordinator' );
		$this->give_mentees( $coordinator, 2 );
		$this->make_user( 'wayfinder_mentor' ); // A mentor without a profile yet.

		$html = $this->directory();

		$this->assertSame( array( 'Free Finn', 'Busy Bo', 'Coordinator Cleo', 'Full Fatima', 'Away Ava' ), self::names_in( $html ), 'room first (fewest mentees first), then full, then away' );
		$this->assertStringContainsString( 'Showing 1–5 of 5 mentors', $html );
		$this->assertStringNotContainsString( 'wayfinder-mentor-directory__pages', $html, 'one page: no page links' );
	}

	public function test_the_filters_are_a_get_form_that_works_without_javascript(): void {
		$this->person( 'Anna', array( 'languages' => array( 'de', 'en' ) ) );
		$this->person(
			'Priya',
			array(
				'languages' => array( 'hi', 'ta' ),
				'teams'     => array( 'polyglots' ),
			)
		);

		$html = $this->directory(
			array(
				'page_id'          => '7',
				'mentors_language' => 'ta',
			)
		);

		$this->assertMatchesRegularExpression( '#<form class="wayfinder-mentor-directory__filters" method="get" action="http://localhost/mentors/" role="search" aria-label="Filter mentors"#', $html );
		$this->assertStringContainsString( '<input type="hidden" name="page_id" value="7">', $html, 'other query arguments survive a submit' );
		foreach ( array( 'mentors_team', 'mentors_language', 'mentors_meets', 'mentors_tz', 'mentors_room' ) as $name ) {
			$this->assertStringContainsString( 'name="' . $name . '"', $html );
		}
		$this->assertMatchesRegularExpression( '#<label for="(wayfinder-mentor-directory-\d+-language)">Language</label>\s*<select id="\1" name="mentors_language">#', $html, 'every field has a label' );
		$this->assertMatchesRegularExpression( '#<option value="ta"\s+selected=\'selected\'>Tamil</option>#', $html, 'the language chosen stays chosen' );
		foreach ( array(
			'de' => 'German',
			'en' => 'English',
			'hi' => 'Hindi',
		) as $code => $name ) {
			$this->assertStringContainsString( '<option value="' . $code . '" >' . $name . '</option>', $html, 'the languages mentors speak' );
		}
		$this->assertStringContainsString( '<option value="polyglots" >Polyglots</option>', $html, 'the published teams' );
		$this->assertStringContainsString( 'Weekday evenings, 6:00 pm–11:00 pm', $html );
		$this->assertSame( array( 'Priya' ), self::names_in( $html ) );
		$this->assertMatchesRegularExpression( '#<a href="http://localhost/mentors/\?page_id=7" data-wp-on--click="actions.follow">Clear filters</a>#', $html );
	}

	public function test_each_filter_narrows_the_list(): void {
		$this->person(
			'Anna',
			array(
				'teams'        => array( 'core', 'test' ),
				'languages'    => array( 'de', 'en' ),
				'timezone'     => 'Europe/Berlin',
				'availability' => array(
					array(
						2,
						'18:00',
						'20:00',
					),
				),
			)
		);
		$this->person(
			'Priya',
			array(
				'teams'        => array( 'polyglots', 'docs' ),
				'languages'    => array( 'hi', 'en' ),
				'timezone'     => 'Asia/Kolkata',
				'availability' => array(
					array(
						6,
						'09:00',
						'12:00',
					),
				),
			)
		);
		$full = $this->person(
			'Kenji',
			array(
				'teams'        => array( 'core' ),
				'languages'    => array( 'ja' ),
				'timezone'     => 'Asia/Tokyo',
				'capacity'     => 1,
				'availability' => array(
					array(
						3,
						'07:00',
						'08:00',
					),
				),
			)
		);
		$this->give_mentees( $full, 1 );
		$this->person(
			'Pedro',
			array(
				'teams'        => array( 'core-test' ),
				'languages'    => array( 'pt-BR' ),
				'timezone'     => 'America/Sao_Paulo',
				'availability' => array(),
			)
		);

		$this->assertSame( array( 'Anna', 'Kenji' ), self::names_in( $this->directory( array( 'mentors_team' => 'core' ) ) ), 'a whole team slug, not a part of one' );
		$this->assertSame( array( 'Anna', 'Priya' ), self::names_in( $this->directory( array( 'mentors_language' => 'en' ) ) ) );
		$this->assertSame( array( 'Pedro' ), self::names_in( $this->directory( array( 'mentors_language' => 'pt-BR' ) ) ) );
		$this->assertSame( array( 'Anna', 'Priya', 'Pedro' ), self::names_in( $this->directory( array( 'mentors_room' => '1' ) ) ) );
		$this->assertSame(
			array( 'Anna' ),
			self::names_in(
				$this->directory(
					array(
						'mentors_team' => 'core',
						'mentors_room' => '1',
					)
				)
			)
		);

		// True whatever the season: Anna's Tuesday 18:00–20:00 in Berlin is 17:00–19:00 in London and
		// around noon in New York; Kenji's Wednesday 06:00 in Tokyo is Tuesday 21:00 or 22:00 in
		// London and late afternoon in New York; Priya's Saturday morning in Kolkata is a weekend.
		$evenings = array(
			'mentors_meets' => 'weekday-evenings',
			'mentors_tz'    => 'Europe/London',
		);
		$this->assertSame( array( 'Anna', 'Kenji' ), self::names_in( $this->directory( $evenings ) ) );
		$this->assertSame(
			array( 'Anna', 'Kenji' ),
			self::names_in(
				$this->directory(
					array(
						'mentors_tz'    => 'America/New_York',
						'mentors_meets' => 'weekday-afternoons',
					)
				)
			)
		);
		$mornings = $this->directory(
			array(
				'mentors_tz'    => 'America/New_York',
				'mentors_meets' => 'weekday-mornings',
			)
		);
		$this->assertSame( array(), self::names_in( $mornings ) );
		$this->assertStringContainsString( 'No mentor matches these filters.', $mornings );
		$this->assertSame(
			array( 'Priya' ),
			self::names_in(
				$this->directory(
					array(
						'mentors_tz'    => 'Asia/Kolkata',
						'mentors_meets' => 'weekends',
					)
				)
			)
		);
		$html = $this->directory( $evenings );
		$this->assertMatchesRegularExpression( '#<option value="weekday-evenings"\s+selected=\'selected\'>#', $html );
		$this->assertStringContainsString( '<span data-wp-text="context.tz">Europe/London</span>', $html, 'whose time the hours are in' );
	}

	public function test_malformed_query_arguments_are_ignored_rather_than_breaking_the_page(): void {
		$this->person( 'Anna' );
		$html = $this->directory(
			array(
				'mentors_team'     => 'Robert\'); DROP TABLE--',
				'mentors_language' => '<script>',
				'mentors_meets'    => 'midnight',
				'mentors_tz'       => 'Mars/Olympus',
				'mentors_page'     => '-3',
			)
		);
		$this->assertSame( array( 'Anna' ), self::names_in( $html ) );
		$this->assertStringNotContainsString( '<script>', $html );
		$this->assertStringContainsString( '<span data-wp-text="context.tz">UTC</span>', $html, 'the site’s time zone, not the one sent' );
	}

	public function test_pages_are_links_that_keep_the_filters(): void {
		foreach ( range( 1, 5 ) as $n ) {
			$this->person( 'Mentor ' . $n, array( 'teams' => array( 'docs' ) ) );
		}
		$this->person( 'Elsewhere', array( 'teams' => array( 'core' ) ) );

		$first = $this->directory( array( 'mentors_team' => 'docs' ), 0, array( 'perPage' => 2 ) );
		$this->assertSame( array( 'Mentor 1', 'Mentor 2' ), self::names_in( $first ) );
		$this->assertStringContainsString( 'Showing 1–2 of 5 mentors', $first );
		$this->assertMatchesRegularExpression( '#<nav class="wayfinder-mentor-directory__pages" aria-label="Pages of mentors">#', $first );
		$this->assertStringContainsString( '<a class="wayfinder-mentor-directory__next" rel="next" href="http://localhost/mentors/?mentors_team=docs&#038;mentors_page=2" data-wp-on--click="actions.follow">Next page</a>', $first );
		$this->assertStringNotContainsString( 'rel="prev"', $first );
		$this->assertMatchesRegularExpression( '#<a href="http://localhost/mentors/\?mentors_team=docs" aria-current="page"#', $first, 'the first page has no page argument' );

		$second = $this->directory(
			array(
				'mentors_team' => 'docs',
				'mentors_page' => '2',
			),
			0,
			array( 'perPage' => 2 )
		);
		$this->assertSame( array( 'Mentor 3', 'Mentor 4' ), self::names_in( $second ) );
		$this->assertStringContainsString( 'Showing 3–4 of 5 mentors', $second );
		$this->assertStringContainsString( 'rel="prev" href="http://localhost/mentors/?mentors_team=docs"', $second );

		$past = $this->directory(
			array(
				'mentors_team' => 'docs',
				'mentors_page' => '99',
			),
			0,
			array( 'perPage' => 2 )
		);
		$this->assertSame( array( 'Mentor 5' ), self::names_in( $past ), 'a page past the end shows the last one' );
		$this->assertStringContainsString( 'Showing 5–5 of 5 mentors', $past );
	}

	public function test_the_count_of_everyone_listed_is_kept_and_follows_retirements_roles_and_first_matches(): void {
		foreach ( range( 1, 3 ) as $n ) {
			$this->person( 'Mentor ' . $n );
		}
		$rita = $this->person( 'Rita' );
		$dan  = $this->person( 'Dan' );
		$of   = fn (): string => $this->directory( array(), 0, array( 'perPage' => 2 ) );
		$this->assertStringContainsString( 'Showing 1–2 of 5 mentors', $of() );

		$profile                = ( new ProfileRepository() )->find( $rita );
		$profile->mentor_status = 'retired';
		( new ProfileRepository() )->save( $profile );
		$this->assertStringContainsString( 'Showing 1–2 of 4 mentors', $of() );

		( new \WP_User( $dan ) )->set_role( 'subscriber' );
		$this->assertStringContainsString( 'Showing 1–2 of 3 mentors', $of() );

		// A mentor who never saved a profile has one once they take a first mentee.
		$this->assertIsInt( ( new MatchService() )->start( $this->make_user( 'subscriber' ), $this->make_user( 'wayfinder_mentor' ), 'coordinator', 0 ) );
		$this->assertStringContainsString( 'Showing 1–2 of 4 mentors', $of() );
	}

	public function test_many_pages_are_linked_with_gaps(): void {
		foreach ( range( 1, 12 ) as $n ) {
			$this->person( 'Mentor ' . $n );
		}
		$html = $this->directory( array( 'mentors_page' => '6' ), 0, array( 'perPage' => 1 ) );
		preg_match_all( '#<span class="screen-reader-text">Page</span>\s*(\d+)\s*</a>#', $html, $pages );
		$this->assertSame( array( '1', '4', '5', '6', '7', '8', '12' ), $pages[1] );
		$this->assertSame( 2, substr_count( $html, '<span aria-hidden="true">…</span>' ) );
	}

	public function test_the_empty_state_offers_to_ask_for_any_mentor_instead(): void {
		$this->person( 'Anna', array( 'teams' => array( 'core' ) ) );
		$filters = array(
			'mentors_team'     => 'polyglots',
			'mentors_language' => 'es',
		);

		$anonymous = $this->directory( $filters );
		$this->assertStringContainsString( 'No mentor matches these filters.', $anonymous );
		$this->assertStringContainsString( 'You can ask for any mentor instead', $anonymous );
		$this->assertMatchesRegularExpression( '#<a class="wp-element-button" href="[^"]*wp-login\.php\?redirect_to=[^"]*">Log in to ask for any mentor</a>#', $anonymous );
		$this->assertStringContainsString( 'Show every mentor', $anonymous );
		$this->assertStringNotContainsString( '_wpnonce', $anonymous );
		$this->assertStringNotContainsString( '<ul class="wayfinder-mentor-directory__cards"', $anonymous );

		$mentee = $this->make_user( 'subscriber' );
		$member = $this->directory( $filters, $mentee );
		$this->assertMatchesRegularExpression( '#<form method="post" action="[^"]*/wp-admin/admin-post\.php" data-wp-on--submit="actions\.askAny"#', $member );
		$this->assertStringContainsString( '<input type="hidden" name="mentor" value="0">', $member );
		$this->assertStringContainsString( '<input type="hidden" name="team" value="polyglots">', $member );
		$this->assertStringContainsString( '<input type="hidden" name="language" value="es">', $member );
		$this->assertStringContainsString( '>Ask for any mentor</button>', $member );

		$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $mentee ) );
		$this->assertStringContainsString( 'You are already waiting for a mentor', $this->directory( $filters, $mentee ) );

		$mentored = $this->make_user( 'subscriber' );
		$this->assertIsInt( ( new MatchService() )->start( $mentored, $this->person( 'Grace' ), 'auto', 0 ) );
		$this->assertStringContainsString( 'You already have a mentor.', $this->directory( $filters, $mentored ) );
	}

	public function test_with_no_mentor_at_all_the_directory_says_none_are_listed_yet(): void {
		$html = $this->directory();
		$this->assertStringContainsString( 'No mentors are listed yet.', $html );
		$this->assertStringNotContainsString( 'Show every mentor', $html );
	}

	public function test_after_asking_for_any_mentor_without_javascript_the_directory_says_how_it_went(): void {
		$this->person( 'Anna' );
		$mentee = $this->make_user( 'subscriber' );
		\Wayfinder\Platform\Flash::put( $mentee, \Wayfinder\Directory\RequestForm::PLACE_DIRECTORY, \Wayfinder\Directory\RequestForm::DO, 'success', 'You are in the queue for a mentor. Mentors and mentoring coordinators see your request, and you will hear by email.' );
		$html = $this->directory( array(), $mentee );
		$this->assertStringContainsString( '<p id="wayfinder-directory-notice" class="wayfinder-notice" role="status">You are in the queue for a mentor.', $html );
	}

	public function test_a_directory_fixed_to_a_team_lists_only_that_team_and_offers_no_team_filter(): void {
		$this->person( 'Anna', array( 'teams' => array( 'core' ) ) );
		$this->person( 'Priya', array( 'teams' => array( 'polyglots' ) ) );

		$html = $this->directory( array( 'mentors_team' => 'core' ), 0, array( 'team' => 'polyglots' ) );

		$this->assertSame( array( 'Priya' ), self::names_in( $html ) );
		$this->assertStringNotContainsString( 'name="mentors_team"', $html );
		$this->assertStringNotContainsString( 'Clear filters', $html, 'nothing the visitor chose' );
		$this->assertStringNotContainsString( '<form class="wayfinder-mentor-directory__filters"', $this->directory( array(), 0, array( 'showFilters' => false ) ) );
	}

	public function test_each_card_is_the_card_blocks_own_markup_and_a_page_costs_the_same_queries_however_many_cards(): void {
		global $wpdb;
		foreach ( range( 1, 3 ) as $n ) {
			$this->person( 'Mentor ' . $n );
		}
		$this->directory(); // Fills what is kept between requests (teams, languages).
		wp_cache_flush();
		$before = $wpdb->num_queries;
		$three  = $this->directory( array(), 0, array( 'perPage' => 3 ) );
		$few    = $wpdb->num_queries - $before;

		foreach ( range( 4, 12 ) as $n ) {
			$this->person( 'Mentor ' . $n );
		}
		$this->directory();
		wp_cache_flush();
		$before = $wpdb->num_queries;
		$twelve = $this->directory( array(), 0, array( 'perPage' => 12 ) );
		$many   = $wpdb->num_queries - $before;

		$this->assertCount( 3, self::names_in( $three ) );
		$this->assertCount( 12, self::names_in( $twelve ) );
		$this->assertSame( $few, $many, 'no query per card' );
		$this->assertLessThanOrEqual( 8, $many );
		$this->assertSame( 12, substr_count( $twelve, 'data-wp-interactive="wayfinder/mentor-card"' ) );
		$this->assertMatchesRegularExpression( '#<li data-wp-key="mentor-\d+">\s*<article id="wayfinder-mentor-\d+" class="wayfinder-mentor-card is-available wp-block-wayfinder-mentor-card"#', $twelve );
		$this->assertStringContainsString( '<h2 id="wayfinder-mentor-', $twelve, 'cards are the sections of the page' );
		$this->assertTrue( wp_style_is( 'wayfinder-mentor-card-style', 'enqueued' ), 'the card’s style comes with the directory' );
	}

	public function test_with_avatars_on_a_page_still_costs_the_same_queries_however_many_cards(): void {
		global $wpdb;
		$offline = has_filter( 'pre_option_show_avatars', '__return_zero' );
		remove_filter( 'pre_option_show_avatars', '__return_zero' ); // The offline test site switches them off.
		update_option( 'show_avatars', 1 );
		$count = function ( int $per_page ) use ( $wpdb ): int {
			$this->directory( array(), 0, array( 'perPage' => $per_page ) );
			wp_cache_flush();
			$before = $wpdb->num_queries;
			$html   = $this->directory( array(), 0, array( 'perPage' => $per_page ) );
			$this->assertSame( $per_page, preg_match_all( '#<img [^>]*srcset=[^>]*class=.avatar avatar-96#', $html ), 'an avatar on every card' );
			return $wpdb->num_queries - $before;
		};
		try {
			foreach ( range( 1, 8 ) as $n ) {
				$this->person( 'Mentor ' . $n );
			}
			$this->assertSame( $count( 2 ), $count( 8 ) );
		} finally {
			if ( false !== $offline ) {
				add_filter( 'pre_option_show_avatars', '__return_zero', (int) $offline );
			}
		}
	}

	public function test_the_directory_is_a_router_region_and_hands_no_nonce_to_anonymous_visitors(): void {
		$this->person( 'Anna' );
		$html = $this->directory();

		$this->assertMatchesRegularExpression( '#<div class="wayfinder-mentor-directory wp-block-wayfinder-mentor-directory" data-wp-router-region="wayfinder-mentor-directory-\d+" data-wp-interactive="wayfinder/mentor-directory" data-wp-init="callbacks.guessTimezone"#', $html );
		$this->assertStringContainsString( '&quot;tzGuess&quot;:true', str_replace( '"', '&quot;', $html ), 'the browser’s time zone for anonymous visitors' );
		$this->assertStringNotContainsString( '_wpnonce', $html );
		$this->assertArrayNotHasKey( 'nonce', wp_interactivity()->state( 'wayfinder/mentor-directory' ) );
		$this->assertArrayNotHasKey( 'nonce', wp_interactivity()->state( 'wayfinder/mentor-card' ) );

		$this->directory( array(), $this->make_user( 'subscriber' ) );
		$this->assertArrayHasKey( 'nonce', wp_interactivity()->state( 'wayfinder/mentor-directory' ) );
	}

	public function test_no_email_address_or_private_field_and_every_value_escaped(): void {
		global $wpdb;
		$anna = $this->person( 'Anna', array( 'intro' => '<iframe src="//evil"></iframe>' ) );
		$wpdb->update( $wpdb->users, array( 'display_name' => '"><svg onload=alert(1)>' ), array( 'ID' => $anna ) );
		clean_user_cache( $anna );

		$html = $this->directory( array(), $this->make_user( 'subscriber' ) );

		$this->assertStringNotContainsString( '<svg', $html );
		$this->assertStringNotContainsString( '<iframe', $html );
		$this->assertStringContainsString( '&quot;&gt;&lt;svg onload=alert(1)&gt;', $html );
		$this->assertStringNotContainsString( '@example.org', $html );
		$this->assertStringNotContainsString( get_userdata( $anna )->user_login, $html );
	}
}
