<?php
/**
 * The rows of the operators' CSV exports: a cohort's places, and the whole program (every
 * mentorship and every cohort place). Only what a coordinator sees on the admin screens — names,
 * roles, how people take part, mentors, dates, hand-off teams — never an e-mail address, a message
 * or an answer. Headers and values are words; dates are ISO days (Y-m-d) in the site's time zone.
 * Rows come a page at a time (a generator), so a large program is never held in memory at once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Handoffs\TeamOptions;
use Wayfinder\Impact\ImpactFigures;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Profiles\DisplayName;

final class ProgramExport {

	private const PAGE = 200;

	public function __construct(
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly MatchRepository $matches = new MatchRepository(),
		private readonly HandoffRepository $handoffs = new HandoffRepository(),
	) {
	}

	/** @return list<string> The header row of a cohort's export. */
	public static function cohort_header(): array {
		return array(
			__( 'Person', 'wayfinder' ),
			__( 'Role', 'wayfinder' ),
			__( 'Way of taking part', 'wayfinder' ),
			__( 'Mentor', 'wayfinder' ),
			__( 'Status', 'wayfinder' ),
			__( 'Enrolled on', 'wayfinder' ),
			__( 'Graduated on', 'wayfinder' ),
			__( 'Hand-off team', 'wayfinder' ),
			__( 'Hand-off status', 'wayfinder' ),
		);
	}

	/**
	 * Every place in the cohort, enrolled or withdrawn, mentors first: one list of cells per row, in
	 * the order of cohort_header().
	 *
	 * @return \Generator<int, list<string>>
	 */
	public function cohort_rows( Cohort $cohort ): \Generator {
		foreach ( $this->places( $cohort->id ) as $place ) {
			$handoff = $this->handoff( $place );
			yield array(
				$place['name'],
				$place['role'],
				$place['mode'],
				$place['mentor'],
				$place['status'],
				$place['enrolled_on'],
				$place['graduated_on'],
				$handoff[0],
				$handoff[1],
			);
		}
	}

	/** @return list<string> The header row of the program's export. */
	public static function program_header(): array {
		return array(
			__( 'Record', 'wayfinder' ),
			__( 'Cohort', 'wayfinder' ),
			__( 'Person', 'wayfinder' ),
			__( 'Role', 'wayfinder' ),
			__( 'Mentor', 'wayfinder' ),
			__( 'How', 'wayfinder' ),
			__( 'Status', 'wayfinder' ),
			__( 'Started on', 'wayfinder' ),
			__( 'Last change on', 'wayfinder' ),
			__( 'Graduated on', 'wayfinder' ),
			__( 'Hand-off team', 'wayfinder' ),
		);
	}

	/**
	 * Every mentorship (newest first), then every place in every cohort (newest cohort first), in the
	 * order of program_header().
	 *
	 * @return \Generator<int, list<string>>
	 */
	public function program_rows(): \Generator {
		$origins  = ImpactFigures::origin_labels();
		$statuses = self::match_statuses();
		$cohorts  = array();
		for ( $page = 1; ; $page++ ) {
			list( $records ) = $this->matches->list( array(), $page, self::PAGE );
			$names           = DisplayName::many( array_merge( array_map( static fn ( $m ): int => $m->mentee_id, $records ), array_map( static fn ( $m ): int => $m->mentor_id, $records ) ) );
			foreach ( $records as $match ) {
				$cohort_id = (int) $match->cohort_id;
				if ( $cohort_id > 0 && ! isset( $cohorts[ $cohort_id ] ) ) {
					$found                 = CohortPostType::find( $cohort_id );
					$cohorts[ $cohort_id ] = null === $found ? '' : $found->name;
				}
				yield array(
					__( 'Mentorship', 'wayfinder' ),
					$cohort_id > 0 ? $cohorts[ $cohort_id ] : '',
					$names[ $match->mentee_id ] ?? '',
					__( 'Mentee', 'wayfinder' ),
					$names[ $match->mentor_id ] ?? '',
					$origins[ $match->source ] ?? $match->source,
					$statuses[ $match->status ] ?? $match->status,
					self::day( $match->created_at ),
					self::day( $match->updated_at ),
					'',
					'',
				);
			}
			if ( count( $records ) < self::PAGE ) {
				break;
			}
		}
		foreach ( CohortPostType::ids() as $cohort_id ) {
			$cohort = CohortPostType::find( $cohort_id );
			if ( null === $cohort ) {
				continue;
			}
			foreach ( $this->places( $cohort->id ) as $place ) {
				yield array(
					__( 'Cohort place', 'wayfinder' ),
					$cohort->name,
					$place['name'],
					$place['role'],
					$place['mentor'],
					$place['mode'],
					$place['status'],
					$place['enrolled_on'],
					'',
					$place['graduated_on'],
					$this->handoff( $place )[0],
				);
			}
		}
	}

	/**
	 * A cell as a spreadsheet should read it: text that starts like a formula is kept as text.
	 */
	public static function cell( string $value ): string {
		return '' !== $value && in_array( $value[0], array( '=', '+', '-', '@', "\t", "\r" ), true ) ? "'" . $value : $value;
	}

	/**
	 * The cohort's places in words, a page at a time.
	 *
	 * @return \Generator<int, array{user_id: int, cohort_id: int, name: string, role: string, mode: string, mentor: string, status: string, enrolled_on: string, graduated_on: string}>
	 */
	private function places( int $cohort_id ): \Generator {
		$modes = Cohort::mode_labels();
		for ( $page = 1; ; $page++ ) {
			$rows = $this->members->export_page( $cohort_id, $page, self::PAGE );
			foreach ( $rows as $row ) {
				$mentee    = CohortMember::MENTEE === $row['role'];
				$graduated = isset( $row['graduated_at'] ) ? (string) $row['graduated_at'] : '';
				yield array(
					'user_id'      => (int) $row['user_id'],
					'cohort_id'    => $cohort_id,
					'name'         => (string) $row['display_name'],
					'role'         => $mentee ? __( 'Mentee', 'wayfinder' ) : __( 'Mentor', 'wayfinder' ),
					'mode'         => $mentee ? ( $modes[ (string) $row['mode'] ] ?? (string) $row['mode'] ) : '',
					'mentor'       => $mentee ? (string) $row['mentor_name'] : '',
					'status'       => CohortMember::WITHDRAWN === $row['status'] ? __( 'Withdrawn', 'wayfinder' ) : ( '' !== $graduated ? __( 'Graduated', 'wayfinder' ) : __( 'Enrolled', 'wayfinder' ) ),
					'enrolled_on'  => self::day( (string) $row['enrolled_at'] ),
					'graduated_on' => '' === $graduated ? '' : self::day( $graduated ),
				);
			}
			if ( count( $rows ) < self::PAGE ) {
				return;
			}
		}
	}

	/**
	 * The team a mentee's hand-off is for, and where it stands, in words ('' for none).
	 *
	 * @param array{user_id: int, cohort_id: int, role: string} $place
	 * @return array{0: string, 1: string}
	 */
	private function handoff( array $place ): array {
		$handoff = $this->handoffs->find_for( $place['user_id'], $place['cohort_id'] );
		if ( null === $handoff || '' === $handoff->team ) {
			return array( '', '' );
		}
		$statuses = array(
			Handoff::CHOSEN   => __( 'Chosen, not sent yet', 'wayfinder' ),
			Handoff::WAITING  => __( 'Sent, waiting for the team', 'wayfinder' ),
			Handoff::ACCEPTED => __( 'Accepted by the team', 'wayfinder' ),
		);
		return array( TeamOptions::name( $handoff->team ), $statuses[ $handoff->status ] ?? $handoff->status );
	}

	/** @return array<string, string> A match's status in words. */
	private static function match_statuses(): array {
		return array(
			'proposed'  => __( 'Proposed, waiting for the mentor', 'wayfinder' ),
			'active'    => __( 'Active', 'wayfinder' ),
			'completed' => __( 'Completed', 'wayfinder' ),
			'ended'     => __( 'Ended', 'wayfinder' ),
		);
	}

	/** A moment (UTC, Y-m-d H:i:s) as the day it was in the site's time zone. */
	private static function day( string $moment ): string {
		return '' === $moment ? '' : (string) wp_date( 'Y-m-d', (int) strtotime( $moment . ' UTC' ) );
	}
}
