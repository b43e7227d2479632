<?php
/**
 * What a visitor asked the mentor directory for: a team, a language, when they can meet (in their
 * own time zone), only mentors with room now, a name, and a page. The REST route refuses a malformed
 * value with a 400; the block's GET form ignores one (a stale or hand-edited link still shows the
 * directory).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Profiles\MeetingHours;

final class DirectoryFilters {

	public const TEAM_PATTERN     = '^[a-z0-9-]{1,100}$';
	public const LANGUAGE_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$';
	public const MAX_PER_PAGE     = 50;

	/** The block's query arguments (prefixed: `page` and friends are WordPress's own). */
	public const ARG_TEAM     = 'mentors_team';
	public const ARG_LANGUAGE = 'mentors_language';
	public const ARG_MEETS    = 'mentors_meets';
	public const ARG_ROOM     = 'mentors_room';
	public const ARG_TIMEZONE = 'mentors_tz';
	public const ARG_PAGE     = 'mentors_page';

	public function __construct(
		public readonly string $team = '',
		public readonly string $language = '',
		public readonly string $meets = '',
		public readonly bool $room = false,
		public readonly string $timezone = 'UTC',
		public readonly string $search = '',
		public readonly int $page = 1,
		public readonly int $per_page = 12,
	) {
	}

	/**
	 * Whether the visitor narrowed the list (the page and time zone alone do not, nor a team the
	 * block is fixed to).
	 */
	public function narrowed( bool $team_fixed = false ): bool {
		return ( '' !== $this->team && ! $team_fixed ) || '' !== $this->language || '' !== $this->meets || $this->room || '' !== $this->search;
	}

	/**
	 * Filters from the block's query arguments, leniently: what is malformed is left out.
	 *
	 * @param array<string, mixed> $args     Usually $_GET (unslashed).
	 * @param string               $team     A team the block is fixed to ('' for none): it wins.
	 * @param string               $timezone The visitor's time zone when the arguments name none.
	 */
	public static function from_query_args( array $args, int $per_page, string $team, string $timezone ): self {
		$text   = static fn ( string $key ): string => isset( $args[ $key ] ) && is_string( $args[ $key ] ) ? trim( $args[ $key ] ) : '';
		$asked  = $text( self::ARG_TEAM );
		$lang   = $text( self::ARG_LANGUAGE );
		$meets  = $text( self::ARG_MEETS );
		$zone   = $text( self::ARG_TIMEZONE );
		$page   = $text( self::ARG_PAGE );
		$fixed  = self::valid_team( $team ) ? $team : '';
		$chosen = '' !== $fixed ? $fixed : ( self::valid_team( $asked ) ? $asked : '' );
		return new self(
			$chosen,
			self::valid_language( $lang ) ? $lang : '',
			isset( MeetingHours::CHOICES[ $meets ] ) ? $meets : '',
			'1' === $text( self::ARG_ROOM ),
			self::valid_timezone( $zone ) ? $zone : $timezone,
			'',
			ctype_digit( $page ) && (int) $page >= 1 && (int) $page <= 100000 ? (int) $page : 1,
			max( 1, min( self::MAX_PER_PAGE, $per_page ) )
		);
	}

	/**
	 * The query arguments that show these filters on page $page (what the GET form sends; empty
	 * values and the first page are left out, the time zone only matters with "can meet").
	 *
	 * @return array<string, string>
	 */
	public function query_args( int $page, bool $with_team = true ): array {
		$args = array_filter(
			array(
				self::ARG_TEAM     => $with_team ? $this->team : '',
				self::ARG_LANGUAGE => $this->language,
				self::ARG_MEETS    => $this->meets,
				self::ARG_TIMEZONE => '' !== $this->meets ? $this->timezone : '',
				self::ARG_ROOM     => $this->room ? '1' : '',
				self::ARG_PAGE     => $page > 1 ? (string) $page : '',
			),
			static fn ( string $value ): bool => '' !== $value
		);
		return $args;
	}

	/**
	 * Every block query argument, to strip from a URL before adding the current ones.
	 *
	 * @return list<string>
	 */
	public static function arg_names(): array {
		return array( self::ARG_TEAM, self::ARG_LANGUAGE, self::ARG_MEETS, self::ARG_ROOM, self::ARG_TIMEZONE, self::ARG_PAGE );
	}

	public static function valid_team( string $slug ): bool {
		return 1 === preg_match( '/' . self::TEAM_PATTERN . '/', $slug );
	}

	public static function valid_language( string $code ): bool {
		return 1 === preg_match( '/' . self::LANGUAGE_PATTERN . '/', $code );
	}

	public static function valid_timezone( string $zone ): bool {
		return '' !== $zone && in_array( $zone, \Wayfinder\Matching\Person::known_timezones(), true );
	}
}
