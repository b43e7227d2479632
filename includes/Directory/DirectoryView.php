<?php
/**
 * What the mentor directory block shows, worked out for its render.php: the filters as the visitor
 * set them (from the query string, so the GET form and links work without JavaScript), the page of
 * mentors, the summary, page links and the empty state. Plain, unescaped values; render.php escapes
 * them as it prints.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Profiles\MeetingHours;

final class DirectoryView {

	/**
	 * @param array<string, mixed> $attributes The block's attributes: perPage, team, showFilters.
	 * @param array<string, mixed> $query      The query string, unslashed (usually $_GET).
	 * @param string               $page_url   The page the block is on (PageUrl::current()).
	 * @return array<string, mixed>
	 */
	public static function build( array $attributes, array $query, Visitor $visitor, string $page_url, ?int $now = null ): array {
		$now       = $now ?? time();
		$fixed     = is_string( $attributes['team'] ?? null ) ? $attributes['team'] : '';
		$filters   = DirectoryFilters::from_query_args( $query, (int) ( $attributes['perPage'] ?? 12 ), $fixed, $visitor->timezone );
		$directory = new MentorDirectory();

		list( $listings, $total ) = $directory->page( $filters, $now );
		$pages                    = max( 1, (int) ceil( $total / $filters->per_page ) );
		if ( $filters->page > $pages && $total > 0 ) {
			// A page past the end (the list got shorter since the link was made): show the last one.
			$filters                  = new DirectoryFilters( $filters->team, $filters->language, $filters->meets, $filters->room, $filters->timezone, '', $pages, $filters->per_page );
			list( $listings, $total ) = $directory->page( $filters, $now );
		}
		if ( get_option( 'show_avatars' ) && array() !== $listings ) {
			// Every card's avatar looks its user up: one query for the page's users instead.
			cache_users( array_map( static fn ( MentorListing $listing ): int => $listing->id, $listings ) );
		}
		MentorCard::listed( $listings ); // What other features print on each card, read once for the page.
		$base      = PageUrl::without_block_args( $page_url );
		$has_fixed = '' !== $fixed && DirectoryFilters::valid_team( $fixed );
		$link      = static fn ( int $page ): string => add_query_arg( $filters->query_args( $page, ! $has_fixed ), $base );
		$first     = ( $filters->page - 1 ) * $filters->per_page + 1;
		$last      = $first + count( $listings ) - 1;

		return array(
			'filters'     => $filters,
			'listings'    => $listings,
			'total'       => $total,
			'pages'       => $pages,
			'show'        => ! array_key_exists( 'showFilters', $attributes ) || (bool) $attributes['showFilters'],
			'fixed_team'  => $has_fixed,
			'form'        => self::form( $base ),
			'teams'       => self::teams( $filters->team, $directory ),
			'languages'   => self::languages( $directory->languages(), $filters->language ),
			'meets'       => self::meet_choices(),
			'timezone'    => $filters->timezone,
			'summary'     => 0 === $total ? '' : sprintf(
				/* translators: 1: first mentor shown, 2: last mentor shown, 3: how many mentors in all. */
				_n( 'Showing %1$s–%2$s of %3$s mentor', 'Showing %1$s–%2$s of %3$s mentors', $total, 'wayfinder' ),
				number_format_i18n( $first ),
				number_format_i18n( $last ),
				number_format_i18n( $total )
			),
			'page_links'  => self::page_links( $filters->page, $pages, $link ),
			'previous'    => $filters->page > 1 ? $link( $filters->page - 1 ) : null,
			'next'        => $filters->page < $pages ? $link( $filters->page + 1 ) : null,
			'clear_url'   => $filters->narrowed( $has_fixed ) ? $base : null,
			'empty'       => 0 === $total ? self::empty_state( $filters, $has_fixed, $visitor, $page_url ) : null,
			'notice'      => RequestForm::notice( 0 ),
			'return_url'  => $page_url,
			'page_number' => $filters->page,
		);
	}

	/**
	 * Where the GET form goes: the page's address without its query, and the query arguments that are
	 * not the directory's as hidden fields (plain permalinks keep ?page_id=…).
	 *
	 * @return array{action: string, hidden: array<string, string>}
	 */
	private static function form( string $base ): array {
		$parts  = explode( '?', $base, 2 );
		$hidden = array();
		if ( isset( $parts[1] ) ) {
			wp_parse_str( $parts[1], $args );
			foreach ( $args as $name => $value ) {
				if ( is_string( $value ) ) {
					$hidden[ (string) $name ] = $value;
				}
			}
		}
		return array(
			'action' => $parts[0],
			'hidden' => $hidden,
		);
	}

	/**
	 * Language code => name, the chosen one included even when no mentor speaks it any more.
	 *
	 * @param list<string> $codes
	 * @return array<string, string>
	 */
	private static function languages( array $codes, string $chosen ): array {
		if ( '' !== $chosen && ! in_array( $chosen, $codes, true ) ) {
			$codes[] = $chosen;
		}
		$names = array();
		foreach ( $codes as $code ) {
			$names[ $code ] = LanguageNames::of( $code );
		}
		asort( $names, SORT_NATURAL | SORT_FLAG_CASE );
		return $names;
	}

	/** @return array<string, string> Choice => label, e.g. "Weekday evenings, 18:00–23:00". */
	public static function meet_choices(): array {
		$labels  = array(
			/* translators: 1: start time, 2: end time. */
			'weekday-mornings'   => __( 'Weekday mornings, %1$s–%2$s', 'wayfinder' ),
			/* translators: 1: start time, 2: end time. */
			'weekday-afternoons' => __( 'Weekday afternoons, %1$s–%2$s', 'wayfinder' ),
			/* translators: 1: start time, 2: end time. */
			'weekday-evenings'   => __( 'Weekday evenings, %1$s–%2$s', 'wayfinder' ),
			/* translators: 1: start time, 2: end time. */
			'weekends'           => __( 'Weekends, %1$s–%2$s', 'wayfinder' ),
		);
		$choices = array();
		foreach ( MeetingHours::CHOICES as $key => list( , $from, $to ) ) {
			$choices[ $key ] = sprintf( $labels[ $key ], MentorCard::clock( sprintf( '%02d:00', $from ) ), MentorCard::clock( sprintf( '%02d:00', $to ) ) );
		}
		return $choices;
	}

	/**
	 * Page numbers around the current one, with gaps: 1 … 4 5 [6] 7 8 … 20.
	 *
	 * @param callable(int): string $link
	 * @return list<array{page: int|null, url: string, current: bool}> A null page is a gap.
	 */
	private static function page_links( int $current, int $pages, callable $link ): array {
		if ( $pages <= 1 ) {
			return array();
		}
		$shown = array_unique( array_merge( array( 1, $pages ), range( max( 1, $current - 2 ), min( $pages, $current + 2 ) ) ) );
		sort( $shown );
		$links    = array();
		$previous = 0;
		foreach ( $shown as $page ) {
			if ( $page - $previous > 1 ) {
				$links[] = array(
					'page'    => null,
					'url'     => '',
					'current' => false,
				);
			}
			$links[]  = array(
				'page'    => $page,
				'url'     => $link( $page ),
				'current' => $page === $current,
			);
			$previous = $page;
		}
		return $links;
	}

	/**
	 * The teams the filter offers: those with listed mentors now (kept with the directory's facets, so
	 * no listed profile is read), and the chosen one whatever it has, so a link to a team's mentors
	 * keeps its choice.
	 *
	 * @return array<string, string> Slug => name.
	 */
	private static function teams( string $chosen, MentorDirectory $directory ): array {
		$covered = array_flip( $directory->teams() );
		$teams   = array();
		foreach ( \Wayfinder\Teams\TeamList::all() as $slug => $team ) {
			if ( isset( $covered[ $slug ] ) || $slug === $chosen ) {
				$teams[ $slug ] = $team['name'];
			}
		}
		return $teams;
	}

	/**
	 * No mentor to show: say so, and offer to ask for any mentor instead (with the team and language
	 * chosen, which become the request's preferences).
	 *
	 * @return array{text: string, hint: string, action: array<string, mixed>, team: array{name: string, url: string}|null}
	 */
	private static function empty_state( DirectoryFilters $filters, bool $team_fixed, Visitor $visitor, string $page_url ): array {
		$text = $filters->narrowed( $team_fixed ) ? __( 'No mentor matches these filters.', 'wayfinder' ) : __( 'No mentors are listed yet.', 'wayfinder' );
		$hint = __( 'You can ask for any mentor instead: mentors and the mentoring coordinators see your request, and one of them will take you on.', 'wayfinder' );
		if ( ! $visitor->logged_in() ) {
			$action = array(
				'kind'  => 'login',
				'url'   => wp_login_url( $page_url ),
				'label' => __( 'Log in to ask for any mentor', 'wayfinder' ),
			);
		} elseif ( ! $visitor->member ) {
			$action = array( 'kind' => 'none' );
		} elseif ( $visitor->has_mentor ) {
			$action = array(
				'kind' => 'note',
				'text' => __( 'You already have a mentor.', 'wayfinder' ),
			);
		} elseif ( $visitor->waiting ) {
			$action = array(
				'kind' => 'note',
				'text' => __( 'You are already waiting for a mentor: one will take you on soon.', 'wayfinder' ),
			);
		} else {
			$action = array(
				'kind'     => 'request',
				'url'      => admin_url( 'admin-post.php' ),
				'label'    => __( 'Ask for any mentor', 'wayfinder' ),
				'team'     => $filters->team,
				'language' => $filters->language,
			);
		}
		return array(
			'text'   => $text,
			'hint'   => $hint,
			'action' => $action,
			// A team without mentors now still has its page (handbook, chat channel) to start from.
			'team'   => '' !== $filters->team ? ( \Wayfinder\Teams\TeamList::all()[ $filters->team ] ?? null ) : null,
		);
	}
}
