<?php
/**
 * The scoring layer for many people at once: the top K candidate mentors of every mentee, without
 * building the full mentee × mentor matrix.
 *
 * Only three kinds of mentor can be in a mentee's top K: mentors who share meeting time, mentors who
 * share a team, and — for everyone else, whose score depends on the mentor alone — the best K by
 * free room. So the generator scores those (found through a time index of every mentor's
 * availability, team buckets, and language buckets sorted by room) instead of every mentor, and
 * skips the last two groups when their best possible score cannot reach the K-th best so far.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class CandidateGenerator {

	/** Seconds: mentor windows are indexed in pieces no longer than most windows are. */
	private const PIECE = 3 * 3600;

	/** @var list<Mentor> Mentors who take automatic matches now. */
	private array $eligible = array();
	/** @var list<Mentor> */
	private array $all_mentors = array();
	/** @var array<int, float> */
	private array $load = array();
	/** @var array<int, float> The load weight times load(), the mentor-only part of every score. */
	private array $load_term = array();
	/** @var array<int, array<string, true>> */
	private array $speaks = array();
	/** @var array<string, list<int>> Language => eligible mentor indexes, most room first. */
	private array $by_language = array();
	/** @var list<int> Every eligible mentor index, most room first. */
	private array $by_room = array();
	/** @var array<string, array<string, list<int>>> Shard (as in the time index) => team => eligible mentor indexes, most room first. */
	private array $by_team = array();
	/** @var array<string, array<int, true>> Team => eligible mentor indexes in it. */
	private array $team_members = array();
	private float $max_load     = 0.0;
	/**
	 * What scoring needs to know of the mentee being matched, worked out once per mentee.
	 *
	 * @var array{skip: array<int, true>, team_term: array<int, float>, teams: list<string>, languages: list<string>, preferred: int}
	 */
	private array $mentee = array(
		'skip'      => array(),
		'team_term' => array(),
		'teams'     => array(),
		'languages' => array(),
		'preferred' => -1,
	);
	/** @var array<string, int> */
	private array $index_of = array();
	/**
	 * Eligible mentors' availability, sorted by start, in indexes — the first week of mentors whose
	 * weeks repeat ('week'); the whole horizon of the others ('changing'), and the same folded onto the
	 * first week, a piece under 'folded N' when N weeks have it, for mentees whose weeks repeat — each
	 * in shards: one per language when a shared language is required (so a mentee only meets mentors
	 * they can talk to), else one for everyone.
	 *
	 * @var array<string, array<string, array{starts: list<int>, ends: list<int>, owners: list<int>, longest: int}>>
	 */
	private array $time_index = array();

	/**
	 * Indexes the mentors once; then any number of mentees can be matched against them.
	 *
	 * @param list<Mentor> $mentors
	 */
	public function __construct( public readonly Scorer $scorer, array $mentors ) {
		$this->index( $mentors );
	}

	/** @param list<Mentee> $mentees */
	public function generate( array $mentees ): CandidateSet {
		return CycleCollector::paused(
			function () use ( $mentees ): CandidateSet {
				$set = new CandidateSet();
				foreach ( $mentees as $mentee ) {
					$pairs = $this->top( $mentee );
					if ( array() === $pairs ) {
						$set->unmatched[ $mentee->id ] = $this->why_unmatched( $mentee );
					} else {
						$set->candidates[ $mentee->id ] = $pairs;
					}
				}
				return $set;
			}
		);
	}

	/** @param list<Mentor> $mentors */
	private function index( array $mentors ): void {
		$this->all_mentors = $mentors;
		$this->eligible    = array();
		foreach ( $mentors as $mentor ) {
			if ( null === $this->scorer->mentor_filter( $mentor ) ) {
				$this->eligible[] = $mentor;
			}
		}
		$calendar = $this->scorer->calendar;
		/** @var array<string, array<string, array{0: list<int>, 1: list<int>, 2: list<int>}>> $intervals Index name => shard => starts, ends, owners. */
		$intervals        = array();
		$this->time_index = array();
		foreach ( $this->eligible as $i => $mentor ) {
			$this->index_of[ $mentor->id ] = $i;
			$this->load[ $i ]              = $this->scorer->load_component( $mentor );
			$this->load_term[ $i ]         = $this->scorer->criteria->weights[ Criteria::LOAD ] * $this->load[ $i ];
			$this->speaks[ $i ]            = array_fill_keys( $mentor->languages, true );
			$this->max_load                = max( $this->max_load, $this->load[ $i ] );
			$shards                        = $this->scorer->criteria->languages_required ? $mentor->languages : array( '*' );
			$weekly                        = $calendar->repeating_week( $mentor );
			$indexed                       = array( 'week' => $weekly ?? array() );
			if ( null === $weekly ) {
				$all      = $calendar->intervals( $mentor );
				$patterns = $calendar->week_patterns( $all ) ?? array();
				if ( 1 === count( $patterns ) ) {
					$indexed = array( 'week' => $patterns[0][0] );
				} else {
					$indexed = array( 'changing' => $all );
					foreach ( $patterns as list( $pieces, $weeks ) ) {
						$indexed[ 'folded ' . $weeks ] = array_merge( $indexed[ 'folded ' . $weeks ] ?? array(), $pieces );
					}
				}
			}
			foreach ( $indexed as $name => $windows ) {
				foreach ( array() === $windows ? array() : $shards as $shard ) {
					$list = &$intervals[ $name ][ $shard ];
					foreach ( $windows as list( $from, $to ) ) {
						// In pieces of at most PIECE: a search starts PIECE before a mentee's window, and longer
						// pieces would make it wade through more mentor windows that ended before it.
						for ( ; $from < $to; $from += self::PIECE ) {
							$list[0][] = $from;
							$list[1][] = min( $to, $from + self::PIECE );
							$list[2][] = $i;
						}
					}
					unset( $list );
				}
			}
		}
		// Most room first (as it counts in the score), then input order: the tie-break every path shares.
		$this->by_room = array_keys( $this->eligible );
		$room          = $this->load_term;
		array_multisort( $room, SORT_DESC, SORT_NUMERIC, $this->by_room, SORT_ASC, SORT_NUMERIC );
		foreach ( $this->eligible as $i => $mentor ) {
			foreach ( $mentor->teams as $team ) {
				$this->team_members[ $team ][ $i ] = true;
			}
		}
		foreach ( $this->by_room as $i ) {
			foreach ( $this->eligible[ $i ]->languages as $language ) {
				$this->by_language[ $language ][] = $i;
			}
			foreach ( $this->scorer->criteria->languages_required ? $this->eligible[ $i ]->languages : array( '*' ) as $shard ) {
				foreach ( $this->eligible[ $i ]->teams as $team ) {
					$this->by_team[ $shard ][ $team ][] = $i;
				}
			}
		}
		foreach ( $intervals as $name => $shards ) {
			foreach ( $shards as $shard => list( $starts, $ends, $owners ) ) {
				// By start, end, owner: three flat lists sort far faster than a list of triples.
				array_multisort( $starts, SORT_NUMERIC, $ends, SORT_NUMERIC, $owners, SORT_NUMERIC );
				$longest = 0;
				foreach ( $starts as $k => $start ) {
					$longest = max( $longest, $ends[ $k ] - $start );
				}
				// A last start no window reaches ends every scan without a bounds check.
				$starts[]                            = PHP_INT_MAX;
				$this->time_index[ $name ][ $shard ] = array(
					'starts'  => $starts,
					'ends'    => $ends,
					'owners'  => $owners,
					'longest' => $longest,
				);
			}
		}
	}

	/**
	 * The mentee's top K candidates; fewer than K only when fewer mentors qualify at all.
	 *
	 * @return list<ScoredPair> Best first; ties in mentor input order.
	 */
	public function top( Mentee $mentee ): array {
		$criteria = $this->scorer->criteria;
		$k        = $criteria->top_k;
		$w        = $criteria->weights;
		$total_w  = $criteria->total_weight();
		$bound    = static fn ( float $points ): float => round( $points / $total_w * 100, 2 );
		$w_load   = $w[ Criteria::LOAD ];
		$this->prepare( $mentee );
		$overlap = $this->overlaps( $mentee );
		// Everyone who shares time is scored: with the score inlined, that costs little more than a
		// bound that could skip them, and the time index already checked their language.
		$scores = $this->score_each( $overlap, $overlap, $criteria->languages_required );
		$best   = self::best( $scores, $k );
		$kth    = count( $best ) < $k ? -INF : end( $best );
		// Mentors who share a team (and a language, when required) but no time score on language, teams
		// and room; each team's list runs most room first, so it is cut where even full marks for teams
		// could not reach the K-th.
		$no_time = $w[ Criteria::LANGUAGES ] + $w[ Criteria::TEAMS ];
		$more    = array();
		foreach ( $criteria->languages_required ? $mentee->languages : array( '*' ) as $shard ) {
			foreach ( $mentee->teams as $team ) {
				$list = $this->by_team[ $shard ][ $team ] ?? array();
				$low  = 0;
				$high = count( $list );
				while ( $low < $high ) {
					$mid = ( $low + $high ) >> 1;
					if ( $bound( $no_time + $this->load_term[ $list[ $mid ] ] ) < $kth ) {
						$high = $mid;
					} else {
						$low = $mid + 1;
					}
				}
				foreach ( array_slice( $list, 0, $low ) as $i ) {
					if ( ! isset( $scores[ $i ] ) ) {
						$more[ $i ] = true;
					}
				}
			}
		}
		$new     = $this->score_each( $more, $overlap, $criteria->languages_required );
		$scores += $new;
		if ( array() !== $new ) {
			// The best K of all is among the best K so far and the newcomers.
			$best = self::best( $best + $new, $k );
			$kth  = count( $best ) < $k ? -INF : end( $best );
		}
		// Everyone else scores on language, room and the teams term of sharing none (full marks for a
		// mentee without teams), so only the best K of them by room compete.
		$new = array();
		if ( $bound( $w[ Criteria::LANGUAGES ] + $this->mentee['team_term'][0] + $w_load * $this->max_load ) >= $kth ) {
			$new = $this->score_each( $this->best_by_room( $mentee, $scores, $k ), $overlap, false );
		}
		if ( null !== $mentee->preferred_mentor && isset( $this->index_of[ $mentee->preferred_mentor ] ) ) {
			$new += $this->score_each( array( $this->index_of[ $mentee->preferred_mentor ] => true ), $overlap, false );
		}
		if ( array() !== $new ) {
			$best = self::best( $best + $new, $k );
		}
		$pairs = array();
		foreach ( $best as $i => $score ) {
			$pairs[] = new ScoredPair( $mentee, $this->eligible[ $i ], $score, $overlap[ $i ] ?? 0, $this->scorer->calendar );
		}
		return $pairs;
	}

	/** Works out once per mentee what scoring each of their mentors needs. */
	private function prepare( Mentee $mentee ): void {
		$criteria = $this->scorer->criteria;
		$skip     = array();
		foreach ( array_merge( $mentee->excluded_mentors, array( $mentee->id ) ) as $id ) {
			if ( isset( $this->index_of[ $id ] ) ) {
				$skip[ $this->index_of[ $id ] ] = true;
			}
		}
		// The teams term for each possible number of shared teams (same arithmetic as Scorer::combine()).
		$team_count = count( $mentee->teams );
		$team_term  = array();
		for ( $n = 0; $n <= $team_count; $n++ ) {
			$team_term[ $n ] = $criteria->weights[ Criteria::TEAMS ] * ( 0 === $team_count ? 1.0 : $n / $team_count );
		}
		$this->mentee = array(
			'skip'      => $skip,
			'team_term' => $team_term,
			'teams'     => $mentee->teams,
			'languages' => $mentee->languages,
			'preferred' => null === $mentee->preferred_mentor ? -1 : ( $this->index_of[ $mentee->preferred_mentor ] ?? -1 ),
		);
	}

	/**
	 * Scores the given eligible mentors for the prepared mentee, skipping excluded pairs.
	 *
	 * @param array<int, mixed> $mentors         Eligible mentor index => anything.
	 * @param array<int, int>   $overlap         Eligible mentor index => shared seconds.
	 * @param bool              $shares_language Every one of them is known to share a language.
	 * @return array<int, float> Eligible mentor index => score before rounding (best() rounds the few it keeps).
	 */
	private function score_each( array $mentors, array $overlap, bool $shares_language ): array {
		$criteria     = $this->scorer->criteria;
		$w            = $criteria->weights;
		$w_language   = $w[ Criteria::LANGUAGES ];
		$w_time       = $w[ Criteria::TIME ];
		$total_weight = $criteria->total_weight();
		$seconds_full = $criteria->meeting_hours * 3600 * ( $this->scorer->calendar->days / 7 );
		$required     = $criteria->languages_required;
		$bonus        = $criteria->preference_bonus;
		$speaks       = $this->speaks;
		$load_term    = $this->load_term;
		$scores       = array();
		[ 'skip' => $skip, 'team_term' => $team_term, 'teams' => $teams, 'languages' => $languages, 'preferred' => $preferred ] = $this->mentee;
		// Teams shared, counted a team at a time over its members among these mentors (the set
		// intersection runs in C; a loop over each mentor's teams cost a quarter of the scoring).
		$shared = array();
		foreach ( $teams as $team ) {
			foreach ( array_intersect_key( $mentors, $this->team_members[ $team ] ?? array() ) as $i => $unused ) {
				$shared[ $i ] = ( $shared[ $i ] ?? 0 ) + 1;
			}
		}
		foreach ( $mentors as $i => $unused ) {
			if ( isset( $skip[ $i ] ) ) {
				continue;
			}
			$language = 1.0; // Nothing to look up when the index did.
			if ( ! $shares_language ) {
				$language = 0.0;
				foreach ( $languages as $code ) {
					if ( isset( $speaks[ $i ][ $code ] ) ) {
						$language = 1.0;
						break;
					}
				}
				if ( $required && 0.0 === $language ) {
					continue;
				}
			}
			$time = ( $overlap[ $i ] ?? 0 ) / $seconds_full;
			// Same arithmetic as Scorer::combine() up to its rounding; adding 0.0 for no bonus changes nothing.
			$total        = $w_language * $language
				+ $w_time * ( $time > 1.0 ? 1.0 : $time )
				+ $team_term[ $shared[ $i ] ?? 0 ]
				+ $load_term[ $i ];
			$scores[ $i ] = $preferred === $i ? $total / $total_weight * 100 + $bonus : $total / $total_weight * 100;
		}
		return $scores;
	}

	/**
	 * The best K of these scores, rounded, best first, ties to the mentor listed first. Sorting and
	 * rounding a few hundred scores costs more than working them out, so only the top whole-point
	 * buckets holding K (less the rounding's reach) are rounded and sorted.
	 *
	 * @param array<int, float> $scores Eligible mentor index => score, rounded or not.
	 * @return array<int, float>
	 */
	private static function best( array $scores, int $k ): array {
		if ( count( $scores ) > 2 * $k ) {
			$buckets = array();
			foreach ( $scores as $score ) {
				$bucket             = (int) $score; // Scores are never negative.
				$buckets[ $bucket ] = ( $buckets[ $bucket ] ?? 0 ) + 1;
			}
			krsort( $buckets );
			$count = 0;
			$cut   = 0;
			foreach ( $buckets as $cut => $n ) {
				$count += $n;
				if ( $count >= $k ) {
					break;
				}
			}
			// K scores round to $cut or more, so a score below $cut - 0.005 cannot round into the top K.
			$cut -= 0.01;
			$kept = array();
			foreach ( $scores as $i => $score ) {
				if ( $score >= $cut ) {
					$kept[ $i ] = $score;
				}
			}
			$scores = $kept;
		}
		foreach ( $scores as $i => $score ) {
			$scores[ $i ] = round( $score, 2 );
		}
		ksort( $scores );
		arsort( $scores );
		return array_slice( $scores, 0, $k, true );
	}

	/**
	 * The best K by room alone (per shared language when one is required) not scored yet: everyone
	 * else without shared time or teams scores by room alone, so these are all that can compete.
	 *
	 * @param array<int, float> $scored
	 * @return array<int, true>
	 */
	private function best_by_room( Mentee $mentee, array $scored, int $k ): array {
		$lists = array();
		foreach ( $mentee->languages as $language ) {
			$lists[] = $this->by_language[ $language ] ?? array();
		}
		if ( ! $this->scorer->criteria->languages_required ) {
			$lists[] = $this->by_room;
		}
		$visit = array();
		foreach ( $lists as $list ) {
			$taken = 0;
			foreach ( $list as $i ) {
				if ( $taken >= $k ) {
					break;
				}
				if ( ! isset( $scored[ $i ] ) && ! isset( $visit[ $i ] ) && $this->eligible[ $i ]->id !== $mentee->id && ! in_array( $this->eligible[ $i ]->id, $mentee->excluded_mentors, true ) ) {
					$visit[ $i ] = true;
					++$taken;
				}
			}
		}
		return $visit;
	}

	/**
	 * Seconds of shared time with every mentor who shares any (and a language, when that is required),
	 * through the sorted interval index.
	 *
	 * @return array<int, int> Eligible mentor index => seconds.
	 */
	private function overlaps( Mentee $mentee ): array {
		$calendar = $this->scorer->calendar;
		$week     = $calendar->repeating_week( $mentee );
		if ( null === $week ) {
			$intervals = $calendar->intervals( $mentee );
			// Mentors whose weeks repeat: each distinct week of the mentee against their first, times its weeks.
			return $this->overlaps_in( 'changing', $mentee, array( array( $intervals, 1 ) ) )
				+ $this->overlaps_in( 'week', $mentee, $calendar->week_patterns( $intervals ) ?? array() );
		}
		// Every week of the mentee is their first: against the first week of mentors whose weeks repeat,
		// times the weeks, and against the folded weeks of the others — a quarter of the horizon's pieces
		// to search — times how many weeks have each piece.
		$overlap = $this->overlaps_in( 'week', $mentee, array( array( $week, intdiv( $calendar->days, 7 ) ) ) );
		foreach ( $this->time_index as $name => $unused ) {
			if ( str_starts_with( $name, 'folded ' ) ) {
				// A mentor's weeks are spread over several folded indexes: their shares add up.
				foreach ( $this->overlaps_in( $name, $mentee, array( array( $week, (int) substr( $name, 7 ) ) ) ) as $i => $seconds ) {
					$overlap[ $i ] = ( $overlap[ $i ] ?? 0 ) + $seconds;
				}
			}
		}
		return $overlap;
	}

	/**
	 * For every mentor in one index who shares time with the mentee's intervals, the shared seconds.
	 *
	 * @param list<array{0:list<array{0:int,1:int}>,1:int}> $weeks The mentee's intervals, each list × its count.
	 * @return array<int, int> Eligible mentor index => seconds.
	 */
	private function overlaps_in( string $index_name, Mentee $mentee, array $weeks ): array {
		$overlap = array();
		$shards  = $this->scorer->criteria->languages_required ? $mentee->languages : array( '*' );
		foreach ( $shards as $shard ) {
			if ( ! isset( $this->time_index[ $index_name ][ $shard ] ) ) {
				continue;
			}
			[ 'starts' => $starts, 'ends' => $ends, 'owners' => $owners, 'longest' => $longest ] = $this->time_index[ $index_name ][ $shard ];
			$count = count( $ends );
			$found = array();
			foreach ( $weeks as list( $intervals, $times ) ) {
				foreach ( $intervals as list( $from, $to ) ) {
					// First mentor interval that could still be open at $from.
					$low  = 0;
					$high = $count;
					$key  = $from - $longest;
					while ( $low < $high ) {
						$mid = ( $low + $high ) >> 1;
						if ( $starts[ $mid ] < $key ) {
							$low = $mid + 1;
						} else {
							$high = $mid;
						}
					}
					for ( $n = $low; $starts[ $n ] < $to; $n++ ) {
						$end = $ends[ $n ];
						if ( $end > $from ) {
							$start = $starts[ $n ];
							$i     = $owners[ $n ];
							// Inline min/max: this loop is the generator's hottest.
							$found[ $i ] = ( $found[ $i ] ?? 0 ) + $times * ( ( $end < $to ? $end : $to ) - ( $start > $from ? $start : $from ) );
						}
					}
				}
			}
			// A mentor who speaks two of the mentee's languages shares the same time in both shards.
			$overlap += $found;
		}
		return $overlap;
	}

	/** @return list<Mentor> Mentors who take automatic matches now, in input order. */
	public function eligible(): array {
		return $this->eligible;
	}

	/** Names the filter that left a mentee with no candidate, from the widest to the narrowest. */
	public function why_unmatched( Mentee $mentee ): Unmatched {
		if ( array() === $this->all_mentors ) {
			return new Unmatched( $mentee->id, 'no_mentors' );
		}
		$languages = $mentee->languages;
		$speakers  = $this->scorer->criteria->languages_required
			? array_filter( $this->all_mentors, static fn ( Mentor $m ): bool => array() !== array_intersect( $mentee->languages, $m->languages ) )
			: $this->all_mentors;
		if ( array() === $speakers ) {
			return new Unmatched( $mentee->id, 'no_language', $languages );
		}
		$filters = array_map( fn ( Mentor $m ): ?string => $this->scorer->mentor_filter( $m ), $speakers );
		foreach ( array( 'away', 'full', 'manual_only' ) as $filter ) {
			$filters = array_filter( $filters, static fn ( ?string $f ): bool => $f !== $filter );
			if ( array() === $filters ) {
				return new Unmatched( $mentee->id, 'away' === $filter ? 'all_away' : ( 'full' === $filter ? 'all_full' : 'manual_only' ), $languages );
			}
		}
		return new Unmatched( $mentee->id, 'excluded' );
	}
}
