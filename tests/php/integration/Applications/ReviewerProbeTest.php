<?php
/**
 * THE REVIEWER PROBE. Applicants with distinctive personal data — names, logins, e-mail addresses,
 * web sites, profiles — write their own name and address into their answers; screeners' redaction
 * takes them out; two reviewers are assigned and score. Then, signed in as a reviewer, the probe
 * walks every route of the wayfinder/v1 namespace with every method, fills each path parameter with
 * every ID of the fixture (cohorts, applications, reviews, applicants, reviewers, a session) and with
 * junk, and sends each with and without the fixture's IDs as parameters. It keeps every body —
 * successes and refusals —, the e-mails the reviewer got, and the HTML the reviewer's wp-admin page,
 * My mentorship and the cohort's page print, and fails if any of them holds anything of an
 * applicant: display, first or last name, login, nicename, e-mail address or its local part, web
 * site, Gravatar hash, author link, or their user ID as the value of a key that names a user.
 *
 * It cannot pass by finding nothing: it asserts the fixture made its applications and reviews, that
 * the walk made hundreds of requests over a route list that includes the reviewer's own routes, and
 * that the reviewer's own routes answered with the applications' redacted words.
 *
 * To rerun after other parts are merged: it reads the route list at run time, so new routes are
 * walked without a change here; add a new kind of artefact to artefacts() and its collector below.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Applications;

use Wayfinder\Admin\AdminPage;
use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Applications\Screening;
use Wayfinder\Applications\Review;
use Wayfinder\Applications\ReviewRepository;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\RestConnection;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class ReviewerProbeTest extends TestCase {

	use ReviewFixtures;

	/** People whose data must never reach a reviewer. */
	private const APPLICANTS = array(
		array(
			'login'   => 'zquill77',
			'display' => 'Zeynep Quillfeather',
			'first'   => 'Zeynep',
			'last'    => 'Quillfeather',
			'email'   => 'zeynep.quillfeather@quillmail.example',
			'url'     => 'https://zeynep-quill.example/about',
			'zone'    => 'Europe/Istanbul',
		),
		array(
			'login'   => 'obright42',
			'display' => 'Obinna Brightwater',
			'first'   => 'Obinna',
			'last'    => 'Brightwater',
			'email'   => 'obinna.bw@brightpost.example',
			'url'     => 'https://brightwater-codes.example',
			'zone'    => 'Africa/Lagos',
		),
		array(
			'login'   => 'hthorv19',
			'display' => 'Hallveig Thorvaldsdottir',
			'first'   => 'Hallveig',
			'last'    => 'Thorvaldsdottir',
			'email'   => 'hallveig@thorv-mail.example',
			'url'     => 'https://hallveig-translates.example',
			'zone'    => 'Atlantic/Reykjavik',
		),
	);

	/** JSON keys whose value is a person: an applicant's user ID there gives them away. */
	private const USER_KEYS = array( 'user', 'user_id', 'users', 'author', 'mentee', 'mentee_id', 'mentor', 'mentor_id', 'applicant', 'applicant_id', 'reviewer', 'reviewer_id', 'person', 'owner', 'leader', 'editor_id', 'released_by', 'decided_by' );

	/** Keys that make an object a user object (then its `id` is a user ID). */
	private const USER_OBJECT_KEYS = array( 'avatar_urls', 'display_name', 'username', 'user_login', 'user_email', 'nickname', 'first_name', 'last_name' );

	/** @var array<string, mixed> The fixture. */
	private array $world = array();

	/**
	 * The artefacts a reviewer can see, each collected by a method of this class. Add one here when a
	 * part adds a place a reviewer reads (a new screen, an e-mail, an export).
	 *
	 * @return array<string, array{0: string}>
	 */
	public static function artefacts(): array {
		return array(
			'every REST response of the wayfinder/v1 namespace' => array( 'rest_responses' ),
			'the e-mails the reviewer received'   => array( 'mails' ),
			'the reviewer’s wp-admin page and its inline config' => array( 'admin_page' ),
			'My mentorship for the reviewer'      => array( 'my_mentorship' ),
			'the cohort’s public page'            => array( 'cohort_page' ),
			'the reviewer’s personal data export' => array( 'export' ),
		);
	}

	/** @dataProvider artefacts */
	public function test_a_reviewer_meets_no_applicant_in( string $collector ): void {
		$this->build_world();
		wp_set_current_user( $this->world['reviewer'] );
		$texts = $this->$collector();
		foreach ( $texts as $where => $text ) {
			$this->assert_blind( (string) $where, (string) $text );
		}
	}

	public function test_the_probe_is_not_vacuous(): void {
		$this->build_world();
		$this->assertCount( 3, $this->world['applications'], 'the fixture made three applications in review' );
		$this->assertGreaterThanOrEqual( 6, count( $this->world['reviews'] ), 'and at least two reviews each' );
		$mine = array_filter( ( new ReviewRepository() )->of_reviewer( $this->world['reviewer'] ), static fn ( Review $r ): bool => $r->counts() );
		$this->assertGreaterThanOrEqual( 2, count( $mine ), 'the probing reviewer has reviews of their own' );

		wp_set_current_user( $this->world['reviewer'] );
		$texts = $this->rest_responses();
		$this->assertGreaterThan( 300, count( $texts ), 'hundreds of requests were made' );
		$routes = array_keys( rest_get_server()->get_routes( 'wayfinder/v1' ) );
		$this->assertContains( '/wayfinder/v1/reviews/(?P<id>[\d]+)', $routes );
		$this->assertGreaterThan( 30, count( $routes ) );
		$all = implode( "\n", $texts );
		// The reviewer did read the applications: the redacted words of theirs came through, the originals did not.
		$read = array_filter( $this->world['redacted'], static fn ( string $words ): bool => str_contains( $all, $words ) );
		$this->assertGreaterThanOrEqual( 2, count( $read ), 'the reviewer’s routes answered with the redacted answers' );
		$this->assertStringContainsString( 'Applicant ', $all );
		// And the probe sees what it looks for: the same walk as a coordinator meets the applicants' names.
		$this->assertStringContainsString( 'Zeynep Quillfeather', (string) wp_json_encode( $this->rest( 'GET', '/wayfinder/v1/profiles/' . $this->world['applicants'][0], array(), $this->world['coordinator'] )->get_data(), JSON_UNESCAPED_UNICODE ) . (string) wp_json_encode( $this->rest( 'GET', '/wayfinder/v1/people', array( 'role' => 'mentees' ), $this->world['coordinator'] )->get_data(), JSON_UNESCAPED_UNICODE ) );
		$this->assertFalse( $this->blind_failure( 'self-test', 'a reply naming Zeynep Quillfeather' ) === null, 'the check finds a name' );
		$this->assertNotNull( $this->blind_failure( 'self-test', '{"user_id":' . $this->world['applicants'][1] . '}' ), 'the check finds a user ID at a user key' );
	}

	/** Makes the applicants, their released applications, reviewers and scores. */
	private function build_world(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator', 'coord' );
		$screener    = $this->make_user( 'wayfinder_screener', 'screener' );
		$reviewer    = $this->make_user( 'wayfinder_reviewer', 'probe-reviewer' );
		$second      = $this->make_user( 'wayfinder_reviewer', 'second-reviewer' );
		$third       = $this->make_user( 'wayfinder_reviewer', 'third-reviewer' );
		$cohort      = $this->review_cohort(
			array(
				ApplicationSettings::SHOW_SPONSORED => true,
				CohortPostType::MODES               => array( Cohort::ONE_TO_ONE, Cohort::PROJECT_GROUP, Cohort::GROUP_ONLY ),
				CohortPostType::TEAMS               => array( 'polyglots' ),
				ApplicationSettings::APPLY_UNTIL    => gmdate( 'Y-m-d', time() + 10 * DAY_IN_SECONDS ),
			),
			'Probe cohort'
		);

		$applicants   = array();
		$applications = array();
		$redacted     = array();
		foreach ( self::APPLICANTS as $n => $person ) {
			$id = wp_insert_user(
				array(
					'user_login'   => $person['login'],
					'user_pass'    => 'password',
					'user_email'   => $person['email'],
					'display_name' => $person['display'],
					'first_name'   => $person['first'],
					'last_name'    => $person['last'],
					'nickname'     => $person['first'],
					'user_url'     => $person['url'],
					'role'         => 'subscriber',
				)
			);
			$this->assertIsInt( $id );
			( new ProfileRepository() )->save( new Profile( $id, $person['zone'], array( 'en' ), array( 'polyglots' ), array(), array( array( 2, '17:00', '21:00' ) ), 'I am ' . $person['display'] . '.', 3, 'normal', 'available', null, true ) );
			// The real pipeline: the applicant applies through the REST API with their own name, e-mail,
			// login and site in the answers and is redacted by the automatic pass; a screener releases.
			$words    = 'I want to translate WordPress into my language; answer ' . ( $n + 1 ) . ' after redaction.';
			$response = $this->rest(
				'PUT',
				"/wayfinder/v1/cohorts/{$cohort}/application",
				array(
					'role'      => 'mentee',
					'answers'   => array(
						'motivation' => 'I am ' . $person['display'] . ' (' . $person['login'] . '), write to ' . $person['email'] . ' or see ' . $person['url'] . '. ' . $words,
						'experience' => $person['first'] . ' ' . $person['last'] . ' has translated plugins for years.',
					),
					'mode'      => array( Cohort::ONE_TO_ONE, Cohort::PROJECT_GROUP, Cohort::GROUP_ONLY )[ $n ],
					'teams'     => array( 'polyglots' ),
					'sponsored' => 0 === $n,
					'sponsor'   => 0 === $n ? 'Quillworks' : '',
					'consent'   => true,
					'submit'    => true,
				),
				$id
			);
			$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
			$application = ( new ApplicationRepository() )->find_for( $cohort, $id );
			$this->assertInstanceOf( Application::class, $application );
			$released = ( new Screening() )->release( $application->id, $screener, time() );
			$this->assertNotInstanceOf( \WP_Error::class, $released, 'the automatic pass left nothing for the final check' );
			$redacted[]     = $words;
			$applications[] = $application;
			$applicants[]   = $id;
		}
		$reviews = ( new ReviewRepository() )->in_cohort( $cohort );
		// Everyone scores what they have: one submitted, the rest drafted, so every state is walked.
		$first = true;
		foreach ( $reviews as $review ) {
			$route = '/wayfinder/v1/reviews/' . $review->id;
			$body  = array(
				'scores' => self::scores( 4, 3, 5 ),
				'notes'  => array( 'motivation' => 'Clear.' ),
			);
			$this->assertSame( 200, $this->rest( $first ? 'POST' : 'PUT', $first ? $route . '/submit' : $route, $body, $review->reviewer_id )->get_status() );
			$first = false;
		}
		$this->world = array(
			'cohort'       => $cohort,
			'coordinator'  => $coordinator,
			'screener'     => $screener,
			'reviewer'     => $reviewer,
			'others'       => array( $second, $third ),
			'applicants'   => $applicants,
			'applications' => array_map( static fn ( $a ): int => $a->id, $applications ),
			'reviews'      => array_map( static fn ( Review $r ): int => $r->id, $reviews ),
			'redacted'     => $redacted,
		);
		wp_set_current_user( 0 );
	}

	/** @return list<int|string> Every ID of the fixture, and junk. */
	private function candidates(): array {
		$w = $this->world;
		return array_values(
			array_unique(
				array_merge(
					array( $w['cohort'], $w['coordinator'], $w['screener'], $w['reviewer'] ),
					$w['others'],
					$w['applicants'],
					$w['applications'],
					$w['reviews'],
					array( 0, 999999, 'me', 'abc', '1-abc' )
				),
				SORT_REGULAR
			)
		);
	}

	/**
	 * Every route × method × path values × parameter values, as the reviewer: each answer as JSON.
	 *
	 * @return array<string, string>
	 */
	private function rest_responses(): array {
		$server = rest_get_server();
		$routes = $server->get_routes( 'wayfinder/v1' );
		$this->assertNotEmpty( $routes, 'the route list is not empty' );
		$texts = array();
		$ints  = array_merge( $this->world['applicants'], $this->world['applications'], array( $this->world['cohort'] ) );
		foreach ( $routes as $pattern => $handlers ) {
			foreach ( self::paths( $pattern, $this->candidates() ) as $path ) {
				foreach ( $handlers as $handler ) {
					foreach ( array_keys( array_filter( (array) $handler['methods'] ) ) as $method ) {
						$variants = array( array() );
						$numeric  = array_keys( array_filter( (array) ( $handler['args'] ?? array() ), static fn ( $arg ): bool => is_array( $arg ) && in_array( 'integer', (array) ( $arg['type'] ?? array() ), true ) ) );
						$numeric  = array_values( array_diff( $numeric, self::groups( $pattern ) ) );
						if ( array() !== $numeric ) {
							foreach ( $ints as $value ) {
								$variants[] = array_fill_keys( $numeric, $value );
							}
						}
						foreach ( $variants as $params ) {
							wp_set_current_user( $this->world['reviewer'] );
							$request = new \WP_REST_Request( (string) $method, $path );
							if ( 'GET' === $method ) {
								$request->set_query_params( $params );
							} else {
								$request->set_body_params( $params );
							}
							$response      = $server->dispatch( $request );
							$data          = $server->response_to_data( $response, false );
							$key           = $method . ' ' . $path . ( array() === $params ? '' : ' ' . (string) wp_json_encode( $params ) ) . ' → ' . $response->get_status();
							$texts[ $key ] = (string) wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
						}
					}
				}
			}
		}
		return $texts;
	}

	/** @return list<string> The names of a route pattern's path parameters. */
	private static function groups( string $pattern ): array {
		preg_match_all( '/\(\?P<(\w+)>/', $pattern, $m );
		return $m[1];
	}

	/**
	 * The route's paths with its parameters filled: every candidate in every parameter at once, and
	 * each parameter through every candidate with the others at the first candidate. Only paths the
	 * route matches.
	 *
	 * @param list<int|string> $candidates
	 * @return list<string>
	 */
	private static function paths( string $pattern, array $candidates ): array {
		$groups = self::groups( $pattern );
		if ( array() === $groups ) {
			return array( $pattern );
		}
		$fills = array();
		foreach ( $candidates as $value ) {
			$fills[] = array_fill_keys( $groups, (string) $value );
			foreach ( $groups as $group ) {
				$fills[] = array( $group => (string) $value ) + array_fill_keys( $groups, (string) $candidates[0] );
			}
		}
		$paths = array();
		foreach ( $fills as $fill ) {
			$path = self::fill_pattern( $pattern, $fill );
			if ( 1 === preg_match( '@^' . $pattern . '$@i', $path ) ) {
				$paths[ $path ] = true;
			}
		}
		return array_keys( $paths );
	}

	/**
	 * Replaces each (?P<name>…) group, nested parentheses and all, with its value.
	 *
	 * @param array<string, string> $fill
	 */
	private static function fill_pattern( string $pattern, array $fill ): string {
		$out = '';
		$i   = 0;
		$len = strlen( $pattern );
		while ( $i < $len ) {
			if ( 1 === preg_match( '/\G\(\?P<(\w+)>/', $pattern, $m, 0, $i ) ) {
				$depth = 0;
				for ( $j = $i; $j < $len; $j++ ) {
					if ( '\\' === $pattern[ $j ] ) {
						++$j;
						continue;
					}
					if ( '(' === $pattern[ $j ] ) {
						++$depth;
					} elseif ( ')' === $pattern[ $j ] && 0 === --$depth ) {
						break;
					}
				}
				$out .= $fill[ $m[1] ];
				$i    = $j + 1;
				continue;
			}
			$out .= $pattern[ $i ];
			++$i;
		}
		return $out;
	}

	/**
	 * The e-mails sent to the reviewer while the fixture was made and the routes were walked.
	 *
	 * @return array<string, string>
	 */
	private function mails(): array {
		$this->rest_responses();
		$email = get_userdata( $this->world['reviewer'] )->user_email;
		$texts = array();
		foreach ( $this->sent_mail as $n => $mail ) {
			if ( str_contains( implode( ',', (array) $mail['to'] ), $email ) ) {
				$texts[ 'mail ' . $n . ': ' . $mail['subject'] ] = $mail['subject'] . "\n" . implode( "\n", (array) ( $mail['headers'] ?? array() ) ) . "\n" . $mail['message'] . "\n" . implode( "\n", (array) ( $mail['attachment_contents'] ?? array() ) );
			}
		}
		return $texts;
	}

	/**
	 * What the reviewer's wp-admin page prints: the page, window.wayfinderRest and the app's inline config.
	 *
	 * @return array<string, string>
	 */
	private function admin_page(): array {
		global $menu, $submenu, $_registered_pages, $_parent_pages;
		AdminPage::add_menu();
		ob_start();
		AdminPage::enqueue( 'toplevel_page_' . AdminPage::APPLICATIONS_SLUG );
		AdminPage::render();
		RestConnection::print();
		$html = (string) ob_get_clean();
		// The app's inline config, as WordPress prints it before the script.
		$html .= '<script>' . implode( "\n", (array) wp_scripts()->get_data( 'wayfinder-admin', 'before' ) ) . '</script>';
		$this->assertStringContainsString( 'wayfinder-admin-root', $html );
		$this->assertStringContainsString( 'window.wayfinderAdmin', $html, 'the app’s config was printed (run `npm run build` first)' );
		$this->assertStringContainsString( '"canReview":true', $html );
		wp_dequeue_script( 'wayfinder-admin' );
		wp_deregister_script( 'wayfinder-admin' );
		$menu              = array();
		$submenu           = array();
		$_registered_pages = array();
		$_parent_pages     = array();
		return array( 'admin page' => $html );
	}

	/**
	 * Every exporter's pages for the reviewer, as wp-admin's export would write them.
	 *
	 * @return array<string, string>
	 */
	private function export(): array {
		$email = get_userdata( $this->world['reviewer'] )->user_email;
		$texts = array();
		$items = 0;
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $name => $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list.
			$page = 1;
			do {
				$answer = call_user_func( $exporter['callback'], $email, $page );
				foreach ( $answer['data'] as $item ) {
					$items += 'wayfinder-reviews' === $item['group_id'] ? 1 : 0;
					// The item's own ID too: an application's would be a way back to the applicant.
					$texts[ "export $name page $page " . $item['item_id'] ] = (string) wp_json_encode( $item, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
				}
				++$page;
			} while ( ! $answer['done'] && $page < 50 );
		}
		$this->assertGreaterThanOrEqual( 2, $items, 'the reviewer’s reviews are in the export' );
		foreach ( $texts as $where => $text ) {
			$this->assertStringNotContainsString( '"Application"', $text, "$where has an application's ID" );
		}
		return $texts;
	}

	/** @return array<string, string> */
	private function my_mentorship(): array {
		$html = do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' );
		$this->assertNotSame( '', trim( $html ) );
		return array( 'My mentorship' => $html );
	}

	/** @return array<string, string> */
	private function cohort_page(): array {
		$html = do_blocks( '<!-- wp:wayfinder/cohort {"cohortId":' . (int) $this->world['cohort'] . '} /-->' );
		$this->assertStringContainsString( 'Probe cohort', $html );
		return array( 'cohort page' => $html );
	}

	private function assert_blind( string $where, string $text ): void {
		$failure = $this->blind_failure( $where, $text );
		$this->assertNull( $failure, (string) $failure );
	}

	/** What of an applicant a text gives away, in a sentence; null when nothing. */
	private function blind_failure( string $where, string $text ): ?string {
		foreach ( $this->world['applicants'] as $n => $user_id ) {
			$user    = get_userdata( $user_id );
			$person  = self::APPLICANTS[ $n ];
			$needles = array(
				'display name'            => $user->display_name,
				'first name'              => $person['first'],
				'last name'               => $person['last'],
				'login'                   => $user->user_login,
				'nicename'                => $user->user_nicename,
				'e-mail'                  => $user->user_email,
				'e-mail’s local part'     => strstr( $user->user_email, '@', true ),
				'web site'                => (string) wp_parse_url( $user->user_url, PHP_URL_HOST ),
				'Gravatar hash'           => md5( strtolower( trim( $user->user_email ) ) ),
				'Gravatar hash (SHA-256)' => hash( 'sha256', strtolower( trim( $user->user_email ) ) ),
				'author link'             => get_author_posts_url( $user_id ),
				'author query'            => '?author=' . $user_id,
				'users route'             => '/users/' . $user_id,
			);
			foreach ( $needles as $what => $needle ) {
				if ( '' !== $needle && false !== stripos( $text, $needle ) ) {
					return "$where gives away applicant {$person['display']}’s $what ($needle): " . substr( $text, 0, 600 );
				}
			}
		}
		$data = json_decode( $text, true );
		if ( is_array( $data ) ) {
			$found = $this->user_id_in( $data );
			if ( null !== $found ) {
				return "$where gives away an applicant’s user ID at $found: " . substr( $text, 0, 600 );
			}
		}
		return null;
	}

	/**
	 * The path of a key that names a user and holds an applicant's user ID; null when none.
	 *
	 * @param array<mixed> $data
	 */
	private function user_id_in( array $data, string $at = '' ): ?string {
		$applicants = array_map( 'intval', $this->world['applicants'] );
		$is_user    = array() !== array_intersect( array_keys( $data ), self::USER_OBJECT_KEYS );
		foreach ( $data as $key => $value ) {
			$names_user = in_array( strtolower( (string) $key ), self::USER_KEYS, true ) || ( $is_user && 'id' === $key );
			if ( $names_user ) {
				foreach ( is_array( $value ) ? $value : array( $value ) as $each ) {
					if ( ( is_int( $each ) || ( is_string( $each ) && ctype_digit( $each ) ) ) && in_array( (int) $each, $applicants, true ) ) {
						return $at . '.' . $key;
					}
				}
			}
			if ( is_array( $value ) ) {
				$found = $this->user_id_in( $value, $at . '.' . $key );
				if ( null !== $found ) {
					return $found;
				}
			}
		}
		return null;
	}
}
