<?php
/**
 * The Impact figures: still contributing at 1, 3, 6 and 12 months by cohort, team and how the
 * mentorship started, participants beside waitlisted applicants per cohort, verified contributions by
 * month (the last 24) by kind and team, the totals and the program-wide view of the Overview. Worked
 * out with a few aggregate queries on indexed columns and kept in a transient (an hour at most),
 * dropped whenever outcomes are added or measured or a contribution is recorded or reviewed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Impact;

use Wayfinder\Applications\Selection\SelectionReport;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Mentorship\ProgramFiguresRepository;
use Wayfinder\Platform\Transaction;
use Wayfinder\Surveys\WaveTiming;

final class ImpactFigures {

	/** The transient the figures are kept in: team slug ('' for the whole program) => figures. */
	public const KEPT = 'wayfinder_impact_figures';

	/** How long figures are kept at most, in seconds. */
	public const KEEP_FOR = HOUR_IN_SECONDS;

	/** Months of contributions shown. */
	public const MONTHS_SHOWN = 24;

	public function __construct(
		private readonly OutcomeRepository $outcomes = new OutcomeRepository(),
		private readonly ProgramFiguresRepository $program = new ProgramFiguresRepository(),
	) {
	}

	/** Drops every kept figure: outcomes or contributions changed. */
	public static function forget(): void {
		// Again once the change is committed: another server may have worked them out from before it.
		Transaction::forget( self::KEPT, static fn () => delete_transient( self::KEPT ) );
	}

	/**
	 * The figures, kept or worked out now ('kept' says which).
	 *
	 * @param string $team A team's figures only ('' for the whole program).
	 * @return array<string, mixed>
	 */
	public function get( string $team, int $now ): array {
		$kept = get_transient( self::KEPT );
		$kept = is_array( $kept ) ? $kept : array();
		if ( isset( $kept[ $team ] ) && is_array( $kept[ $team ] ) ) {
			return array( 'kept' => true ) + $kept[ $team ];
		}
		$figures       = $this->compute( $team, $now );
		$kept[ $team ] = $figures;
		set_transient( self::KEPT, $kept, self::KEEP_FOR );
		return array( 'kept' => false ) + $figures;
	}

	/**
	 * Works the figures out.
	 *
	 * @return array<string, mixed>
	 */
	public function compute( string $team, int $now ): array {
		$today     = WaveTiming::day_of( $now );
		$since     = substr( WaveTiming::add_months( $today, -( self::MONTHS_SHOWN - 1 ) ), 0, 8 ) . '01';
		$names     = array();
		$team_name = static function ( string $slug ) use ( &$names ): string {
			if ( '' === $slug ) {
				return __( 'No team', 'wayfinder' );
			}
			$names[ $slug ] ??= SelectionReport::team_name( $slug );
			return $names[ $slug ];
		};

		$total  = $this->outcomes->retention( '', 0, $team );
		$cohort = array();
		foreach ( $this->outcomes->retention( 'cohort_id', null, $team ) as $row ) {
			$id = (int) $row['cohort_id'];
			if ( 0 === $id ) {
				continue;
			}
			$cohort[ $id ] ??= array(
				'cohort'     => $id,
				'name'       => get_the_title( $id ),
				'people'     => self::empty_row(),
				'waitlisted' => null,
			);
			$cohort[ $id ][ 1 === (int) $row['waitlisted'] ? 'waitlisted' : 'people' ] = self::row( $row );
		}
		$by_team = array();
		foreach ( $this->outcomes->retention( 'team', 0, $team ) as $row ) {
			$by_team[] = array(
				'team' => (string) $row['team'],
				'name' => $team_name( (string) $row['team'] ),
			) + self::row( $row );
		}
		$by_origin = array();
		$labels    = self::origin_labels();
		foreach ( $this->outcomes->retention( 'origin', 0, $team ) as $row ) {
			$origin      = (string) $row['origin'];
			$by_origin[] = array(
				'origin' => $origin,
				'name'   => $labels[ $origin ] ?? $origin,
			) + self::row( $row );
		}

		$months = array();
		for ( $i = self::MONTHS_SHOWN - 1; $i >= 0; $i-- ) {
			$months[] = substr( WaveTiming::add_months( $today, -$i ), 0, 7 );
		}
		$by_month = array_fill_keys( $months, array( 0, 0 ) );
		foreach ( $this->outcomes->contributions_by_month( $since, '', $team ) as $row ) {
			$by_month[ $row['month'] ] = array( $row['contributions'], $row['people'] );
		}
		$monthly = array();
		foreach ( $by_month as $month => list( $count, $people ) ) {
			$monthly[] = array(
				'month'         => (string) $month,
				'contributions' => $count,
				'people'        => $people,
				'per_person'    => $people > 0 ? round( $count / $people, 2 ) : 0.0,
			);
		}
		$kinds      = Contribution::kind_labels();
		$by_kind    = array();
		$by_team_mo = array();
		foreach ( $this->outcomes->contributions_by_month( $since, 'kind', $team ) as $row ) {
			$by_kind[] = array(
				'month'         => $row['month'],
				'kind'          => $row['key'],
				'name'          => $kinds[ $row['key'] ] ?? $row['key'],
				'contributions' => $row['contributions'],
				'people'        => $row['people'],
			);
		}
		foreach ( $this->outcomes->contributions_by_month( $since, 'team', $team ) as $row ) {
			$by_team_mo[] = array(
				'month'         => $row['month'],
				'team'          => $row['key'],
				'name'          => $team_name( $row['key'] ),
				'contributions' => $row['contributions'],
				'people'        => $row['people'],
			);
		}

		$totals = self::row( $total[0] ?? array() );
		$out    = array(
			'team'          => $team,
			'computed_at'   => gmdate( 'c', $now ),
			'months'        => OutcomeRepository::MONTHS,
			'totals'        => $totals,
			'by_cohort'     => array_values( $cohort ),
			'by_team'       => $by_team,
			'by_origin'     => $by_origin,
			'contributions' => array(
				'since'    => $since,
				'by_month' => $monthly,
				'by_kind'  => $by_kind,
				'by_team'  => $by_team_mo,
			),
		);
		if ( '' === $team ) {
			$out['overview'] = array(
				'waiting'        => $this->program->count_waiting(),
				'matched'        => array_sum( $this->program->active_matches_by_source() ),
				'graduated'      => $totals['graduated'],
				'ended'          => $totals['people'],
				'due_3'          => $totals['retention'][1]['due'],
				'contributing_3' => $totals['retention'][1]['active'],
				'share_3'        => $totals['retention'][1]['share'],
			);
		}
		return $out;
	}

	/** @return array<string, string> Origin => how the mentorship started, in words. */
	public static function origin_labels(): array {
		return array(
			'auto'           => __( 'Matched automatically', 'wayfinder' ),
			'mentee_request' => __( 'The mentee asked a mentor', 'wayfinder' ),
			'coordinator'    => __( 'A coordinator matched them', 'wayfinder' ),
			'mentor_offer'   => __( 'A mentor offered', 'wayfinder' ),
			'cohort'         => __( 'A cohort', 'wayfinder' ),
			'backup'         => __( 'The backup mentor took over', 'wayfinder' ),
			'waitlist'       => __( 'Waitlisted (no place)', 'wayfinder' ),
		);
	}

	/**
	 * One group's figures: people, graduated, and for each month (1, 3, 6, 12) due, active and share.
	 *
	 * @param array<string, int|string> $row
	 * @return array{people: int, graduated: int, retention: list<array{months: int, due: int, active: int, share: float|null}>}
	 */
	private static function row( array $row ): array {
		$retention = array();
		foreach ( OutcomeRepository::MONTHS as $months ) {
			$due         = (int) ( $row[ "due_{$months}" ] ?? 0 );
			$active      = (int) ( $row[ "active_{$months}" ] ?? 0 );
			$retention[] = array(
				'months' => $months,
				'due'    => $due,
				'active' => $active,
				'share'  => $due > 0 ? round( $active / $due, 4 ) : null,
			);
		}
		return array(
			'people'    => (int) ( $row['people'] ?? 0 ),
			'graduated' => (int) ( $row['graduated'] ?? 0 ),
			'retention' => $retention,
		);
	}

	/** @return array{people: int, graduated: int, retention: list<array{months: int, due: int, active: int, share: float|null}>} */
	private static function empty_row(): array {
		return self::row( array() );
	}
}
