<?php
/**
 * The member's page and opting in at community scale: the page with the button and My mentorship
 * reads as much with 200 mentors and waiting mentees as with 20, asks the engine why a mentee waits
 * once (both blocks show it), and offers at most a few dozen backup mentors, with a field to name
 * anyone else; opting in through the route reads as much with 200 mentors as with 20.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\MyMentorship;

use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\MyMentorship\MentorshipPage;
use Wayfinder\MyMentorship\MentorshipView;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\ProfileForm;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class PageQueriesTest extends TestCase {

	use Fixtures;

	/** The page holding both blocks, as the person sees it (the main query on that page). */
	private function page_as( int $user ): string {
		static $page = 0;
		if ( 0 === $page || 'publish' !== get_post_status( $page ) ) {
			$page = (int) wp_insert_post(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_title'   => 'Mentorship',
					'post_content' => '<!-- wp:wayfinder/mentoring-button /--><!-- wp:wayfinder/my-mentorship /-->',
				)
			);
		}
		$saved = array( $GLOBALS['wp_query'] ?? null, $GLOBALS['wp_the_query'] ?? null, $GLOBALS['post'] ?? null );
		try {
			// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited -- the page being shown, for this render only.
			$GLOBALS['wp_query']     = new \WP_Query( array( 'page_id' => $page ) );
			$GLOBALS['wp_the_query'] = $GLOBALS['wp_query'];
			$GLOBALS['post']         = get_post( $page );
			// phpcs:enable
			wp_set_current_user( $user );
			$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- WordPress's own.
			return do_blocks( (string) get_post_field( 'post_content', $page ) );
		} finally {
			// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited
			list( $GLOBALS['wp_query'], $GLOBALS['wp_the_query'], $GLOBALS['post'] ) = $saved;
			// phpcs:enable
		}
	}

	/**
	 * Queries $read makes as a new request would (cold caches, nothing read yet), after a warm-up
	 * read and what every request reads first; and how many of them read the mentor pool.
	 *
	 * @return array{0: int, 1: int} All queries, pool queries.
	 */
	private function queries( callable $read ): array {
		global $wpdb;
		$read();
		wp_cache_flush();
		MentorshipView::forget();
		( new ProfileRepository() )->find_many( array( PHP_INT_MAX ) );
		DisplayName::many( array( PHP_INT_MAX ) );
		Settings::criteria();
		Settings::auto_assign_mode();
		$pool  = 0;
		$count = static function ( string $sql ) use ( &$pool ): string {
			// MentorPool's one query (ProfileRepository::listed_mentors_with_room).
			if ( str_contains( $sql, 'p.mentor_listed = 1 AND ( p.mentor_status' ) ) {
				++$pool;
			}
			return $sql;
		};
		add_filter( 'query', $count );
		$before = $wpdb->num_queries;
		$read();
		$after = $wpdb->num_queries;
		remove_filter( 'query', $count );
		return array( $after - $before, $pool );
	}

	/** More mentors (all fitting the mentees made here) and more mentees waiting for any mentor. */
	private function grow( int $mentors, int $waiting ): void {
		for ( $i = 0; $i < $mentors; $i++ ) {
			$this->mentor( 'Mentor ' . $i . '-' . wp_rand(), 3 );
		}
		for ( $i = 0; $i < $waiting; $i++ ) {
			$this->queue( $this->mentee( 'Waiting ' . $i . '-' . wp_rand(), array( 'ta' ) ) );
		}
	}

	public function test_the_page_of_a_waiting_mentee_reads_as_much_with_200_mentors_as_with_20_and_asks_the_engine_once(): void {
		$counts = array();
		foreach ( array( 20, 180 ) as $more ) {
			$this->grow( $more, $more );
			// Waiting although mentors fit (the hourly round matches them): the engine names one.
			$mentee = $this->mentee( 'Karthik ' . $more );
			$this->queue( $mentee );
			$html            = '';
			$counts[ $more ] = $this->queries(
				function () use ( $mentee, &$html ) {
					$html = $this->page_as( $mentee );
				}
			);
			$this->assertSame( 1, $counts[ $more ][1], 'one read of the mentors with room, for both blocks: whether anyone fits' );
			MentorshipView::forget();
			$reason = ( new AutoAssigner() )->why_waiting( $mentee );
			$this->assertStringContainsString( 'A mentor who fits you has room', $reason );
			$this->assertStringContainsString( esc_html( $reason ), $html, 'the engine’s own sentence' );
		}
		$this->assertSame( $counts[20], $counts[180], 'the same with 20 and 200 mentors and waiting mentees' );
	}

	public function test_the_page_of_a_mentor_reads_as_much_with_200_mentors_as_with_20_and_offers_a_few_dozen_backups(): void {
		$_GET[ MentorshipPage::EDIT_PROFILE ] = '1'; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the test's own request.
		$counts                               = array();
		foreach ( array( 20, 180 ) as $more ) {
			$this->grow( $more, $more );
			$mentor = $this->mentor( 'Anna ' . $more, 5 );
			$this->match( $this->mentee( 'Lucas ' . $more ), $mentor );
			$html            = '';
			$counts[ $more ] = $this->queries(
				function () use ( $mentor, &$html ) {
					$html = $this->page_as( $mentor );
				}
			);
			$this->assertMatchesRegularExpression( '#<select[^>]*name="mentor\[backup_mentor\]"#', $html, 'the editor, asked for' );
			preg_match( '#<select[^>]*name="mentor\[backup_mentor\]"[^>]*>(.*?)</select>#s', $html, $select );
			// No backup, and the other mentors of one's teams: all 20 at first, then at most 30 of 200.
			$this->assertSame( 1 + ( 20 === $more ? 20 : ProfileForm::BACKUP_CHOICES ), substr_count( $select[1], '<option' ) );
			$this->assertStringContainsString( 'name="mentor[backup_other]"', $html, 'anyone else by user name or email' );
		}
		$this->assertSame( $counts[20], $counts[180], 'the same with 20 and 200 mentors and waiting mentees' );
	}

	public function test_opting_in_through_the_route_reads_as_much_with_200_mentors_as_with_20(): void {
		$counts = array();
		foreach ( array( 20, 180 ) as $more ) {
			$this->grow( $more, $more );
			$opt_in = function ( array $languages, string $status ): callable {
				$mentee = $this->mentee( 'Opting in ' . wp_rand(), $languages );
				return function () use ( $mentee, $status ) {
					$response = $this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $mentee );
					$this->assertSame( 200, $response->get_status() );
					$this->assertSame( $status, $response->get_data()['status'], (string) wp_json_encode( $response->get_data() ) );
				};
			};
			// Each read opts in another person (the warm-up one and the counted one).
			$matched         = array( $opt_in( array( 'en' ), 'matched' ), $opt_in( array( 'en' ), 'matched' ) );
			$waiting         = array( $opt_in( array( 'ta' ), 'waiting' ), $opt_in( array( 'ta' ), 'waiting' ) );
			$counts[ $more ] = array(
				'matched' => $this->queries( self::each( $matched ) ),
				'waiting' => $this->queries( self::each( $waiting ) ),
			);
		}
		$this->assertSame( $counts[20], $counts[180], 'the same with 20 and 200 mentors and waiting mentees' );
	}

	public function test_a_backup_mentor_outside_the_list_is_named_by_user_name_and_nobody_by_that_name_is_refused(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$grace = $this->mentor( 'Grace Miller' );
		wp_set_current_user( $anna );
		$values = ProfileForm::values_of( ( new ProfileRepository() )->find( $anna ) );
		$post   = array(
			'timezone' => 'Europe/Berlin',
			'mentor'   => array(
				'capacity'      => 2,
				'weight'        => 'normal',
				'status'        => 'available',
				'away_until'    => '',
				'backup_mentor' => '',
				'backup_other'  => get_userdata( $grace )->user_login,
			),
		) + $values;
		$this->assertTrue( ProfileForm::save( $anna, ProfileForm::from_post( $post ) ) );
		$this->assertSame( $grace, ( new ProfileRepository() )->find( $anna )->backup_mentor );
		$this->assertStringContainsString( 'value="' . $grace . '" selected', ProfileForm::fields( ProfileForm::values_of( ( new ProfileRepository() )->find( $anna ) ), 'p' ), 'the one named shows as chosen' );

		$post['mentor']['backup_other'] = 'nobody-by-that-name';
		$refused                        = ProfileForm::save( $anna, ProfileForm::from_post( $post ) );
		$this->assertInstanceOf( \WP_Error::class, $refused );
		$this->assertSame( 'The backup mentor must be someone else who is a mentor here.', $refused->get_error_message() );
		$this->assertSame( $grace, ( new ProfileRepository() )->find( $anna )->backup_mentor, 'nothing changed' );
	}

	/**
	 * The first call the first time, the second the next time: two people, one for the warm-up.
	 *
	 * @param array{0: callable, 1: callable} $calls
	 */
	private static function each( array $calls ): callable {
		$next = 0;
		return static function () use ( $calls, &$next ): void {
			$calls[ min( $next, 1 ) ]();
			++$next;
		};
	}
}
