<?php
/**
 * What each side sees of blind review. A reviewer: their review by its own number, the applicant's
 * pseudonym, the redacted answers (never the originals), the mode in words, team names, the
 * sponsored flag only where the cohort shows it, the rubric and their scores — no application ID,
 * no user ID, no name, address, avatar or profile link. Coordinators: per application its reviewers
 * by name, totals, spread and disagreement, and per reviewer their progress.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Teams\TeamList;

final class ReviewViews {

	public function __construct(
		private readonly ReviewRepository $reviews = new ReviewRepository(),
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
	) {
	}

	/**
	 * A reviewer's list: their reviews (the applications still there), and per cohort how many they
	 * reviewed of those assigned ("12 of 40 reviewed"; conflicts count in neither).
	 *
	 * @return array{cohorts: list<array<string, mixed>>, reviews: list<array<string, mixed>>}
	 */
	public function queue( int $reviewer_id, int $cohort_id = 0 ): array {
		$cohorts = array();
		$list    = array();
		foreach ( $this->reviews->of_reviewer( $reviewer_id, $cohort_id ) as $review ) {
			$application = $this->applications->find( $review->application_id );
			if ( null === $application ) {
				continue;
			}
			if ( ! isset( $cohorts[ $review->cohort_id ] ) ) {
				$cohorts[ $review->cohort_id ] = array(
					'id'       => $review->cohort_id,
					'name'     => self::cohort_name( $review->cohort_id ),
					'assigned' => 0,
					'reviewed' => 0,
					'locked'   => 'open' !== $this->reviews->selection_status( $review->cohort_id ),
				);
			}
			if ( $review->counts() ) {
				++$cohorts[ $review->cohort_id ]['assigned'];
			}
			if ( Review::DONE === $review->status ) {
				++$cohorts[ $review->cohort_id ]['reviewed'];
			}
			$list[] = array(
				'id'        => $review->id,
				'cohort'    => $review->cohort_id,
				'applicant' => $application->pseudonym_label(),
				'status'    => $review->status,
			);
		}
		foreach ( $cohorts as $id => $cohort ) {
			$cohorts[ $id ]['progress'] = sprintf(
				/* translators: 1: applications reviewed, 2: applications assigned. */
				__( '%1$s of %2$s reviewed', 'wayfinder' ),
				number_format_i18n( $cohort['reviewed'] ),
				number_format_i18n( $cohort['assigned'] )
			);
		}
		return array(
			'cohorts' => array_values( $cohorts ),
			'reviews' => $list,
		);
	}

	/**
	 * One review as its reviewer sees it: nothing that says whose application it is.
	 *
	 * @return array<string, mixed>
	 */
	public function blind( Review $review ): array {
		$application = $this->applications->find( $review->application_id );
		$settings    = ApplicationSettings::of( $review->cohort_id );
		$redacted    = null === $application ? array() : $application->redacted;
		$teams       = TeamList::all();
		$view        = array(
			'id'           => $review->id,
			'cohort'       => $review->cohort_id,
			'cohort_name'  => self::cohort_name( $review->cohort_id ),
			'applicant'    => null === $application ? '' : $application->pseudonym_label(),
			'status'       => $review->status,
			'answers'      => array_map(
				static fn ( array $question ): array => array(
					'key'    => $question['key'],
					'label'  => $question['label'],
					'answer' => $redacted[ $question['key'] ] ?? '',
				),
				$settings->questions
			),
			'mode'         => null === $application ? '' : $application->mode,
			'mode_label'   => null === $application ? '' : ( Cohort::mode_labels()[ $application->mode ] ?? '' ),
			'teams'        => null === $application ? array() : array_map( static fn ( string $slug ): string => $teams[ $slug ]['name'] ?? $slug, $application->teams ),
			'rubric'       => $settings->rubric,
			'scale'        => $settings->scale,
			'scores'       => (object) $review->scores,
			'notes'        => (object) $review->notes,
			'total'        => $review->total,
			'submitted_at' => null === $review->submitted_at ? null : mysql_to_rfc3339( $review->submitted_at ),
			'can_change'   => Review::CONFLICT !== $review->status && 'open' === $this->reviews->selection_status( $review->cohort_id ),
		);
		if ( $settings->show_sponsored && null !== $application ) {
			$view['sponsored'] = $application->sponsored;
		}
		return $view;
	}

	/**
	 * A cohort's blind review for coordinators: each released application with its reviewers, and each
	 * reviewer's progress.
	 *
	 * @return array<string, mixed>
	 */
	public function cohort( int $cohort_id, int $pool_size ): array {
		$reviews = array();
		foreach ( $this->reviews->in_cohort( $cohort_id ) as $review ) {
			$reviews[ $review->application_id ][] = $review;
		}
		$reviewer_ids = array();
		foreach ( $reviews as $of_application ) {
			foreach ( $of_application as $review ) {
				$reviewer_ids[] = $review->reviewer_id;
			}
		}
		$names      = DisplayName::many( array_values( array_unique( $reviewer_ids ) ) );
		$people     = array();
		$rows       = array();
		$flagged    = 0;
		$settings   = ApplicationSettings::of( $cohort_id );
		$person_row = static fn ( int $id ): array => array(
			'id'        => $id,
			'name'      => '' !== ( $names[ $id ] ?? '' ) ? $names[ $id ] : __( 'A former reviewer', 'wayfinder' ),
			'assigned'  => 0,
			'done'      => 0,
			'conflicts' => 0,
		);
		foreach ( $this->applications->in_cohort( $cohort_id, Application::MENTEE ) as $application ) {
			if ( null === $application->released_at ) {
				continue;
			}
			$counting  = 0;
			$reviewers = array();
			foreach ( $reviews[ $application->id ] ?? array() as $review ) {
				$people[ $review->reviewer_id ] ??= $person_row( $review->reviewer_id );
				if ( Review::CONFLICT === $review->status ) {
					++$people[ $review->reviewer_id ]['conflicts'];
				} else {
					++$counting;
					++$people[ $review->reviewer_id ]['assigned'];
				}
				if ( Review::DONE === $review->status ) {
					++$people[ $review->reviewer_id ]['done'];
				}
				$reviewers[] = array(
					'review'        => $review->id,
					'reviewer'      => $review->reviewer_id,
					'name'          => $people[ $review->reviewer_id ]['name'],
					'status'        => $review->status,
					'total'         => $review->total,
					'conflict_note' => $review->conflict_note,
				);
			}
			$needs   = Application::REVIEW === $application->stage ? max( 0, $application->reviews_wanted - $counting ) : 0;
			$flagged = $flagged + ( $application->flagged ? 1 : 0 );
			$rows[]  = array(
				'id'             => $application->id,
				'applicant'      => $application->pseudonym_label(),
				'stage'          => $application->stage,
				'reviews_wanted' => $application->reviews_wanted,
				'reviews_done'   => $application->reviews_done,
				'score'          => $application->score,
				'spread'         => $application->spread,
				'flagged'        => $application->flagged,
				'needs'          => $needs,
				'needs_label'    => 0 === $needs ? '' : sprintf(
					/* translators: %s: how many reviewers are missing. */
					_n( 'Needs %s more reviewer', 'Needs %s more reviewers', $needs, 'wayfinder' ),
					number_format_i18n( $needs )
				),
				'reviewers'      => $reviewers,
			);
		}
		return array(
			'cohort'       => $cohort_id,
			'scale'        => $settings->scale,
			'disagreement' => $settings->disagreement,
			'pool'         => $pool_size,
			'flagged'      => $flagged,
			'applications' => $rows,
			'reviewers'    => array_values( $people ),
		);
	}

	private static function cohort_name( int $cohort_id ): string {
		$cohort = CohortPostType::find( $cohort_id );
		return null === $cohort ? '' : $cohort->name;
	}
}
