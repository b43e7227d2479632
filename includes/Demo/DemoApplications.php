<?php
/**
 * The demo's cohort open for applications, with its applications in every stage: drafts, one
 * withdrawn, some waiting for the screener (one with a nickname the automatic pass cannot know),
 * some released to blind review with reviews still to do (the `reviewer` login's queue), some fully
 * reviewed — two with reviewers far apart, flagged for a third review — and a mentor's application
 * for the coordinators. Every step goes through the program's own services, so the demo shows what
 * they make. Loaded once: nothing is added while the cohort has applications.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\Applying;
use Wayfinder\Applications\ReviewRepository;
use Wayfinder\Applications\Reviewing;
use Wayfinder\Applications\Screening;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Platform\Settings;
use WP_Error;

final class DemoApplications {

	/** The scores each kind of reviewed applicant gets: [ first reviewer's, second reviewer's ] per criterion. */
	private const SCORES = array(
		'reviewed'     => array( array( 4, 4, 5 ), array( 5, 4, 4 ) ),
		'disagreement' => array( array( 5, 5, 4 ), array( 1, 2, 1 ) ),
	);

	/**
	 * @param int $cohort The cohort open for applications.
	 * @throws \RuntimeException When a step is refused.
	 */
	public static function load( int $cohort, ?int $now = null ): void {
		$now          = $now ?? time();
		$applications = new ApplicationRepository();
		if ( array_sum( $applications->counts( $cohort, Application::MENTEE ) ) > 0 ) {
			return;
		}
		$applying  = new Applying();
		$screening = new Screening();
		$reviewing = new Reviewing();
		$screener  = self::user( 'screener' );
		$rubric    = array_column( ApplicationSettings::of( $cohort )->rubric, 'key' );
		add_filter( 'pre_option_' . Settings::WELCOME_EMAIL, '__return_zero' );
		// Demo people are nobody's inbox: the confirmations and notices the services send are dropped.
		add_filter( 'pre_wp_mail', array( self::class, 'send_nothing' ), 5 );
		foreach ( DemoApplicants::all() as $index => $person ) {
			$user  = self::account( $person['login'], $person['name'] );
			$input = array(
				'role'      => Application::MENTEE,
				'answers'   => array(
					'motivation' => $person['motivation'],
					'experience' => $person['experience'],
				),
				'mode'      => $person['mode'],
				'teams'     => $person['teams'],
				'sponsored' => '' !== $person['sponsor'],
				'sponsor'   => $person['sponsor'],
				'consent'   => 'draft' !== $person['stage'],
			);
			// Applied over the last two weeks, oldest first.
			$when = $now - ( 14 * DAY_IN_SECONDS ) + $index * 11 * HOUR_IN_SECONDS;
			self::check( $applying->save( $cohort, $user, $input, $when ), $person['login'] . ': the draft' );
			if ( 'draft' === $person['stage'] ) {
				continue;
			}
			$submitted = self::check( $applying->submit( $cohort, $user, array(), $when ), $person['login'] . ': the submission' );
			if ( 'withdrawn' === $person['stage'] ) {
				self::check( $applying->withdraw( $cohort, $user, $when + HOUR_IN_SECONDS ), $person['login'] . ': withdrawing' );
				continue;
			}
			if ( 'screening' === $person['stage'] ) {
				continue;
			}
			self::check( $screening->release( $submitted->id, $screener, $when + DAY_IN_SECONDS ), $person['login'] . ': the release' );
			$reviews = ( new ReviewRepository() )->of_application( $submitted->id );
			foreach ( $reviews as $turn => $review ) {
				// The `reviewer` login (Sam) keeps every review still to do; Elena and Tariq have done theirs.
				$done = isset( self::SCORES[ $person['stage'] ] ) || self::user( 'reviewer' ) !== $review->reviewer_id;
				if ( ! $done ) {
					continue;
				}
				$scores = self::SCORES[ $person['stage'] ][ $turn ] ?? array( 3 + $index % 3, 4, 2 + $index % 4 );
				self::check(
					$reviewing->submit( $review->id, $review->reviewer_id, array_combine( $rubric, array_slice( array_pad( $scores, count( $rubric ), 3 ), 0, count( $rubric ) ) ), array(), $when + 2 * DAY_IN_SECONDS ),
					$person['login'] . ': a review'
				);
			}
		}
		// Priya offers to mentor the cohort: the coordinators decide.
		self::check(
			$applying->save(
				$cohort,
				self::user( 'mentor-priya' ),
				array(
					'role'     => Application::MENTOR,
					'answers'  => array(
						'motivation' => 'I mentored two translators last year and would like to help newcomers to Polyglots and Docs find their first contribution.',
						'experience' => 'General translation editor for Hindi; I wrote parts of the Polyglots handbook.',
					),
					'teams'    => array( 'polyglots', 'docs' ),
					'capacity' => 2,
					'consent'  => true,
					'submit'   => true,
				),
				$now - DAY_IN_SECONDS
			),
			'mentor-priya: the application to mentor'
		);
		remove_filter( 'pre_wp_mail', array( self::class, 'send_nothing' ), 5 );
		remove_filter( 'pre_option_' . Settings::WELCOME_EMAIL, '__return_zero' );
	}

	/** `pre_wp_mail` while the demo loads: sent, as far as the sender knows, to nobody. */
	public static function send_nothing(): bool {
		return true;
	}

	/** The applicant's account (made once: no Wayfinder profile — they have only applied). */
	private static function account( string $login, string $name ): int {
		$existing = get_user_by( 'login', $login );
		if ( $existing ) {
			return $existing->ID;
		}
		$names = explode( ' ', $name, 2 );
		$id    = wp_insert_user(
			array(
				'user_login'   => $login,
				'user_pass'    => DemoPeople::PASSWORD,
				'user_email'   => $login . '@example.org',
				'display_name' => $name,
				'first_name'   => $names[0],
				'last_name'    => $names[1] ?? '',
				'role'         => 'subscriber',
			)
		);
		if ( is_wp_error( $id ) ) {
			throw new \RuntimeException( esc_html( $login . ': ' . $id->get_error_message() ) );
		}
		return $id;
	}

	private static function user( string $login ): int {
		$user = get_user_by( 'login', $login );
		return $user ? $user->ID : 0;
	}

	/**
	 * @template T
	 * @param T|WP_Error $result
	 * @return T
	 * @throws \RuntimeException When the step was refused.
	 */
	private static function check( $result, string $what ) {
		if ( $result instanceof WP_Error ) {
			throw new \RuntimeException( esc_html( $what . ': ' . $result->get_error_message() ) );
		}
		return $result;
	}
}
