<?php
/**
 * The iCalendar (RFC 5545) text for sessions: an invitation (METHOD:REQUEST), its cancellation
 * (METHOD:CANCEL; RFC 5546), a copy to import (METHOD:PUBLISH) or a person's feed (no method). Pure
 * PHP, no WordPress.
 *
 * Lines end in CRLF and are folded at 75 octets without splitting a character (3.1); TEXT values
 * escape backslashes, semicolons, commas and line breaks (3.3.11); parameter values are quoted and
 * lose the characters a quoted value cannot hold (3.2); times are UTC (3.3.5, form #2).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

final class ICalendar {

	public const REQUEST = 'REQUEST';
	public const CANCEL  = 'CANCEL';
	public const PUBLISH = 'PUBLISH';

	private const PRODID = '-//Wayfinder//Mentorship sessions//EN';

	/**
	 * @param string               $method REQUEST, CANCEL, PUBLISH, or '' for a feed to subscribe to.
	 * @param list<CalendarEvent>  $events The sessions.
	 * @param int                  $now    When this was written (DTSTAMP).
	 * @param string               $name   The calendar's name (a feed's X-WR-CALNAME), or ''.
	 */
	public static function calendar( string $method, array $events, int $now, string $name = '' ): string {
		$lines = array( 'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' . self::PRODID, 'CALSCALE:GREGORIAN' );
		if ( '' !== $method ) {
			$lines[] = 'METHOD:' . $method;
		}
		if ( '' !== $name ) {
			$lines[] = 'X-WR-CALNAME:' . self::text( $name );
		}
		foreach ( $events as $event ) {
			array_push( $lines, ...self::event( $event, $now, self::CANCEL === $method || $event->cancelled ) );
		}
		$lines[] = 'END:VCALENDAR';
		return implode( '', array_map( static fn ( string $line ): string => self::fold( $line ) . "\r\n", $lines ) );
	}

	/** @return list<string> */
	private static function event( CalendarEvent $event, int $now, bool $cancelled ): array {
		$lines = array(
			'BEGIN:VEVENT',
			'UID:' . self::text( $event->uid ),
			'SEQUENCE:' . max( 0, $event->sequence ),
			'DTSTAMP:' . self::utc( $now ),
			'DTSTART:' . self::utc( $event->starts ),
			'DTEND:' . self::utc( $event->starts + $event->minutes * 60 ),
			'SUMMARY:' . self::text( $event->summary ),
			'STATUS:' . ( $cancelled ? 'CANCELLED' : 'CONFIRMED' ),
		);
		if ( '' !== $event->description ) {
			$lines[] = 'DESCRIPTION:' . self::text( $event->description );
		}
		if ( '' !== $event->location ) {
			$lines[] = 'LOCATION:' . self::text( $event->location );
		}
		if ( '' !== $event->url && 1 === preg_match( '#^https?://\S+$#', $event->url ) ) {
			$lines[] = 'URL:' . $event->url;
		}
		if ( '' !== $event->organizer['email'] ) {
			$lines[] = 'ORGANIZER;CN=' . self::param( $event->organizer['name'] ) . ':mailto:' . self::address( $event->organizer['email'] );
		}
		foreach ( $event->attendees as $attendee ) {
			if ( '' !== $attendee['email'] ) {
				$lines[] = 'ATTENDEE;CN=' . self::param( $attendee['name'] ) . ';ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:' . self::address( $attendee['email'] );
			}
		}
		$lines[] = 'END:VEVENT';
		return $lines;
	}

	/** A date-time in UTC, e.g. 20270315T170000Z. */
	private static function utc( int $time ): string {
		return gmdate( 'Ymd\THis\Z', $time );
	}

	/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other controls gone. */
	public static function text( string $value ): string {
		$value = str_replace( array( "\r\n", "\r" ), "\n", $value );
		$value = (string) preg_replace( '/[\x00-\x08\x0B-\x1F\x7F]/', '', $value );
		return str_replace( array( '\\', ';', ',', "\n" ), array( '\\\\', '\\;', '\\,', '\\n' ), $value );
	}

	/** A parameter value, quoted: a quoted value cannot hold DQUOTE or control characters. */
	private static function param( string $value ): string {
		return '"' . (string) preg_replace( '/["\x00-\x1F\x7F]/', '', $value ) . '"';
	}

	/** An address for mailto: without anything that would end the value or the line. */
	private static function address( string $email ): string {
		return (string) preg_replace( '/[\s"<>;:,\\\\]/', '', $email );
	}

	/** Folds a line longer than 75 octets: CRLF and a space, never inside a UTF-8 character. */
	public static function fold( string $line ): string {
		if ( strlen( $line ) <= 75 ) {
			return $line;
		}
		$folded = '';
		$width  = 75;
		$length = strlen( $line );
		while ( $length > $width ) {
			$cut = $width;
			// Step back to the start of a character: continuation bytes are 10xxxxxx.
			while ( $cut > 0 && ( ord( $line[ $cut ] ) & 0xC0 ) === 0x80 ) {
				--$cut;
			}
			$folded .= substr( $line, 0, $cut ) . "\r\n ";
			$line    = substr( $line, $cut );
			$length -= $cut;
			$width   = 74; // The space that starts a continuation line counts.
		}
		return $folded . $line;
	}
}
