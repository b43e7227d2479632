<?php
/**
 * The mentor playbook: the steps of a cohort (what to do, questions to ask, how to handle
 * drop-offs, and what the program expects of mentees), and the step a cohort is at on a day.
 *
 * Until a coordinator edits it the playbook is DefaultPlaybook, read from code so translations
 * apply; an edited one is kept in the option `wayfinder_playbook` (not autoloaded: only My
 * mentorship, the reminders and the editor read it). Resetting deletes the option.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Playbook;

use Wayfinder\Cohorts\Cohort;
use WP_Error;

/**
 * @phpstan-type Step array{title: string, what_to_do: string, questions: list<string>, drop_offs: string, mentee: string}
 */
final class Playbook {

	public const OPTION = 'wayfinder_playbook';

	public const MIN_STEPS     = 3;
	public const MAX_STEPS     = 12;
	public const MAX_TITLE     = 100;
	public const MAX_TEXT      = 2000;
	public const MAX_LINE      = 300;
	public const MAX_QUESTIONS = 10;

	/** @return list<Step> The playbook in use: the coordinators' edit, else the default. */
	public static function steps(): array {
		$saved = get_option( self::OPTION, null );
		return is_array( $saved ) && count( $saved ) >= self::MIN_STEPS ? self::clean( $saved ) : DefaultPlaybook::steps();
	}

	/** Whether coordinators changed the playbook (false: the default, in the reader's language). */
	public static function is_custom(): bool {
		return is_array( get_option( self::OPTION, null ) );
	}

	/**
	 * Checks steps sent by a coordinator and keeps them; nothing is kept when any is refused.
	 *
	 * @param mixed $steps The steps as sent.
	 * @return list<Step>|WP_Error The steps kept (sanitized), or a 400 with every problem in sentences.
	 */
	public static function save( $steps ) {
		$problems = self::problems( $steps );
		if ( array() !== $problems ) {
			return new WP_Error(
				'wayfinder_playbook_invalid',
				implode( ' ', $problems ),
				array(
					'status'   => 400,
					'problems' => $problems,
				)
			);
		}
		$clean = self::clean( (array) $steps );
		// update_option() is false both when the database refused and when nothing changed.
		if ( ! update_option( self::OPTION, $clean, false ) && get_option( self::OPTION ) !== $clean ) {
			return new WP_Error( 'wayfinder_playbook_not_saved', __( 'The playbook could not be saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		return $clean;
	}

	/** Back to the default playbook (in each reader's language). */
	public static function reset(): void {
		delete_option( self::OPTION );
	}

	/**
	 * What is wrong with the steps sent, in sentences a coordinator can act on; empty when nothing.
	 *
	 * @param mixed $steps The steps as sent.
	 * @return list<string>
	 */
	public static function problems( $steps ): array {
		if ( ! is_array( $steps ) || ! array_is_list( $steps ) ) {
			return array( __( 'The playbook must be a list of steps.', 'wayfinder' ) );
		}
		$count = count( $steps );
		if ( $count < self::MIN_STEPS || $count > self::MAX_STEPS ) {
			/* translators: 1: fewest steps, 2: most steps, 3: how many were sent. */
			return array( sprintf( __( 'A playbook has between %1$d and %2$d steps; this one has %3$d.', 'wayfinder' ), self::MIN_STEPS, self::MAX_STEPS, $count ) );
		}
		$problems = array();
		foreach ( $steps as $i => $step ) {
			$n = $i + 1;
			if ( ! is_array( $step ) ) {
				/* translators: %d: the step's number. */
				$problems[] = sprintf( __( 'Step %d is not a step (a title and texts).', 'wayfinder' ), $n );
				continue;
			}
			foreach ( array( 'title', 'what_to_do', 'drop_offs', 'mentee' ) as $field ) {
				if ( isset( $step[ $field ] ) && ! is_string( $step[ $field ] ) ) {
					/* translators: 1: the step's number, 2: the field's name. */
					$problems[] = sprintf( __( 'Step %1$d: %2$s must be text.', 'wayfinder' ), $n, self::field_labels()[ $field ] );
				}
			}
			$title = is_string( $step['title'] ?? null ) ? trim( $step['title'] ) : '';
			if ( '' === $title ) {
				/* translators: %d: the step's number. */
				$problems[] = sprintf( __( 'Step %d needs a title.', 'wayfinder' ), $n );
			}
			foreach ( array(
				'title'      => self::MAX_TITLE,
				'what_to_do' => self::MAX_TEXT,
				'drop_offs'  => self::MAX_TEXT,
				'mentee'     => self::MAX_LINE,
			) as $field => $most ) {
				if ( is_string( $step[ $field ] ?? null ) && mb_strlen( trim( $step[ $field ] ) ) > $most ) {
					/* translators: 1: the step's number, 2: the field's name, 3: most characters. */
					$problems[] = sprintf( __( 'Step %1$d: %2$s is too long; keep it to %3$d characters.', 'wayfinder' ), $n, self::field_labels()[ $field ], $most );
				}
			}
			$questions = $step['questions'] ?? array();
			if ( ! is_array( $questions ) || array() !== array_filter( $questions, static fn ( $q ): bool => ! is_string( $q ) ) ) {
				/* translators: %d: the step's number. */
				$problems[] = sprintf( __( 'Step %d: the questions must be a list of sentences.', 'wayfinder' ), $n );
				continue;
			}
			$asked = array_filter( array_map( 'trim', $questions ), static fn ( string $q ): bool => '' !== $q );
			if ( count( $asked ) > self::MAX_QUESTIONS ) {
				/* translators: 1: the step's number, 2: most questions. */
				$problems[] = sprintf( __( 'Step %1$d has too many questions; keep it to %2$d.', 'wayfinder' ), $n, self::MAX_QUESTIONS );
			}
			foreach ( $asked as $question ) {
				if ( mb_strlen( $question ) > self::MAX_LINE ) {
					/* translators: 1: the step's number, 2: most characters. */
					$problems[] = sprintf( __( 'Step %1$d: a question is too long; keep each to %2$d characters.', 'wayfinder' ), $n, self::MAX_LINE );
					break;
				}
			}
		}
		return $problems;
	}

	/**
	 * The step the cohort is at on $today (YYYY-MM-DD, the site's date): the steps are spread evenly
	 * over the cohort's days, so a two-week cohort passes through every step, faster than a six-week
	 * one; before it starts, the first step; after it ends (or without dates), the first or last.
	 *
	 * @return array{title: string, what_to_do: string, questions: list<string>, drop_offs: string, mentee: string, number: int, count: int, week: int, weeks: int}
	 */
	public static function step_for( Cohort $cohort, string $today ): array {
		$steps = self::steps();
		$count = count( $steps );
		$week  = $cohort->week_on( $today );
		$weeks = $cohort->weeks();
		if ( 0 === $week || 0 === $weeks ) {
			// Not in the cohort's dates: before the start (or no dates yet) the first step, after the end the last.
			$index = '' !== $cohort->end_date && $today > $cohort->end_date ? $count - 1 : 0;
		} else {
			$days    = Cohort::days( $cohort->start_date, $cohort->end_date );
			$elapsed = Cohort::days( $cohort->start_date, $today ) - 1;
			$index   = min( $count - 1, intdiv( $elapsed * $count, max( 1, $days ) ) );
		}
		return $steps[ $index ] + array(
			'number' => $index + 1,
			'count'  => $count,
			'week'   => $week,
			'weeks'  => $weeks,
		);
	}

	/** @return array<string, string> Field => its name, for people. */
	public static function field_labels(): array {
		return array(
			'title'      => __( 'the title', 'wayfinder' ),
			'what_to_do' => __( 'what to do', 'wayfinder' ),
			'questions'  => __( 'the questions to ask', 'wayfinder' ),
			'drop_offs'  => __( 'how to handle drop-offs', 'wayfinder' ),
			'mentee'     => __( 'what the program expects of mentees', 'wayfinder' ),
		);
	}

	/**
	 * Steps as kept: titles, questions and the mentees' line as plain text; what to do and the
	 * drop-off advice may hold the HTML a post may (wp_kses_post).
	 *
	 * @param array<mixed> $steps Steps that passed problems(), or read back from the option.
	 * @return list<Step>
	 */
	private static function clean( array $steps ): array {
		$clean = array();
		foreach ( $steps as $step ) {
			$step    = is_array( $step ) ? $step : array();
			$text    = static fn ( string $key ): string => is_string( $step[ $key ] ?? null ) ? trim( $step[ $key ] ) : '';
			$clean[] = array(
				'title'      => sanitize_text_field( $text( 'title' ) ),
				'what_to_do' => wp_kses_post( $text( 'what_to_do' ) ),
				'questions'  => array_values(
					array_filter(
						array_map( static fn ( $q ): string => sanitize_text_field( is_string( $q ) ? $q : '' ), is_array( $step['questions'] ?? null ) ? $step['questions'] : array() ),
						static fn ( string $q ): bool => '' !== $q
					)
				),
				'drop_offs'  => wp_kses_post( $text( 'drop_offs' ) ),
				'mentee'     => sanitize_text_field( $text( 'mentee' ) ),
			);
		}
		return $clean;
	}
}
