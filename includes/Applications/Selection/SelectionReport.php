<?php
/**
 * The public report of a revealed selection, for the program's post and the cohort's page: how many
 * applied and how far they came, the decisions, by way of taking part and by team, and the sponsored
 * contributors' share — counts only, never a person.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Selection;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Teams\TeamPostType;

final class SelectionReport {

	public function __construct(
		private readonly SelectionRepository $selections = new SelectionRepository(),
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
	) {
	}

	/**
	 * The report, or null before the selection is revealed.
	 *
	 * @return array{revealed_at: string, counts: array<string, int>, modes: list<array{mode: string, label: string, submitted: int, accepted: int}>, teams: list<array{team: string, name: string, submitted: int, accepted: int}>, sponsored: array{submitted: int, accepted: int, submitted_share: int, accepted_share: int}}|null
	 */
	public function build( Cohort $cohort ): ?array {
		$selection = $this->selections->find( $cohort->id );
		if ( SelectionRepository::REVEALED !== $selection['status'] ) {
			return null;
		}
		$stages    = $this->applications->counts( $cohort->id, Application::MENTEE );
		$counts    = array(
			'applied'    => array_sum( $stages ),
			'submitted'  => $stages[ Application::SCREENING ] + $stages[ Application::REVIEW ] + $stages[ Application::DECIDED ],
			'released'   => 0,
			'reviewed'   => 0,
			'accepted'   => 0,
			'waitlisted' => 0,
			'declined'   => 0,
		);
		$modes     = array();
		$teams     = array();
		$sponsored = array(
			'submitted' => 0,
			'accepted'  => 0,
		);
		foreach ( $this->selections->report_rows( $cohort->id ) as $application ) {
			$decided             = Application::DECIDED === $application['stage'];
			$accepted            = $decided && Application::ACCEPTED === $application['decision'];
			$counts['released'] += $application['released'] || Application::SCREENING !== $application['stage'] ? 1 : 0;
			$counts['reviewed'] += $application['reviews_done'] > 0 ? 1 : 0;
			if ( $decided && isset( $counts[ $application['decision'] ] ) ) {
				++$counts[ $application['decision'] ];
			}
			$mode                        = '' !== $application['mode'] ? $application['mode'] : 'none';
			$modes[ $mode ]['submitted'] = ( $modes[ $mode ]['submitted'] ?? 0 ) + 1;
			$modes[ $mode ]['accepted']  = ( $modes[ $mode ]['accepted'] ?? 0 ) + ( $accepted ? 1 : 0 );
			foreach ( $application['teams'] as $team ) {
				$teams[ $team ]['submitted'] = ( $teams[ $team ]['submitted'] ?? 0 ) + 1;
				$teams[ $team ]['accepted']  = ( $teams[ $team ]['accepted'] ?? 0 ) + ( $accepted ? 1 : 0 );
			}
			if ( $application['sponsored'] ) {
				++$sponsored['submitted'];
				$sponsored['accepted'] += $accepted ? 1 : 0;
			}
		}
		$labels  = Cohort::mode_labels();
		$by_mode = array();
		foreach ( Cohort::MODES as $mode ) {
			if ( isset( $modes[ $mode ] ) || $cohort->offers( $mode ) ) {
				$by_mode[] = array(
					'mode'      => $mode,
					'label'     => $labels[ $mode ],
					'submitted' => $modes[ $mode ]['submitted'] ?? 0,
					'accepted'  => $modes[ $mode ]['accepted'] ?? 0,
				);
			}
		}
		ksort( $teams );
		$by_team = array();
		foreach ( $teams as $slug => $figures ) {
			$by_team[] = array(
				'team'      => (string) $slug,
				'name'      => self::team_name( (string) $slug ),
				'submitted' => $figures['submitted'],
				'accepted'  => $figures['accepted'],
			);
		}
		$share = static fn ( int $part, int $whole ): int => $whole > 0 ? (int) round( 100 * $part / $whole ) : 0;
		return array(
			'revealed_at' => (string) $selection['revealed_at'],
			'counts'      => $counts,
			'modes'       => $by_mode,
			'teams'       => $by_team,
			'sponsored'   => array(
				'submitted'       => $sponsored['submitted'],
				'accepted'        => $sponsored['accepted'],
				'submitted_share' => $share( $sponsored['submitted'], $counts['submitted'] ),
				'accepted_share'  => $share( $sponsored['accepted'], $counts['accepted'] ),
			),
		);
	}

	/** A team's name (its slug when the team is gone). */
	public static function team_name( string $slug ): string {
		$team = get_page_by_path( $slug, OBJECT, TeamPostType::POST_TYPE );
		return $team instanceof \WP_Post ? get_the_title( $team ) : $slug;
	}
}
