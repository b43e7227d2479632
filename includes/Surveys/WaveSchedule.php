<?php
/**
 * The coordinators' schedule of survey waves: each wave opened with how many were asked and answered,
 * and the waves still to come — a cohort's "before" while mentees can enrol and answer, its "after"
 * at the day after its end date, its follow-up three months after the end — with their dates from
 * WaveTiming, so the schedule shows what will happen before it does.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;

final class WaveSchedule {

	/** The most opened waves listed. */
	public const LIMIT = 500;

	/** The most cohorts of each stage listed. */
	private const COHORTS = 50;

	public function __construct(
		private readonly WaveRepository $waves = new WaveRepository(),
		private readonly InvitationRepository $invitations = new InvitationRepository(),
	) {
	}

	/**
	 * The waves of a cohort (null: of every open, running and finished cohort, and the 1:1 waves of
	 * cohort 0), opened and planned, in the order cohort, kind, survey.
	 *
	 * @return list<array{id: int|null, survey_id: int, survey_title: string, cohort_id: int, cohort_title: string, kind: string, kind_label: string, opens_at: string|null, closes_at: string|null, opened: bool, invited: int, answered: int, response_rate: float|null}>
	 */
	public function rows( ?int $cohort_id, int $now ): array {
		$opened  = null === $cohort_id ? $this->waves->latest( self::LIMIT ) : $this->waves->of_cohort( $cohort_id );
		$counts  = $this->invitations->counts( array_map( static fn ( Wave $wave ): int => $wave->id, $opened ) );
		$surveys = array();
		$cohorts = array();
		$rows    = array();
		$taken   = array();
		foreach ( $opened as $wave ) {
			$surveys[ $wave->survey_id ] = $surveys[ $wave->survey_id ] ?? SurveyPostType::find( $wave->survey_id );
			if ( $wave->cohort_id > 0 ) {
				$cohorts[ $wave->cohort_id ] = $cohorts[ $wave->cohort_id ] ?? CohortPostType::find( $wave->cohort_id );
			}
			$survey  = $surveys[ $wave->survey_id ];
			$count   = $counts[ $wave->id ] ?? array(
				'invited'  => 0,
				'answered' => 0,
			);
			$opens   = (int) strtotime( $wave->opens_at . ' UTC' );
			$closes  = null === $wave->closes_at ? null : (int) strtotime( $wave->closes_at . ' UTC' );
			$rows[]  = $this->row( $wave->id, $wave->survey_id, null === $survey ? __( '(deleted survey)', 'wayfinder' ) : $survey->title, $wave->cohort_id, $wave->kind, $opens, $closes, $opens <= $now, $count['invited'], $count['answered'] );
			$taken[] = $wave->survey_id . '|' . $wave->cohort_id . '|' . $wave->kind;
		}
		foreach ( $this->cohorts( $cohort_id ) as $cohort ) {
			$cohorts[ $cohort->id ] = $cohort;
			foreach ( $this->planned( $cohort, $now ) as list( $survey, $kind, $opens, $closes ) ) {
				if ( ! in_array( $survey->id . '|' . $cohort->id . '|' . $kind, $taken, true ) ) {
					$rows[] = $this->row( null, $survey->id, $survey->title, $cohort->id, $kind, $opens, $closes, false, 0, 0 );
				}
			}
		}
		if ( null === $cohort_id || 0 === $cohort_id ) {
			foreach ( array( Wave::START, Wave::COMPLETION ) as $kind ) {
				foreach ( Survey::AUDIENCES as $audience ) {
					foreach ( SurveyPostType::published_for( $audience, $kind ) as $survey ) {
						if ( ! in_array( $survey->id . '|0|' . $kind, $taken, true ) ) {
							$rows[] = $this->row( null, $survey->id, $survey->title, 0, $kind, null, null, false, 0, 0 ); // Opens with the first mentorship.
						}
					}
				}
			}
		}
		$titles = array();
		foreach ( $cohorts as $id => $cohort ) {
			$titles[ $id ] = null === $cohort ? __( '(deleted cohort)', 'wayfinder' ) : $cohort->name;
		}
		$order = array_flip( Wave::KINDS );
		foreach ( $rows as &$row ) {
			$row['cohort_title'] = 0 === $row['cohort_id'] ? __( '1:1 mentorships outside cohorts', 'wayfinder' ) : ( $titles[ $row['cohort_id'] ] ?? '' );
		}
		unset( $row );
		usort(
			$rows,
			static fn ( array $a, array $b ): int => array( 0 === $a['cohort_id'] ? 1 : 0, -$a['cohort_id'], $order[ $a['kind'] ] ?? 9, $a['survey_id'] )
				<=> array( 0 === $b['cohort_id'] ? 1 : 0, -$b['cohort_id'], $order[ $b['kind'] ] ?? 9, $b['survey_id'] )
		);
		return $rows;
	}

	/** @return list<Cohort> The cohort asked for, or every open, running and finished one. */
	private function cohorts( ?int $cohort_id ): array {
		if ( null !== $cohort_id ) {
			$cohort = $cohort_id > 0 ? CohortPostType::find( $cohort_id ) : null;
			return null === $cohort ? array() : array( $cohort );
		}
		$found = array();
		foreach ( array( Cohort::OPEN, Cohort::RUNNING, Cohort::FINISHED ) as $stage ) {
			foreach ( CohortPostType::at_stage( $stage, self::COHORTS ) as $id ) {
				$cohort = CohortPostType::find( $id );
				if ( null !== $cohort ) {
					$found[] = $cohort;
				}
			}
		}
		return $found;
	}

	/**
	 * The waves the cohort will have if nothing changes: survey, kind, opening (null: as people enrol)
	 * and closing. A wave whose time went by without it is not listed.
	 *
	 * @return list<array{0: Survey, 1: string, 2: int|null, 3: int|null}>
	 */
	private function planned( Cohort $cohort, int $now ): array {
		$planned = array();
		$going   = in_array( $cohort->stage, array( Cohort::OPEN, Cohort::RUNNING ), true );
		if ( $going && '' !== $cohort->start_date && $now <= WaveTiming::pre_closes( $cohort->start_date ) ) {
			foreach ( SurveyPostType::published_for( Survey::MENTEES, Wave::PRE ) as $survey ) {
				$planned[] = array( $survey, Wave::PRE, null, WaveTiming::pre_closes( $cohort->start_date ) );
			}
		}
		$ended = Cohort::FINISHED === $cohort->stage ? WavePlanner::ended_on( $cohort ) : ( '' !== $cohort->end_date ? $cohort->end_date : null );
		if ( null === $ended || ( ! $going && Cohort::FINISHED !== $cohort->stage ) ) {
			return $planned;
		}
		if ( $going ) {
			$opens = WaveTiming::post_opens( $ended );
			foreach ( array( Survey::MENTEES, Survey::MENTORS ) as $audience ) {
				foreach ( SurveyPostType::published_for( $audience, Wave::POST ) as $survey ) {
					$planned[] = array( $survey, Wave::POST, $opens, WaveTiming::due( $opens, $survey->answer_days ) );
				}
			}
		}
		$opens = WaveTiming::follow_up_opens( $ended );
		foreach ( Survey::AUDIENCES as $audience ) {
			foreach ( SurveyPostType::published_for( $audience, Wave::FOLLOW_UP ) as $survey ) {
				$closes = WaveTiming::due( $opens, $survey->answer_days );
				if ( $now <= $closes ) {
					$planned[] = array( $survey, Wave::FOLLOW_UP, $opens, $closes );
				}
			}
		}
		return $planned;
	}

	/** @return array{id: int|null, survey_id: int, survey_title: string, cohort_id: int, cohort_title: string, kind: string, kind_label: string, opens_at: string|null, closes_at: string|null, opened: bool, invited: int, answered: int, response_rate: float|null} */
	private function row( ?int $id, int $survey_id, string $title, int $cohort_id, string $kind, ?int $opens, ?int $closes, bool $opened, int $invited, int $answered ): array {
		return array(
			'id'            => $id,
			'survey_id'     => $survey_id,
			'survey_title'  => $title,
			'cohort_id'     => $cohort_id,
			'cohort_title'  => '',
			'kind'          => $kind,
			'kind_label'    => Wave::kind_labels()[ $kind ] ?? $kind,
			'opens_at'      => null === $opens ? null : gmdate( 'Y-m-d\TH:i:s\Z', $opens ),
			'closes_at'     => null === $closes ? null : gmdate( 'Y-m-d\TH:i:s\Z', $closes ),
			'opened'        => $opened,
			'invited'       => $invited,
			'answered'      => $answered,
			'response_rate' => $invited > 0 ? round( $answered / $invited, 4 ) : null,
		);
	}
}
