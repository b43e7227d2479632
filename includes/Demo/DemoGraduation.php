<?php
/**
 * The demo's graduation, through the services: in the running cohort (whose rule asks a verified
 * contribution, every training item and a team to join) four more mentees in Kenji's project group —
 * Mei meets the rule and waits for `mentor-kenji` to confirm her graduation, Rafael has one thing left
 * (his contribution is not verified yet), Nadia and Tomás graduated (confirmed by Kenji with a note)
 * and chose Polyglots, so their hand-offs wait for `team-rep`; in the finished cohort Jonas graduated.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairing;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Contributions\Recorder;
use Wayfinder\Graduation\GraduationRule;
use Wayfinder\Graduation\GraduationService;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Training\TrainingItems;
use Wayfinder\Training\TrainingService;

final class DemoGraduation {

	/** Login => name, time zone, languages, how far along. */
	private const PEOPLE = array(
		'mentee-mei'    => array( 'Mei Chen', 'Asia/Taipei', array( 'zh', 'en' ), 'ready' ),
		'mentee-rafael' => array( 'Rafael Gómez', 'America/Bogota', array( 'es', 'en' ), 'close' ),
		'mentee-nadia'  => array( 'Nadia Haddad', 'Europe/Paris', array( 'fr', 'ar', 'en' ), 'graduated' ),
		'mentee-tomas'  => array( 'Tomás Novák', 'Europe/Prague', array( 'cs', 'en' ), 'graduated' ),
	);

	/**
	 * @throws \RuntimeException When a step is refused.
	 */
	public static function load( int $coordinator, ?int $today = null ): void {
		$today   = $today ?? time();
		$running = get_page_by_path( DemoCohorts::RUNNING, OBJECT, CohortPostType::POST_TYPE );
		$before  = get_page_by_path( 'contributor-cohort-before', OBJECT, CohortPostType::POST_TYPE );
		$kenji   = get_user_by( 'login', 'mentor-kenji' );
		if ( ! $running instanceof \WP_Post || ! $kenji || get_user_by( 'login', 'mentee-mei' ) ) {
			return; // No demo cohort to add to, or added already.
		}
		$cohort = CohortPostType::find( $running->ID );
		if ( null === $cohort ) {
			return;
		}
		// Three weeks in, the cohort asks what its mentees can have done by now.
		update_post_meta(
			$cohort->id,
			GraduationRule::META,
			array(
				'contributions'  => 1,
				'one_to_ones'    => false,
				'group_sessions' => false,
				'training'       => true,
				'team'           => true,
				'plan'           => false,
			)
		);
		$members  = new CohortMemberRepository();
		$training = new TrainingService();
		$handoffs = new HandoffRepository();
		$graduate = new GraduationService();
		foreach ( self::PEOPLE as $login => list( $name, $zone, $languages, $stage ) ) {
			$user = self::person( $login, $name, $zone, $languages );
			self::check( ( new Enrolment() )->enrol( $cohort->id, $user, CohortMember::MENTEE, Cohort::PROJECT_GROUP, $coordinator ), $login . '\'s place' );
			self::check( ( new CohortPairing( $members ) )->group( $cohort->id, $user, $kenji->ID ), $login . ' in Kenji\'s group' );
			foreach ( ( new TrainingItems() )->of( $cohort ) as $item ) {
				self::check( $training->mark_done( $cohort->id, $item->key, $user ), $login . '\'s training' );
				self::check( $training->confirm( $cohort->id, $item->key, $user, $kenji->ID ), 'Kenji\'s confirmation for ' . $login );
			}
			self::contribution( $user, $login, $today - 5 * DAY_IN_SECONDS, 'close' !== $stage ? $kenji->ID : 0, $today );
			if ( ! $handoffs->choose( $user, $cohort->id, 'polyglots', $today ) ) {
				throw new \RuntimeException( esc_html( $login . '\'s team: refused.' ) );
			}
			if ( 'graduated' === $stage ) {
				/* translators: %s: the mentee's first name. */
				$note = sprintf( __( '%s translated a whole plugin\'s strings during the cohort and reviewed others\' suggestions carefully. Ready to become a regular contributor.', 'wayfinder' ), explode( ' ', $name )[0] );
				self::check( $graduate->confirm( $cohort->id, $user, $note, $kenji->ID, $today ), $login . '\'s graduation' );
			}
		}
		if ( $before instanceof \WP_Post ) {
			self::finished( $before->ID, $coordinator, $today );
		}
	}

	/** The finished cohort: Jonas graduated, confirmed by the coordinator; its people were told how it ended. */
	private static function finished( int $cohort_id, int $coordinator, int $today ): void {
		$jonas = get_user_by( 'login', 'mentee-jonas' );
		if ( ! $jonas ) {
			return;
		}
		update_post_meta( $cohort_id, GraduationRule::META, array( 'contributions' => 1 ) + array_fill_keys( array( 'one_to_ones', 'group_sessions', 'training', 'team', 'plan' ), false ) );
		self::contribution( $jonas->ID, 'mentee-jonas', $today - 100 * DAY_IN_SECONDS, $coordinator, $today );
		self::check( ( new GraduationService() )->confirm( $cohort_id, $jonas->ID, __( 'Jonas fixed two documentation issues and now helps newcomers in the docs team.', 'wayfinder' ), $coordinator, $today - 92 * DAY_IN_SECONDS ), 'Jonas\'s graduation' );
	}

	/** A verified (or, with no reviewer, not yet verified) contribution to the Polyglots team. */
	private static function contribution( int $user, string $login, int $on, int $reviewer, int $now ): void {
		$made = ( new Recorder( new ContributionRepository() ) )->record(
			array(
				'user_id'        => $user,
				'kind'           => 'translation',
				'team'           => 'polyglots',
				'url'            => 'https://translate.wordpress.org/projects/wp-plugins/demo/' . $login . '/',
				'summary'        => __( 'Translated a plugin\'s strings', 'wayfinder' ),
				'contributed_on' => gmdate( 'Y-m-d', $on ),
				'source'         => Contribution::MANUAL,
				'source_key'     => 'demo:' . $login,
				'created_by'     => $user,
			),
			$now
		);
		if ( null !== $made && $reviewer > 0 ) {
			self::check( ( new ContributionRepository() )->review( $made->id, Contribution::VERIFIED, $reviewer, '', $now, array( Contribution::UNVERIFIED ) ), $login . '\'s contribution verified' );
		}
	}

	/** @param list<string> $languages */
	private static function person( string $login, string $name, string $zone, array $languages ): int {
		$user = wp_insert_user(
			array(
				'user_login'   => $login,
				'user_pass'    => DemoPeople::PASSWORD,
				'display_name' => $name,
				'first_name'   => explode( ' ', $name )[0],
				'user_email'   => $login . '@example.org',
				'role'         => 'subscriber',
			)
		);
		if ( is_wp_error( $user ) ) {
			throw new \RuntimeException( esc_html( $login . ': ' . $user->get_error_message() ) );
		}
		$saved = ( new ProfileRepository() )->save( new Profile( $user, $zone, $languages, array( 'polyglots' ), array(), array( array( 3, '17:00', '20:00' ) ), '', 1 ) );
		if ( is_wp_error( $saved ) ) {
			throw new \RuntimeException( esc_html( $login . ': ' . $saved->get_error_message() ) );
		}
		return $user;
	}

	/** @param mixed $result */
	private static function check( $result, string $what ): void {
		if ( false === $result || null === $result || 0 === $result || is_wp_error( $result ) ) {
			throw new \RuntimeException( esc_html( $what . ': ' . ( is_wp_error( $result ) ? $result->get_error_message() : 'refused.' ) ) );
		}
	}
}
