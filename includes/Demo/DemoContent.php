<?php
/**
 * Loads the demo program into a site (idempotent): accounts for every demo person with their profile
 * (the demo mentees are looking for a mentor), a program in motion — matches and requests — the
 * Mentorship page with the community blocks (DemoPages) and a "Mentors" page (/mentors/) with the
 * mentor directory.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Mentorship\WaitingMentees;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Profiles\ProfileService;

final class DemoContent {

	/**
	 * @return array{created: int, updated: int}
	 * @throws \RuntimeException When WordPress refuses to save a demo account.
	 */
	public static function load(): array {
		$counts   = array(
			'created' => 0,
			'updated' => 0,
		);
		$profiles = new ProfileRepository();
		// Demo accounts are no newcomers to welcome.
		add_filter( 'pre_option_' . Settings::WELCOME_EMAIL, '__return_zero' );
		foreach ( DemoPeople::all() as $person ) {
			$user = get_user_by( 'login', $person['login'] );
			$data = array(
				'user_login'   => $person['login'],
				'display_name' => $person['name'],
				'first_name'   => explode( ' ', $person['name'] )[0],
				'user_email'   => $person['login'] . '@example.org',
				'role'         => $person['role'],
				'description'  => $person['intro'],
			);
			if ( $user ) {
				$data['ID'] = $user->ID;
				$user_id    = wp_update_user( $data );
				++$counts['updated'];
			} else {
				$data['user_pass'] = DemoPeople::PASSWORD;
				$user_id           = wp_insert_user( $data );
				++$counts['created'];
			}
			if ( is_wp_error( $user_id ) ) {
				throw new \RuntimeException( esc_html( $person['login'] . ': ' . $user_id->get_error_message() ) );
			}
			$kept    = $user ? $profiles->find( $user_id ) : null; // A reload keeps where a mentor stands (away, backup).
			$profile = new Profile(
				$user_id,
				$person['timezone'],
				$person['languages'],
				$person['teams'],
				array(),
				$person['availability'],
				$person['intro'],
				$person['capacity'] ?? 3,
				'normal',
				'available',
				null,
				'subscriber' === $person['role']
			);
			if ( $kept ) {
				$profile->mentor_status = $kept->mentor_status;
				$profile->away_until    = $kept->away_until;
				$profile->backup_mentor = $kept->backup_mentor;
			}
			$saved = $profiles->save( $profile );
			if ( is_wp_error( $saved ) ) {
				throw new \RuntimeException( esc_html( $person['login'] . ': ' . $saved->get_error_message() ) );
			}
		}
		self::load_program();
		$coordinator = get_user_by( 'login', 'coordinator' );
		DemoCohorts::load( $coordinator ? $coordinator->ID : 0 );
		DemoContributions::load();
		DemoGitHub::load( $coordinator ? $coordinator->ID : 0 );
		DemoGraduation::load( $coordinator ? $coordinator->ID : 0 );
		DemoHandoffs::load();
		DemoSurveys::load( $coordinator ? $coordinator->ID : 0 );
		DemoImpact::load( $coordinator ? $coordinator->ID : 0 );
		DemoBadges::load( $coordinator ? $coordinator->ID : 0 );
		DemoPages::mentorship();
		DemoPages::verify();
		DemoSurveyAnswers::load();
		self::load_pages();
		self::get_involved_page();
		// The site's first daily tick, so Settings → Data retention shows what the job did.
		do_action( Cron::DAILY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- wayfinder_daily.
		remove_filter( 'pre_option_' . Settings::WELCOME_EMAIL, '__return_zero' );
		return $counts;
	}

	/** The slug of the demo's page with the mentor directory. */
	public const MENTORS_PAGE = 'mentors';

	/**
	 * The "Mentors" page with the directory block. Only added once: a page at /mentors/ is left as
	 * it is (someone may have edited it).
	 *
	 * @return int The page's ID.
	 * @throws \RuntimeException When WordPress refuses to save the page.
	 */
	public static function load_pages(): int {
		$page = get_page_by_path( self::MENTORS_PAGE );
		if ( $page instanceof \WP_Post ) {
			return $page->ID;
		}
		$id = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_name'    => self::MENTORS_PAGE,
				'post_title'   => __( 'Mentors', 'wayfinder' ),
				'post_content' => '<!-- wp:paragraph --><p>' . esc_html__( 'Our mentors help new contributors find their way. Choose a team, a language or a time that suits you, then ask one of them — or ask for any mentor.', 'wayfinder' ) . '</p><!-- /wp:paragraph -->'
					. "\n\n" . '<!-- wp:wayfinder/mentor-directory {"align":"wide"} /-->',
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			throw new \RuntimeException( esc_html( 'mentors page: ' . $id->get_error_message() ) );
		}
		return $id;
	}

	/**
	 * The "Get involved" page with the orientation quiz (slug get-involved), published once; loading
	 * again puts the quiz back on it if it went missing.
	 *
	 * @return int The page's ID.
	 */
	public static function get_involved_page(): int {
		$block = '<!-- wp:wayfinder/orientation-quiz /-->';
		$page  = get_page_by_path( 'get-involved', OBJECT, 'page' );
		if ( $page instanceof \WP_Post ) {
			if ( 'publish' !== $page->post_status || ! has_block( 'wayfinder/orientation-quiz', $page ) ) {
				wp_update_post(
					array(
						'ID'           => $page->ID,
						'post_status'  => 'publish',
						'post_content' => has_block( 'wayfinder/orientation-quiz', $page ) ? $page->post_content : $page->post_content . "\n\n" . $block,
					)
				);
			}
			return $page->ID;
		}
		$intro = '<!-- wp:paragraph --><p>' . esc_html__( 'Not sure where to start contributing? Answer a few questions: you will see the teams that fit you, why, and how to start — and you can ask for a mentor in one click.', 'wayfinder' ) . '</p><!-- /wp:paragraph -->';
		return (int) wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_name'    => 'get-involved',
				'post_title'   => __( 'Get involved', 'wayfinder' ),
				'post_content' => $intro . "\n\n" . $block,
			)
		);
	}

	/**
	 * A program in motion: two running matches, five mentees waiting for any mentor (Sofía within a
	 * team), one waiting for a named mentor; Priya away for two weeks with Kenji, the backup she named,
	 * covering for Tamil; Lucía passed on Omar. Only added once: nothing is added while Anna has a match.
	 */
	private static function load_program(): void {
		$id = static function ( string $login ): int {
			$user = get_user_by( 'login', $login );
			return $user ? $user->ID : 0;
		};
		if ( array() !== ( new MatchService() )->list( array( 'mentor' => $id( 'mentor-anna' ) ), 1, 1 )[0] ) {
			return;
		}
		$coordinator = $id( 'coordinator' );
		( new MatchService() )->start( $id( 'mentee-jonas' ), $id( 'mentor-anna' ), 'coordinator', $coordinator );
		( new MatchService() )->start( $id( 'mentee-tamil' ), $id( 'mentor-priya' ), 'auto', 0 );
		$requests = new RequestService();
		$requests->create(
			array(
				'type' => 'mentee_request',
				'team' => 'polyglots',
			),
			$id( 'mentee-sofia' )
		);
		foreach ( array( 'mentee-lucas', 'mentee-aisha', 'mentee-yuki', 'mentee-omar' ) as $login ) {
			$requests->create( array( 'type' => 'mentee_request' ), $id( $login ) );
		}
		$requests->create(
			array(
				'type'    => 'mentee_request',
				'mentor'  => $id( 'mentor-grace' ),
				'message' => 'I would love to learn how the docs team works.',
			),
			$id( 'mentee-emily' )
		);
		// Emily would like Grace in particular: she is her preferred mentor, so matching does not leave
		// it to a tie with Kenji (both cover one of her teams with all their room free).
		( new ProfileService() )->update( $id( 'mentee-emily' ), array( 'mentee' => array( 'preferred_mentor' => $id( 'mentor-grace' ) ) ), $id( 'mentee-emily' ) );
		// Priya goes away for two weeks and names Kenji as her backup: Tamil sees who covers.
		( new ProfileService() )->update(
			$id( 'mentor-priya' ),
			array(
				'mentor' => array(
					'backup_mentor' => $id( 'mentor-kenji' ),
					'status'        => 'away',
					'away_until'    => gmdate( 'Y-m-d', time() + 14 * DAY_IN_SECONDS ),
				),
			),
			$id( 'mentor-priya' )
		);
		// Lucía passed on Omar: he keeps his place in the queue, and she no longer sees him.
		( new WaitingMentees() )->pass( $id( 'mentor-lucia' ), $id( 'mentee-omar' ) );
	}
}
