<?php
/**
 * The four kinds of personal data that retention removes once their time is up, each with its
 * setting (months; 0 keeps it forever), its default, and the subjects whose rows it empties.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Retention;

use Wayfinder\Privacy\RetentionSubject;

final class Kind {

	/** Finished programs: a cohort's check-ins, plans, notes and applications; closed 1:1 requests' messages. */
	public const PROGRAMS = 'programs';

	/** Applications that were not selected, after the cohort's selection was revealed and the cohort finished. */
	public const APPLICATIONS = 'applications';

	/** The text answers of surveys. */
	public const SURVEY_TEXT = 'survey_text';

	/** The reasons written in the audit trail. */
	public const AUDIT = 'audit';

	private function __construct( public readonly string $value ) {
	}

	/** @return list<self> Every kind, in the order a run takes them. */
	public static function cases(): array {
		return array_map( static fn ( string $value ): self => new self( $value ), array( self::PROGRAMS, self::APPLICATIONS, self::SURVEY_TEXT, self::AUDIT ) );
	}

	/** The kind with this value (one of the constants). */
	public static function from( string $value ): self {
		if ( ! in_array( $value, array( self::PROGRAMS, self::APPLICATIONS, self::SURVEY_TEXT, self::AUDIT ), true ) ) {
			throw new \InvalidArgumentException( esc_html( "Not a kind of retained data: {$value}" ) );
		}
		return new self( $value );
	}

	/** The option that holds the months. */
	public function option(): string {
		return 'wayfinder_retention_' . $this->value . '_months';
	}

	public function default_months(): int {
		return self::APPLICATIONS === $this->value ? 12 : 24;
	}

	/** @return list<RetentionSubject> */
	public function subjects(): array {
		return match ( $this->value ) {
			self::PROGRAMS     => array( RetentionSubject::COHORT, RetentionSubject::REQUEST ),
			self::APPLICATIONS => array( RetentionSubject::APPLICATION ),
			self::SURVEY_TEXT  => array( RetentionSubject::SURVEY_RESPONSE ),
			default            => array( RetentionSubject::AUDIT_EVENT ),
		};
	}

	/** The setting's name on the Settings screen, also in a refusal. */
	public function label(): string {
		return match ( $this->value ) {
			self::PROGRAMS     => __( 'Months to keep the personal data of finished programs', 'wayfinder' ),
			self::APPLICATIONS => __( 'Months to keep applications that were not selected', 'wayfinder' ),
			self::SURVEY_TEXT  => __( 'Months to keep survey text answers', 'wayfinder' ),
			default            => __( 'Months to keep the personal text of the audit trail', 'wayfinder' ),
		};
	}

	/** What the setting does, in a sentence (the setting's description in the REST schema). */
	public function description(): string {
		return match ( $this->value ) {
			self::PROGRAMS     => __( 'Months after a cohort ended, or a 1:1 mentorship and its request closed, before the text people wrote in it is removed; 0 keeps it forever.', 'wayfinder' ),
			self::APPLICATIONS => __( 'Months after a finished cohort\'s selection was revealed before the answers of applications that were not selected are removed; 0 keeps them as long as the rest of the cohort\'s personal data.', 'wayfinder' ),
			self::SURVEY_TEXT  => __( 'Months after a survey was answered before its text answers are removed; 0 keeps them forever.', 'wayfinder' ),
			default            => __( 'Months after an entry of the audit trail was written before the reason written in it is removed; 0 keeps it forever.', 'wayfinder' ),
		};
	}

	/** What one run removed of this kind, in a sentence. */
	public function removed( int $count, int $months ): string {
		$older = self::months( $months );
		return match ( $this->value ) {
			/* translators: 1: how many records, 2: how long, e.g. "24 months". */
			self::PROGRAMS     => sprintf( _n( 'Removed the personal text of %1$s record of programs that ended more than %2$s ago.', 'Removed the personal text of %1$s records of programs that ended more than %2$s ago.', $count, 'wayfinder' ), number_format_i18n( $count ), $older ),
			/* translators: 1: how many records, 2: how long, e.g. "12 months". */
			self::APPLICATIONS => sprintf( _n( 'Removed the personal text of %1$s record of applications that were not selected, more than %2$s after the selection.', 'Removed the personal text of %1$s records of applications that were not selected, more than %2$s after the selection.', $count, 'wayfinder' ), number_format_i18n( $count ), $older ),
			/* translators: 1: how many answers, 2: how long, e.g. "24 months". */
			self::SURVEY_TEXT  => sprintf( _n( 'Removed the personal text of %1$s survey answer older than %2$s.', 'Removed the personal text of %1$s survey answers older than %2$s.', $count, 'wayfinder' ), number_format_i18n( $count ), $older ),
			/* translators: 1: how many entries, 2: how long, e.g. "24 months". */
			default            => sprintf( _n( 'Removed the reason written in %1$s audit trail entry older than %2$s.', 'Removed the reasons written in %1$s audit trail entries older than %2$s.', $count, 'wayfinder' ), number_format_i18n( $count ), $older ),
		};
	}

	/** A run could not finish this kind, in a sentence. */
	public function failed(): string {
		return match ( $this->value ) {
			self::PROGRAMS     => __( 'The personal text of finished programs could not be removed because the database refused a change. Nothing was lost; the next run tries again.', 'wayfinder' ),
			self::APPLICATIONS => __( 'The text of applications that were not selected could not be removed because the database refused a change. Nothing was lost; the next run tries again.', 'wayfinder' ),
			self::SURVEY_TEXT  => __( 'Old survey text answers could not be removed because the database refused a change. Nothing was lost; the next run tries again.', 'wayfinder' ),
			default            => __( 'Old reasons in the audit trail could not be removed because the database refused a change. Nothing was lost; the next run tries again.', 'wayfinder' ),
		};
	}

	private static function months( int $months ): string {
		/* translators: %s: a number of months. */
		return sprintf( _n( '%s month', '%s months', $months, 'wayfinder' ), number_format_i18n( $months ) );
	}
}
