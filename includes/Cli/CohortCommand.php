<?php
/**
 * WP-CLI: `wp wayfinder cohort` — list cohorts, list a cohort's people, enrol someone or withdraw
 * them, through the same rules as the REST API.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortProgress;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Graduation\CohortClosing;

/**
 * Lists cohorts and their people; enrols, withdraws and closes.
 */
final class CohortCommand {

	public function __construct(
		private readonly Enrolment $enrolment = new Enrolment(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly CohortClosing $closing = new CohortClosing(),
	) {
	}

	/**
	 * Lists the cohorts, newest first, with their dates, stage and places taken.
	 *
	 * ## OPTIONS
	 *
	 * [--format=<format>]
	 * : table, csv, json or yaml.
	 * ---
	 * default: table
	 * ---
	 *
	 * ## EXAMPLES
	 *     wp wayfinder cohort list
	 *
	 * @subcommand list
	 * @param string[]              $args       Positional arguments (none).
	 * @param array<string, string> $assoc_args Options.
	 */
	public function list_( array $args, array $assoc_args ): void {
		unset( $args );
		$ids    = get_posts(
			array(
				'post_type'      => CohortPostType::POST_TYPE,
				'post_status'    => array( 'publish', 'draft', 'pending', 'future', 'private' ),
				'posts_per_page' => 100,
				'fields'         => 'ids',
			)
		);
		$stages = Cohort::stage_labels();
		$rows   = array();
		foreach ( $ids as $id ) {
			$cohort = CohortPostType::find( (int) $id );
			if ( null === $cohort ) {
				continue;
			}
			$taken  = $this->members->enrolled( $cohort->id );
			$rows[] = array(
				'id'      => $cohort->id,
				'name'    => $cohort->name,
				'dates'   => '' === $cohort->start_date ? '—' : $cohort->start_date . ' – ' . $cohort->end_date,
				'stage'   => $stages[ $cohort->stage ] ?? $cohort->stage,
				'mentees' => $taken[ CohortMember::MENTEE ] . ' / ' . $cohort->seats,
				'mentors' => $taken[ CohortMember::MENTOR ] . ' / ' . $cohort->mentor_places,
			);
		}
		if ( array() === $rows ) {
			\WP_CLI::log( 'No cohorts yet. Add one under Mentorship → Cohorts.' );
			return;
		}
		\WP_CLI\Utils\format_items( $assoc_args['format'] ?? 'table', $rows, array( 'id', 'name', 'dates', 'stage', 'mentees', 'mentors' ) );
	}

	/**
	 * Lists the people of a cohort: mentors first, then by name.
	 *
	 * ## OPTIONS
	 *
	 * <cohort>
	 * : The cohort's ID.
	 *
	 * [--format=<format>]
	 * : table, csv, json or yaml.
	 * ---
	 * default: table
	 * ---
	 *
	 * ## EXAMPLES
	 *     wp wayfinder cohort members 42
	 *
	 * @param string[]              $args       The cohort's ID.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function members( array $args, array $assoc_args ): void {
		$cohort = CohortPostType::find( (int) $args[0] );
		if ( null === $cohort ) {
			\WP_CLI::error( sprintf( 'There is no cohort %s. `wp wayfinder cohort list` shows them.', $args[0] ) );
		}
		$modes = Cohort::mode_labels();
		$rows  = array();
		for ( $page = 1; ; $page++ ) {
			$members = $this->members->page( $cohort->id, '', $page, 100 );
			foreach ( $members as $member ) {
				$rows[] = array(
					'user'     => $member->user_id,
					'name'     => $member->name,
					'role'     => $member->role,
					'how'      => $modes[ $member->mode ] ?? '',
					'enrolled' => $member->enrolled_at,
				);
			}
			if ( count( $members ) < 100 ) {
				break;
			}
		}
		if ( array() === $rows ) {
			\WP_CLI::log( sprintf( 'Nobody has a place in %s yet. Enrol people with `wp wayfinder cohort enrol %d <user>`.', $cohort->name, $cohort->id ) );
			return;
		}
		\WP_CLI\Utils\format_items( $assoc_args['format'] ?? 'table', $rows, array( 'user', 'name', 'role', 'how', 'enrolled' ) );
	}

	/**
	 * How each mentee of a cohort is doing: their mentor, sessions attended against what the cohort
	 * asks, training, the plan, check-ins, last activity and any early warning.
	 *
	 * ## OPTIONS
	 *
	 * <cohort>
	 * : The cohort's ID.
	 *
	 * [--orderby=<field>]
	 * : name, mentor, sessions, training, plan, checkins, last_activity or warning.
	 * ---
	 * default: name
	 * ---
	 *
	 * [--format=<format>]
	 * : table, csv, json or yaml.
	 * ---
	 * default: table
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder cohort progress 42 --orderby=warning --format=csv > progress.csv
	 *
	 * @param list<string>          $args       The cohort.
	 * @param array<string, string> $assoc_args Sort and format.
	 */
	public function progress( array $args, array $assoc_args ): void {
		$cohort = CohortPostType::find( (int) $args[0] );
		if ( null === $cohort ) {
			\WP_CLI::error( sprintf( 'There is no cohort %s. `wp wayfinder cohort list` shows them.', $args[0] ) );
		}
		$orderby = $assoc_args['orderby'] ?? 'name';
		if ( ! isset( CohortMemberRepository::PROGRESS_ORDER[ $orderby ] ) ) {
			\WP_CLI::error( sprintf( 'Sort by one of: %s.', implode( ', ', array_keys( CohortMemberRepository::PROGRESS_ORDER ) ) ) );
		}
		$rows     = array();
		$progress = new CohortProgress( $this->members );
		for ( $page = 1; ; $page++ ) {
			list( $found, $total ) = $progress->page( $cohort, $orderby, 'warning' === $orderby, $page, 100 );
			foreach ( $found as $row ) {
				$rows[] = array(
					'mentee'         => $row['name'],
					'how'            => $row['mode_label'],
					'mentor'         => $row['mentor_name'],
					'1:1s'           => $row['one_to_ones']['done'] . ' / ' . $row['one_to_ones']['required'],
					'group sessions' => $row['group_sessions']['done'] . ' / ' . $row['group_sessions']['required'],
					'training'       => $row['training_done'],
					'plan'           => $row['plan_done'] . ' / ' . $row['plan_goals'],
					'check-ins'      => $row['checkins_answered'],
					'last activity'  => $row['last_activity'] ?? '',
					'warning'        => $row['warning_label'],
				);
			}
			if ( $page * 100 >= $total ) {
				break;
			}
		}
		if ( array() === $rows ) {
			\WP_CLI::log( sprintf( '%s has no mentees yet. Enrol people with `wp wayfinder cohort enrol %d <user>`.', $cohort->name, $cohort->id ) );
			return;
		}
		\WP_CLI\Utils\format_items( $assoc_args['format'] ?? 'table', $rows, array_keys( $rows[0] ) );
	}

	/**
	 * Gives someone a place in a cohort.
	 *
	 * ## OPTIONS
	 *
	 * <cohort>
	 * : The cohort's ID.
	 *
	 * <user>
	 * : The person: a user ID, login or email address.
	 *
	 * [--role=<role>]
	 * : mentee or mentor.
	 * ---
	 * default: mentee
	 * options:
	 *   - mentee
	 *   - mentor
	 * ---
	 *
	 * [--mode=<mode>]
	 * : How a mentee takes part: one_to_one, project_group or group_only.
	 * ---
	 * default: one_to_one
	 * ---
	 *
	 * ## EXAMPLES
	 *     wp wayfinder cohort enrol 42 ana --role=mentee --mode=project_group
	 *
	 * @param string[]              $args       The cohort and the person.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function enrol( array $args, array $assoc_args ): void {
		$user   = Who::user( $args[1] );
		$member = $this->enrolment->enrol( (int) $args[0], $user->ID, $assoc_args['role'] ?? CohortMember::MENTEE, $assoc_args['mode'] ?? Cohort::ONE_TO_ONE, get_current_user_id() );
		if ( is_wp_error( $member ) ) {
			\WP_CLI::error( $member->get_error_message() );
		}
		\WP_CLI::success( sprintf( '%s has a place in cohort %d as a %s.', $user->display_name, $member->cohort_id, $member->role ) );
	}

	/**
	 * Frees someone's place in a cohort.
	 *
	 * ## OPTIONS
	 *
	 * <cohort>
	 * : The cohort's ID.
	 *
	 * <user>
	 * : The person: a user ID, login or email address.
	 *
	 * ## EXAMPLES
	 *     wp wayfinder cohort withdraw 42 ana
	 *
	 * @param string[] $args       The cohort and the person.
	 * @param string[] $assoc_args Options (none).
	 */
	public function withdraw( array $args, array $assoc_args ): void {
		unset( $assoc_args );
		$user   = Who::user( $args[1] );
		$member = $this->enrolment->withdraw( (int) $args[0], $user->ID, get_current_user_id() );
		if ( is_wp_error( $member ) ) {
			\WP_CLI::error( $member->get_error_message() );
		}
		\WP_CLI::success( sprintf( '%s no longer has a place in cohort %d.', $user->display_name, $member->cohort_id ) );
	}

	/**
	 * Closes a running cohort now.
	 *
	 * The way the hourly tick closes one whose end date has passed: it becomes finished (the surveys "after", badges and impact figures follow), and each of its people
	 * hears how it ended for them on the next ticks. Asks first unless --yes.
	 *
	 * ## OPTIONS
	 *
	 * <cohort>
	 * : The cohort's ID (`wp wayfinder cohort list` shows them).
	 *
	 * [--yes]
	 * : Close it without asking.
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder cohort close 42
	 *     wp wayfinder cohort close 42 --yes
	 *
	 * @param list<string>          $args       The cohort.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function close( array $args, array $assoc_args ): void {
		$cohort = CohortPostType::find( (int) $args[0] );
		if ( null === $cohort ) {
			/* translators: %s: what was typed as a cohort's ID. */
			\WP_CLI::error( sprintf( __( 'There is no cohort %s. `wp wayfinder cohort list` shows them.', 'wayfinder' ), $args[0] ) );
		}
		if ( Cohort::RUNNING === $cohort->stage ) {
			$taken = $this->members->enrolled( $cohort->id );
			$early = '' !== $cohort->end_date && $cohort->end_date >= (string) wp_date( 'Y-m-d' )
				/* translators: %s: a date. */
				? ' ' . sprintf( __( 'Its end date, %s, has not come yet: it finishes early, today.', 'wayfinder' ), $cohort->end_date )
				: '';
			/* translators: 1: the cohort's name, 2: how many mentees, 3: how many mentors, 4: a sentence about ending early, or nothing. */
			\WP_CLI::confirm( sprintf( __( 'Close %1$s (%2$d mentees, %3$d mentors)?%4$s', 'wayfinder' ), $cohort->name, $taken[ CohortMember::MENTEE ], $taken[ CohortMember::MENTOR ], $early ), $assoc_args );
		}
		$closed = $this->closing->close( $cohort );
		if ( is_wp_error( $closed ) ) {
			\WP_CLI::error( $closed->get_error_message() );
		}
		/* translators: %s: the cohort's name. */
		\WP_CLI::success( sprintf( __( '%s is finished. Its people hear how it ended for them with the next hourly ticks.', 'wayfinder' ), $cohort->name ) );
	}
}
