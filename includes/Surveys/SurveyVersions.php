<?php
/**
 * Keeps a survey's versions in step with its questions, on every save (REST or PHP): the first
 * questions become version 1; changed questions rewrite the newest version while nobody answered it,
 * and become the next version once someone did — so every response keeps the questions it answered.
 * Unchanged questions change nothing. Race-safe: the newest version's row is locked while deciding,
 * and a version number taken by a concurrent save (the unique key) is decided again once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Transaction;
use WP_Error;

final class SurveyVersions {

	public function __construct(
		private readonly SurveyVersionRepository $versions = new SurveyVersionRepository(),
		private readonly ResponseRepository $responses = new ResponseRepository(),
	) {
	}

	/** The version people answer now: the newest (made from the survey's questions when it has none yet). */
	public function current( int $survey_id ): ?SurveyVersion {
		return $this->versions->latest( $survey_id ) ?? $this->sync( $survey_id );
	}

	/** After a survey's post or its questions were saved. */
	public function saved( int $post_id ): void {
		if ( SurveyPostType::POST_TYPE === get_post_type( $post_id ) ) {
			$this->sync( $post_id );
		}
	}

	/**
	 * Brings the versions in step with the survey's questions as saved now; the version that holds them
	 * (null when the survey has no valid questions).
	 *
	 * @throws \RuntimeException When the database refused a statement twice.
	 */
	public function sync( int $survey_id ): ?SurveyVersion {
		$questions = Questions::parse( get_post_meta( $survey_id, SurveyPostType::QUESTIONS, true ) );
		if ( $questions instanceof WP_Error || SurveyPostType::POST_TYPE !== get_post_type( $survey_id ) ) {
			return $this->versions->latest( $survey_id );
		}
		// A concurrent save may take the version number first: decide once more against what it saved.
		for ( $attempt = 0; $attempt < 2; $attempt++ ) {
			$done = Transaction::run( fn () => $this->apply( $survey_id, $questions ) );
			if ( $done instanceof SurveyVersion ) {
				return $done;
			}
		}
		throw new \RuntimeException( 'The survey version could not be saved: another save took its number twice.' );
	}

	/**
	 * One attempt: the version that now holds the questions, or false when another save took the number.
	 *
	 * @param list<Question> $questions
	 */
	private function apply( int $survey_id, array $questions ): SurveyVersion|false {
		$latest = $this->versions->latest_locked( $survey_id );
		if ( null === $latest ) {
			return $this->versions->add( $survey_id, 1, $questions, time() ) ?? false;
		}
		if ( Questions::to_arrays( $latest->questions ) === Questions::to_arrays( $questions ) ) {
			return $latest;
		}
		if ( $this->responses->version_answered( $latest->id ) ) {
			return $this->versions->add( $survey_id, $latest->version + 1, $questions, time() ) ?? false;
		}
		$this->versions->replace_questions( $latest->id, $questions );
		return $this->versions->find( $latest->id ) ?? false;
	}
}
