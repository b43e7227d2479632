<?php
/**
 * What a mentor card shows, worked out for the block's render.php: names, formatted times and
 * dates, the status line and which action the visitor gets. Presentation stays in render.php; this
 * class returns plain, unescaped values (render.php escapes them as it prints).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Profiles\ZoneOffsets;

final class MentorCard {

	/**
	 * Fired inside each card, where other features print more about the mentor (escaped), e.g. the
	 * badges they show: `do_action( MentorCard::EXTRAS, int $user_id )`.
	 */
	public const EXTRAS = 'wayfinder_mentor_badges';

	/**
	 * Fired once before a listing of cards renders, with every listed mentor's ID, so a feature reads
	 * what it prints on each card in one query: `do_action( MentorCard::LISTED, list<int> $user_ids )`.
	 */
	public const LISTED = 'wayfinder_mentors_listed';

	private static ?\DateTimeZone $utc = null;

	/**
	 * Tells the features that print on cards which mentors a listing is about to show.
	 *
	 * @param list<MentorListing> $listings
	 */
	public static function listed( array $listings ): void {
		if ( array() !== $listings ) {
			do_action( 'wayfinder_mentors_listed', array_map( static fn ( MentorListing $listing ): int => $listing->id, $listings ) );
		}
	}

	/**
	 * Everything the card shows.
	 *
	 * @return array{
	 *   id: int, anchor: string, name: string, avatar: string, initials: string, intro: list<string>,
	 *   teams: list<array{name: string, url: string}>, languages: list<array{code: string, name: string}>,
	 *   timezone: string, timezone_label: string, local_time: string, local_time_iso: string,
	 *   availability: list<string>, state: string, status: string,
	 *   action: array{kind: string, text?: string, url?: string, label?: string},
	 *   notice: array{text: string, error: bool}|null
	 * }
	 */
	public static function view( MentorListing $mentor, Visitor $visitor, string $return_url, ?int $now = null ): array {
		$now                       = $now ?? time();
		$state                     = $mentor->state( $now );
		list( $zone, $time, $iso ) = self::local_time( $mentor->timezone, $now );
		return array(
			'id'             => $mentor->id,
			'anchor'         => 'wayfinder-mentor-' . $mentor->id,
			'name'           => $mentor->name,
			'avatar'         => self::avatar( $mentor->id ),
			'initials'       => self::initials( $mentor->name ),
			'intro'          => self::paragraphs( $mentor->intro ),
			'teams'          => self::teams( $mentor->teams ),
			'languages'      => array_map(
				static fn ( string $code ): array => array(
					'code' => $code,
					'name' => LanguageNames::of( $code ),
				),
				$mentor->languages
			),
			'timezone'       => $zone,
			'timezone_label' => str_replace( array( '_', '/' ), array( ' ', ' / ' ), $zone ),
			'local_time'     => $time,
			'local_time_iso' => $iso,
			'availability'   => self::availability( $mentor->availability ),
			'state'          => $state,
			'status'         => self::status( $state, $mentor->away_until ),
			'action'         => self::action( $mentor, $state, $visitor, $return_url ),
			'notice'         => RequestForm::notice( $mentor->id ),
		);
	}

	/** The card's status line. */
	public static function status( string $state, ?string $away_until ): string {
		switch ( $state ) {
			case MentorListing::AWAY:
				return null === $away_until
					? __( 'Away for now', 'wayfinder' )
					/* translators: %s: the last day of the mentor's absence. */
					: sprintf( __( 'Away until %s', 'wayfinder' ), date_i18n( (string) get_option( 'date_format' ), (int) strtotime( $away_until ) ) );
			case MentorListing::FULL:
				return __( 'No room for new mentees right now', 'wayfinder' );
			case MentorListing::RETIRED:
				return __( 'No longer mentoring', 'wayfinder' );
			default:
				return __( 'Taking new mentees', 'wayfinder' );
		}
	}

	/**
	 * What the visitor can do: ask (a form), log in first (a link), or read why not (a note); kind
	 * "none" when there is nothing to say.
	 *
	 * @return array{kind: string, text?: string, url?: string, label?: string}
	 */
	private static function action( MentorListing $mentor, string $state, Visitor $visitor, string $return_url ): array {
		if ( MentorListing::AVAILABLE !== $state ) {
			return array( 'kind' => 'none' );
		}
		if ( ! $visitor->logged_in() ) {
			return array(
				'kind'  => 'login',
				'url'   => wp_login_url( $return_url . '#wayfinder-mentor-' . $mentor->id ),
				'label' => __( 'Log in to request this mentor', 'wayfinder' ),
			);
		}
		if ( ! $visitor->member ) {
			return array( 'kind' => 'none' );
		}
		if ( $visitor->id === $mentor->id ) {
			return array(
				'kind' => 'note',
				'text' => __( 'This is your own card.', 'wayfinder' ),
			);
		}
		if ( in_array( $mentor->id, $visitor->asked, true ) ) {
			return array(
				'kind' => 'note',
				/* translators: %s: the mentor's name. */
				'text' => sprintf( __( 'You asked %s to mentor you. They have not answered yet.', 'wayfinder' ), $mentor->name ),
			);
		}
		if ( $visitor->has_mentor ) {
			return array(
				'kind' => 'note',
				'text' => __( 'You already have a mentor.', 'wayfinder' ),
			);
		}
		return array(
			'kind'  => 'request',
			'url'   => admin_url( 'admin-post.php' ),
			'label' => __( 'Request this mentor', 'wayfinder' ),
		);
	}

	/** The avatar's HTML, or "" where the site shows no avatars (then the card shows initials). */
	private static function avatar( int $user_id ): string {
		$html = get_avatar(
			$user_id,
			96,
			'',
			'',
			array(
				'class'         => 'wayfinder-mentor-card__avatar',
				'force_default' => false,
			)
		);
		return is_string( $html ) ? $html : '';
	}

	/**
	 * The intro (plain text: the profile keeps no markup) as paragraphs, split at blank lines.
	 *
	 * @return list<string>
	 */
	public static function paragraphs( string $text ): array {
		$paragraphs = preg_split( '/\R\s*\R/u', trim( $text ) );
		return array_values( array_filter( array_map( 'trim', is_array( $paragraphs ) ? $paragraphs : array() ), static fn ( string $p ): bool => '' !== $p ) );
	}

	public static function initials( string $name ): string {
		$words    = preg_split( '/\s+/u', trim( $name ) );
		$words    = is_array( $words ) ? array_values( array_filter( $words ) ) : array();
		$initials = '';
		foreach ( array( reset( $words ), count( $words ) > 1 ? end( $words ) : '' ) as $word ) {
			if ( is_string( $word ) && '' !== $word ) {
				$initials .= mb_strtoupper( mb_substr( $word, 0, 1 ) );
			}
		}
		return '' !== $initials ? $initials : '?';
	}

	/**
	 * @param list<string> $slugs
	 * @return list<array{name: string, url: string}>
	 */
	private static function teams( array $slugs ): array {
		$known = \Wayfinder\Teams\TeamList::all();
		$teams = array();
		foreach ( $slugs as $slug ) {
			if ( isset( $known[ $slug ] ) ) {
				$teams[] = $known[ $slug ];
			}
		}
		return $teams;
	}

	/**
	 * Weekly windows as lines, one per distinct time range with its days: "Tue, Thu 18:00–20:00".
	 *
	 * @param list<array{0:int,1:string,2:string}> $windows
	 * @return list<string>
	 */
	public static function availability( array $windows ): array {
		global $wp_locale;
		$ranges = array();
		foreach ( $windows as list( $day, $from, $to ) ) {
			if ( $day >= 1 && $day <= 7 ) {
				$ranges[ $from . '-' . $to ]['days'][ $day ] = true;
				$ranges[ $from . '-' . $to ]['from']         = $from;
				$ranges[ $from . '-' . $to ]['to']           = $to;
			}
		}
		uasort(
			$ranges,
			static fn ( array $a, array $b ): int => array( min( array_keys( $a['days'] ) ), $a['from'] ) <=> array( min( array_keys( $b['days'] ) ), $b['from'] )
		);
		$lines = array();
		foreach ( $ranges as $range ) {
			$days = array_keys( $range['days'] );
			sort( $days );
			$names   = array_map( static fn ( int $day ): string => $wp_locale->get_weekday_abbrev( $wp_locale->get_weekday( $day % 7 ) ), $days );
			$lines[] = sprintf(
				/* translators: 1: weekdays, e.g. "Tue, Thu"; 2: start time; 3: end time. */
				__( '%1$s %2$s–%3$s', 'wayfinder' ),
				implode( wp_get_list_item_separator(), $names ),
				self::clock( $range['from'] ),
				self::clock( $range['to'] )
			);
		}
		return $lines;
	}

	/** "HH:MM" in the site's time format. */
	public static function clock( string $time ): string {
		static $clocks = array();
		$format        = (string) get_option( 'time_format' );
		if ( ! isset( $clocks[ $format ][ $time ] ) ) {
			list( $hours, $minutes )    = array_map( 'intval', explode( ':', $time ) + array( 0, 0 ) );
			$clocks[ $format ][ $time ] = 24 === $hours ? '24:00' : (string) wp_date( $format, $hours * HOUR_IN_SECONDS + $minutes * 60, self::utc() );
		}
		return $clocks[ $format ][ $time ];
	}

	/**
	 * The mentor's zone (UTC for one PHP does not know), the time there now in the site's format, and
	 * the same as ISO 8601. From the kept offsets of every zone (Profiles\ZoneOffsets) when the format
	 * shows no zone: loading a zone's rules costs more than a card's whole rest.
	 *
	 * @return array{0: string, 1: string, 2: string}
	 */
	private static function local_time( string $timezone, int $now ): array {
		$format  = (string) get_option( 'time_format' );
		$offsets = ZoneOffsets::at( $now );
		if ( isset( $offsets[ $timezone ] ) && 1 !== preg_match( '/(?<!\\\\)[eIOPpTZcrU]/', $format ) ) {
			$minutes = $offsets[ $timezone ];
			$shifted = $now + $minutes * 60;
			$sign    = $minutes < 0 ? '-' : '+';
			return array(
				$timezone,
				(string) wp_date( $format, $shifted, self::utc() ),
				gmdate( 'Y-m-d\\TH:i:s', $shifted ) . sprintf( '%s%02d:%02d', $sign, intdiv( abs( $minutes ), 60 ), abs( $minutes ) % 60 ),
			);
		}
		try {
			$zone = new \DateTimeZone( $timezone );
		} catch ( \Exception $e ) {
			$zone = self::utc();
		}
		return array( $zone->getName(), (string) wp_date( $format, $now, $zone ), ( new \DateTimeImmutable( '@' . $now ) )->setTimezone( $zone )->format( 'c' ) );
	}

	private static function utc(): \DateTimeZone {
		return self::$utc ??= new \DateTimeZone( 'UTC' );
	}
}
