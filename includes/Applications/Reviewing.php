<?php
/**
 * Stage 2 of blind selection, the rules: who reviews (people who may review and can see nobody's
 * personal data — never a screener, a coordinator or an administrator, and never the applicant),
 * assigning reviewers round-robin and balanced when an application is released, scoring against the
 * cohort's rubric (drafts, submitting, changing until the selection is locked), the application's
 * score, spread and disagreement flag kept in step, a conflict of interest (another reviewer for the
 * application, another application for the reviewer) and a coordinator's extra review.
 *
 * Every change runs in one transaction; the unique key (application, reviewer) keeps one review per
 * reviewer per application, so an event that fires twice assigns nobody twice.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Applications\Events\ApplicationReleased;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Transaction;
use WP_Error;

final class Reviewing {

	public function __construct(
		private readonly ReviewRepository $reviews = new ReviewRepository(),
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
	) {
	}

	/**
	 * Whether a person reviews: they hold the reviewer capability and neither screening's nor
	 * coordinating's — whoever can see applicants' personal data never reviews, so no review is
	 * written by someone who knows whose application it is.
	 */
	public static function may_review( int $user_id ): bool {
		return $user_id > 0 && Capabilities::can_review( $user_id ) && ! Capabilities::can_screen( $user_id ) && ! Capabilities::can_coordinate( $user_id );
	}

	/**
	 * Everyone who may review (may_review()), by user ID.
	 *
	 * @return list<int>
	 */
	public function pool(): array {
		$ids = array_map(
			'intval',
			get_users(
				array(
					'capability' => Capabilities::REVIEW,
					'fields'     => 'ID',
					'orderby'    => 'ID',
				)
			)
		);
		return array_values( array_filter( $ids, array( self::class, 'may_review' ) ) );
	}

	/** An application was released to stage 2: it gets the cohort's number of reviewers. */
	public function released( ApplicationReleased $event ): void {
		$this->assign( $event->application->id, time() );
	}

	/**
	 * Gives a released application the reviewers it still wants: on its first assignment the cohort's
	 * number (written into reviews_wanted), later only those missing (a conflict, a pool that was too
	 * small). Safe to call again: it adds nobody when nobody is missing.
	 *
	 * @return list<int> The reviewers given it now.
	 */
	public function assign( int $application_id, int $now ): array {
		return Transaction::run(
			function () use ( $application_id, $now ): array {
				if ( ! $this->reviews->hold_application( $application_id ) ) {
					return array();
				}
				$application = $this->applications->find( $application_id );
				if ( null === $application || ! self::in_review( $application ) ) {
					return array();
				}
				$wanted = $application->reviews_wanted;
				if ( array() === $this->reviews->of_application( $application_id ) ) {
					$wanted = ApplicationSettings::of( $application->cohort_id )->reviews;
					if ( false === $this->applications->update( $application_id, array( 'reviews_wanted' => $wanted ), $now ) ) {
						throw new \RuntimeException( 'The application could not be saved.' );
					}
				}
				return $this->fill( $application, $wanted, $now );
			}
		);
	}

	/**
	 * Assigns reviewers until the application has $wanted reviews that count, from the pool less those
	 * who have it already (any status) and the applicant: fewest reviews in the cohort first, ties by
	 * turn (who was given one longest ago, then by ID), so equal reviewers take turns.
	 *
	 * @return list<int>
	 */
	private function fill( Application $application, int $wanted, int $now ): array {
		$existing = $this->reviews->of_application( $application->id );
		$missing  = $wanted - count( array_filter( $existing, static fn ( Review $review ): bool => $review->counts() ) );
		if ( $missing <= 0 ) {
			return array();
		}
		$taken      = array_map( static fn ( Review $review ): int => $review->reviewer_id, $existing );
		$candidates = array_values( array_diff( $this->pool(), $taken, array( $application->user_id ) ) );
		$loads      = $this->reviews->loads( $application->cohort_id, $candidates );
		usort(
			$candidates,
			static fn ( int $a, int $b ): int => array( $loads[ $a ][0], $loads[ $a ][1], $a ) <=> array( $loads[ $b ][0], $loads[ $b ][1], $b )
		);
		$assigned = array();
		foreach ( array_slice( $candidates, 0, $missing ) as $reviewer ) {
			if ( $this->reviews->assign( $application->id, $application->cohort_id, $reviewer, $now ) ) {
				$assigned[] = $reviewer;
			}
		}
		return $assigned;
	}

	/** A mentee's application in stage 2. */
	private static function in_review( Application $application ): bool {
		return Application::MENTEE === $application->role && $application->is_submitted() && Application::REVIEW === $application->stage;
	}

	/**
	 * The reviewer's own review; the same refusal whether another's or none, so a number says nothing.
	 */
	public function own( int $review_id, int $reviewer_id ): Review|WP_Error {
		$review = $this->reviews->find( $review_id );
		if ( null === $review || $review->reviewer_id !== $reviewer_id || null === $this->applications->find( $review->application_id ) ) {
			return new WP_Error( 'wayfinder_review_not_found', __( 'You have no review with this number. Open your list of reviews and choose one from there.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return $review;
	}

	/**
	 * Saves scores and notes as a draft (some may be missing). A submitted review stays submitted and
	 * must stay complete: changing it is submitting it again.
	 *
	 * @param array<mixed> $scores
	 * @param array<mixed> $notes
	 */
	public function save_draft( int $review_id, int $reviewer_id, array $scores, array $notes, int $now ): Review|WP_Error {
		$review = $this->own( $review_id, $reviewer_id );
		if ( is_wp_error( $review ) ) {
			return $review;
		}
		if ( Review::DONE === $review->status ) {
			return $this->submit( $review_id, $reviewer_id, $scores, $notes, $now );
		}
		return $this->write( $review, $scores, $notes, false, $now );
	}

	/**
	 * Submits a review: every criterion scored; its total is their weighted mean, and the application's
	 * score, spread and flag follow. Scores and notes given here are saved with it; those not given
	 * stay as drafted.
	 *
	 * @param array<mixed>|null $scores
	 * @param array<mixed>|null $notes
	 */
	public function submit( int $review_id, int $reviewer_id, ?array $scores, ?array $notes, int $now ): Review|WP_Error {
		$review = $this->own( $review_id, $reviewer_id );
		if ( is_wp_error( $review ) ) {
			return $review;
		}
		return $this->write( $review, $scores ?? $review->scores, $notes ?? $review->notes, true, $now );
	}

	/**
	 * @param array<mixed> $scores
	 * @param array<mixed> $notes
	 */
	private function write( Review $review, array $scores, array $notes, bool $submit, int $now ): Review|WP_Error {
		if ( Review::CONFLICT === $review->status ) {
			return new WP_Error( 'wayfinder_review_conflict', __( 'You declared a conflict of interest for this application, so it has no scores from you. Open another application in your list.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$locked = $this->locked( $review->cohort_id );
		if ( null !== $locked ) {
			return $locked;
		}
		$settings = ApplicationSettings::of( $review->cohort_id );
		$checked  = self::check( $settings, $scores, $notes, $submit );
		if ( is_wp_error( $checked ) ) {
			return $checked;
		}
		list( $scores, $notes ) = $checked;
		$total                  = $submit ? self::total( $settings, $scores ) : null;
		$status                 = $submit ? Review::DONE : Review::ASSIGNED;
		$submitted              = $submit ? ( null === $review->submitted_at ? $now : (int) strtotime( $review->submitted_at . ' UTC' ) ) : null;
		return Transaction::run(
			function () use ( $review, $status, $scores, $notes, $total, $submitted, $now ) {
				$saved = $this->reviews->save( $review->id, $review->status, $status, $scores, $notes, $total, $submitted );
				if ( 1 !== $saved && ( 0 !== $saved || null === $this->unchanged( $review->id, $review->status ) ) ) {
					return new WP_Error( 'wayfinder_review_changed', __( 'This review changed while you were scoring it. Reload it and try again.', 'wayfinder' ), array( 'status' => 409 ) );
				}
				$this->recompute( $review->application_id, $review->cohort_id, $now );
				return $this->reviews->find( $review->id ) ?? new WP_Error( 'wayfinder_review_changed', __( 'This review changed while you were scoring it. Reload it and try again.', 'wayfinder' ), array( 'status' => 409 ) );
			}
		);
	}

	/** The review still at the status it was read with (a save that changed nothing left it so). */
	private function unchanged( int $review_id, string $status ): ?Review {
		$now = $this->reviews->find( $review_id );
		return null !== $now && $now->status === $status ? $now : null;
	}

	/**
	 * Checks scores and notes against the rubric: known criteria, whole numbers 1..scale, notes of at
	 * most NOTE_LENGTH characters; to submit, every criterion scored.
	 *
	 * @param array<mixed> $scores
	 * @param array<mixed> $notes
	 * @return array{0: array<string, int>, 1: array<string, string>}|WP_Error
	 */
	public static function check( ApplicationSettings $settings, array $scores, array $notes, bool $complete ): array|WP_Error {
		$labels = array_column( $settings->rubric, 'label', 'key' );
		$clean  = array();
		foreach ( $scores as $key => $score ) {
			if ( ! isset( $labels[ $key ] ) ) {
				/* translators: %s: what the reviewer sent as a criterion. */
				return self::refusal( sprintf( __( '“%s” is not a criterion of this cohort’s rubric. Score the criteria shown.', 'wayfinder' ), sanitize_text_field( (string) $key ) ) );
			}
			if ( null === $score || '' === $score ) {
				continue; // Not scored yet.
			}
			if ( ! is_numeric( $score ) || (string) (int) $score !== (string) $score || (int) $score < 1 || (int) $score > $settings->scale ) {
				/* translators: 1: a criterion, 2: the highest score. */
				return self::refusal( sprintf( __( 'Score “%1$s” with a whole number from 1 to %2$d.', 'wayfinder' ), $labels[ $key ], $settings->scale ) );
			}
			$clean[ (string) $key ] = (int) $score;
		}
		$texts = array();
		foreach ( $notes as $key => $note ) {
			if ( ! isset( $labels[ $key ] ) ) {
				/* translators: %s: what the reviewer sent as a criterion. */
				return self::refusal( sprintf( __( '“%s” is not a criterion of this cohort’s rubric. Write notes on the criteria shown.', 'wayfinder' ), sanitize_text_field( (string) $key ) ) );
			}
			$text = sanitize_textarea_field( is_scalar( $note ) ? (string) $note : '' );
			if ( mb_strlen( $text ) > Review::NOTE_LENGTH ) {
				/* translators: 1: the longest note, 2: a criterion. */
				return self::refusal( sprintf( __( 'A note can be at most %1$s characters; the one on “%2$s” is longer. Shorten it and save again.', 'wayfinder' ), number_format_i18n( Review::NOTE_LENGTH ), $labels[ $key ] ) );
			}
			if ( '' !== $text ) {
				$texts[ (string) $key ] = $text;
			}
		}
		if ( $complete ) {
			foreach ( $settings->rubric as $criterion ) {
				if ( ! isset( $clean[ $criterion['key'] ] ) ) {
					/* translators: %s: a criterion. */
					return self::refusal( sprintf( __( 'Score every criterion before you submit: “%s” has no score yet.', 'wayfinder' ), $criterion['label'] ) );
				}
			}
		}
		return array( $clean, $texts );
	}

	/**
	 * The weighted mean of a review's scores.
	 *
	 * @param array<string, int> $scores
	 */
	public static function total( ApplicationSettings $settings, array $scores ): float {
		$sum     = 0;
		$weights = 0;
		foreach ( $settings->rubric as $criterion ) {
			if ( isset( $scores[ $criterion['key'] ] ) ) {
				$sum     += $criterion['weight'] * $scores[ $criterion['key'] ];
				$weights += $criterion['weight'];
			}
		}
		return 0 === $weights ? 0.0 : round( $sum / $weights, 3 );
	}

	/**
	 * Keeps the application's reviews_done, score (the mean of the submitted reviews' totals), spread
	 * (the highest total less the lowest, once two are in) and flagged (a spread of at least the
	 * cohort's disagreement) in step with its reviews.
	 *
	 * @throws \RuntimeException When the database refused.
	 */
	public function recompute( int $application_id, int $cohort_id, int $now ): void {
		$totals = array();
		foreach ( $this->reviews->of_application( $application_id ) as $review ) {
			if ( Review::DONE === $review->status && null !== $review->total ) {
				$totals[] = $review->total;
			}
		}
		$spread = count( $totals ) >= 2 ? round( max( $totals ) - min( $totals ), 3 ) : null;
		$saved  = $this->applications->update(
			$application_id,
			array(
				'reviews_done' => count( $totals ),
				'score'        => array() === $totals ? null : round( array_sum( $totals ) / count( $totals ), 3 ),
				'spread'       => $spread,
				'flagged'      => null !== $spread && $spread >= ApplicationSettings::of( $cohort_id )->disagreement ? 1 : 0,
			),
			$now
		);
		if ( false === $saved ) {
			throw new \RuntimeException( 'The application’s score could not be saved.' );
		}
	}

	/**
	 * A reviewer declares a conflict of interest: the review is set aside (its scores no longer count),
	 * the application gets another reviewer from the pool, and the reviewer gets another application of
	 * the cohort that still wants reviewers and that they do not have.
	 *
	 * @return array{review: Review, replaced: bool, next: ?Review}|WP_Error
	 */
	public function declare_conflict( int $review_id, int $reviewer_id, string $note, int $now ): array|WP_Error {
		$review = $this->own( $review_id, $reviewer_id );
		if ( is_wp_error( $review ) ) {
			return $review;
		}
		if ( Review::CONFLICT === $review->status ) {
			return new WP_Error( 'wayfinder_review_conflict', __( 'You declared a conflict of interest for this application already.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$locked = $this->locked( $review->cohort_id );
		if ( null !== $locked ) {
			return $locked;
		}
		$note = sanitize_textarea_field( $note );
		if ( mb_strlen( $note ) > Review::CONFLICT_LENGTH ) {
			/* translators: %s: the longest note. */
			return self::refusal( sprintf( __( 'The note on your conflict of interest can be at most %s characters.', 'wayfinder' ), number_format_i18n( Review::CONFLICT_LENGTH ) ) );
		}
		return Transaction::run(
			function () use ( $review, $reviewer_id, $note, $now ) {
				$this->reviews->hold_application( $review->application_id );
				$changed = $this->reviews->declare_conflict( $review->id, $note );
				if ( 1 !== $changed ) {
					return new WP_Error( 'wayfinder_review_changed', __( 'This review changed meanwhile. Reload your list and try again.', 'wayfinder' ), array( 'status' => 409 ) );
				}
				$this->recompute( $review->application_id, $review->cohort_id, $now );
				$application = $this->applications->find( $review->application_id );
				$replaced    = null !== $application && self::in_review( $application ) && array() !== $this->fill( $application, $application->reviews_wanted, $now );
				$next        = null;
				foreach ( $this->reviews->needing_reviewers( $review->cohort_id, $reviewer_id ) as $other ) {
					$this->reviews->hold_application( $other );
					if ( $this->reviews->assign( $other, $review->cohort_id, $reviewer_id, $now ) ) {
						foreach ( $this->reviews->of_application( $other ) as $given ) {
							$next = $given->reviewer_id === $reviewer_id ? $given : $next;
						}
						break;
					}
				}
				$declared = $this->reviews->find( $review->id );
				if ( null === $declared ) {
					return new WP_Error( 'wayfinder_review_changed', __( 'This review changed meanwhile. Reload your list and try again.', 'wayfinder' ), array( 'status' => 409 ) );
				}
				return array(
					'review'   => $declared,
					'replaced' => $replaced,
					'next'     => $next,
				);
			}
		);
	}

	/**
	 * A coordinator asks for one more reviewer: one who is missing (after a conflict, or a pool that
	 * was too small), else a third (fourth…) review — reviews_wanted grows by one.
	 *
	 * @return array{application: Application, reviewer: int}|WP_Error
	 */
	public function extra_review( int $application_id, int $now ): array|WP_Error {
		$application = $this->applications->find( $application_id );
		if ( null === $application ) {
			return new WP_Error( 'wayfinder_application_not_found', __( 'There is no application with this number.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( ! self::in_review( $application ) ) {
			return new WP_Error( 'wayfinder_not_in_review', __( 'This application is not in review: only applications released to reviewers get reviewers.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$locked = $this->locked( $application->cohort_id );
		if ( null !== $locked ) {
			return $locked;
		}
		return Transaction::run(
			function () use ( $application_id, $now ) {
				$this->reviews->hold_application( $application_id );
				$application = $this->applications->find( $application_id );
				if ( null === $application ) {
					return new WP_Error( 'wayfinder_application_not_found', __( 'There is no application with this number.', 'wayfinder' ), array( 'status' => 404 ) );
				}
				$counting = count( array_filter( $this->reviews->of_application( $application_id ), static fn ( Review $review ): bool => $review->counts() ) );
				$wanted   = max( $application->reviews_wanted, $counting + 1 );
				$assigned = $this->fill( $application, $counting + 1, $now );
				if ( array() === $assigned ) {
					return new WP_Error( 'wayfinder_no_reviewer_left', __( 'Every reviewer who may review this application has it already or declared a conflict. Give someone the Application reviewer role (without screening or coordinating), then ask again.', 'wayfinder' ), array( 'status' => 409 ) );
				}
				if ( $wanted !== $application->reviews_wanted && false === $this->applications->update( $application_id, array( 'reviews_wanted' => $wanted ), $now ) ) {
					throw new \RuntimeException( 'The application could not be saved.' );
				}
				$this->recompute( $application_id, $application->cohort_id, $now );
				return array(
					'application' => $this->applications->find( $application_id ) ?? $application,
					'reviewer'    => $assigned[0],
				);
			}
		);
	}

	/** The refusal when the cohort's selection is locked (or revealed): reviews no longer change. */
	private function locked( int $cohort_id ): ?WP_Error {
		if ( 'open' === $this->reviews->selection_status( $cohort_id ) ) {
			return null;
		}
		return new WP_Error( 'wayfinder_selection_locked', __( 'The coordinators have locked this cohort’s selection, so its reviews can no longer change.', 'wayfinder' ), array( 'status' => 409 ) );
	}

	private static function refusal( string $message ): WP_Error {
		return new WP_Error( 'wayfinder_invalid_review', $message, array( 'status' => 400 ) );
	}
}
