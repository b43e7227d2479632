<?php
/**
 * What screeners read (they may see the person: they make the application PII-less): the cohorts
 * with applications to screen, a cohort's queue, and one application — each answer's original beside
 * its redacted text, what the automatic pass replaced, and the history of edits.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Applications\Redaction\Redactor;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\ProfileRepository;

final class ScreeningView {

	/** Cohorts looked at for the list (newest first). */
	public const COHORTS = 200;

	public function __construct(
		private readonly Screening $screening = new Screening(),
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
		private readonly ApplicationEditRepository $edits = new ApplicationEditRepository(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
	) {
	}

	/**
	 * Cohorts that have submitted mentee applications, newest first, with how many are to screen
	 * and how many were released.
	 *
	 * @return list<array{id: int, title: string, to_screen: int, released: int, total: int}>
	 */
	public function cohorts(): array {
		$ids  = get_posts(
			array(
				'post_type'        => CohortPostType::POST_TYPE,
				'post_status'      => array( 'publish', 'draft', 'pending', 'private', 'future' ),
				'fields'           => 'ids',
				'numberposts'      => self::COHORTS, // phpcs:ignore WordPress.WP.PostsPerPage -- a bounded list of cohorts.
				'orderby'          => 'ID',
				'order'            => 'DESC',
				'suppress_filters' => true,
			)
		);
		$list = array();
		foreach ( $ids as $id ) {
			$progress = $this->progress( (int) $id );
			if ( $progress['total'] > 0 ) {
				$list[] = array(
					'id'    => (int) $id,
					'title' => get_the_title( (int) $id ),
				) + $progress;
			}
		}
		return $list;
	}

	/** @return array{to_screen: int, released: int, total: int} A cohort's submitted mentee applications. */
	public function progress( int $cohort_id ): array {
		$counts = $this->applications->counts( $cohort_id, Application::MENTEE );
		$screen = $counts[ Application::SCREENING ] ?? 0;
		$passed = ( $counts[ Application::REVIEW ] ?? 0 ) + ( $counts[ Application::DECIDED ] ?? 0 );
		return array(
			'to_screen' => $screen,
			'released'  => $passed,
			'total'     => $screen + $passed,
		);
	}

	/**
	 * A page of a cohort's queue (oldest submitted first): pseudonyms and counts, no names.
	 *
	 * @return array{items: list<array<string, mixed>>, total: int}
	 */
	public function queue( int $cohort_id, string $stage, int $page, int $per_page, int $screener = 0 ): array {
		$progress = $this->progress( $cohort_id );
		$counts   = $this->applications->counts( $cohort_id, Application::MENTEE );
		$total    = '' === $stage ? $progress['total'] : ( $counts[ $stage ] ?? 0 );
		$rows     = $this->applications->in_cohort( $cohort_id, Application::MENTEE, $stage, $per_page, ( $page - 1 ) * $per_page );
		// The automatic pass is run again for its counts: the page's people and profiles are read at once.
		$people = array_map( static fn ( Application $each ): int => $each->user_id, $rows );
		cache_users( $people );
		$this->profiles->find_many( $people );
		$edited = $this->edits->counts( array_map( static fn ( Application $each ): int => $each->id, $rows ) );
		$items  = array();
		foreach ( $rows as $application ) {
			$own     = $application->user_id === $screener;
			$items[] = array(
				'id'           => $application->id,
				// A screener who applied never learns the pseudonym reviewers will know them by.
				'pseudonym'    => $own ? '' : $application->pseudonym,
				'label'        => $own ? __( 'Your own application (another screener screens it)', 'wayfinder' ) : $application->pseudonym_label(),
				'own'          => $own,
				'submitted_at' => self::date( $application->submitted_at ),
				'stage'        => $application->stage,
				'replacements' => self::sum( $this->screening->automatic( $application ) ),
				'edits'        => $edited[ $application->id ] ?? 0,
				'edited'       => ( $edited[ $application->id ] ?? 0 ) > 0,
			);
		}
		return array(
			'items' => $items,
			'total' => $total,
		);
	}

	/**
	 * One application for its screener: the person's name for reference, each question's original and
	 * redacted text, what the automatic pass replaced, the edits with their editors, and what stops
	 * its release.
	 *
	 * @return array<string, mixed>
	 */
	public function detail( Application $application ): array {
		$labels    = Screening::question_labels( $application->cohort_id );
		$automatic = $this->screening->automatic( $application );
		$edits     = $this->edits->of_application( $application->id );
		$released  = $this->released_by( $application );
		$names     = DisplayName::many( array_values( array_unique( array_filter( array_merge( array_map( static fn ( ApplicationEdit $edit ): int => (int) $edit->editor_id, $edits ), array( $released ) ) ) ) ) );
		$edited    = array_fill_keys( array_map( static fn ( ApplicationEdit $edit ): string => $edit->field, $edits ), true );
		$keys      = array_keys( $labels );
		foreach ( array_keys( $application->answers ) as $key ) {
			if ( ! in_array( $key, $keys, true ) ) {
				$keys[] = (string) $key;
			}
		}
		$questions = array();
		foreach ( $keys as $key ) {
			if ( ! array_key_exists( $key, $application->answers ) ) {
				continue;
			}
			$questions[] = array(
				'key'          => $key,
				'label'        => $labels[ $key ] ?? $key,
				'original'     => $application->answers[ $key ],
				'redacted'     => $application->redacted[ $key ] ?? null,
				'replacements' => isset( $automatic[ $key ] ) ? $automatic[ $key ]->counts : array(),
				'edited'       => isset( $edited[ $key ] ),
			);
		}
		$problem = Application::SCREENING === $application->stage ? $this->screening->problem( $application ) : null;
		return array(
			'id'           => $application->id,
			'cohort'       => array(
				'id'    => $application->cohort_id,
				'title' => get_the_title( $application->cohort_id ),
			),
			'pseudonym'    => $application->pseudonym,
			'label'        => $application->pseudonym_label(),
			'applicant'    => array( 'name' => DisplayName::of( $application->user_id ) ),
			'stage'        => $application->stage,
			'mode'         => $application->mode,
			'teams'        => $application->teams,
			'languages'    => $application->languages,
			'submitted_at' => self::date( $application->submitted_at ),
			'released_at'  => self::date( $application->released_at ),
			'released_by'  => $released > 0 ? ( $names[ $released ] ?? '' ) : '',
			'questions'    => $questions,
			'replacements' => self::sum( $automatic ),
			'edits'        => array_map(
				static fn ( ApplicationEdit $edit ): array => array(
					'id'        => $edit->id,
					'field'     => $edit->field,
					'label'     => $labels[ $edit->field ] ?? $edit->field,
					'editor'    => null === $edit->editor_id ? '' : ( $names[ $edit->editor_id ] ?? '' ),
					'before'    => $edit->before_text,
					'after'     => $edit->after_text,
					'edited_at' => (string) self::date( $edit->edited_at ),
				),
				$edits
			),
			'can_release'  => Application::SCREENING === $application->stage && null === $problem,
			'problem'      => $problem ?? '',
			'kinds'        => Screening::kind_labels(),
		);
	}

	/** Who released it (0: not released, or their account is gone). */
	private function released_by( Application $application ): int {
		if ( null === $application->released_at ) {
			return 0;
		}
		return $this->applications->released_by( $application->id );
	}

	/**
	 * @param array<string, \Wayfinder\Applications\Redaction\Redaction> $redactions
	 * @return array<string, int> Kind => how many, over every answer.
	 */
	private static function sum( array $redactions ): array {
		$sum = array();
		foreach ( $redactions as $redaction ) {
			foreach ( $redaction->counts as $kind => $count ) {
				$sum[ $kind ] = ( $sum[ $kind ] ?? 0 ) + $count;
			}
		}
		return array_intersect_key( array_replace( array_flip( Redactor::KINDS ), $sum ), $sum );
	}

	private static function date( ?string $mysql ): ?string {
		return null === $mysql ? null : mysql_to_rfc3339( $mysql );
	}
}
