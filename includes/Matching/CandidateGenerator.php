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

	/** @var list<Mentor> Mentors who take automatic matches now. */
	private array $eligible = array();
	/** @var list<Mentor> */
	private array $all_mentors = array();
	/** @var array<int, float> */
	private array $load = array();
	/** @var array<int, array<string, true>> */
	private array $speaks = array();
	/** @var array<string, list<int>> Language => eligible mentor indexes, most room first. */
	private array $by_language = array();
	/** @var list<int> Every eligible mentor index, most room first. */
	private array $by_room = array();
	/** @var array<string, list<int>> Team => eligible mentor indexes, most room first. */
	private array $by_team = array();
	/** @var array<int, array<string, true>> */
	private array $teams_of = array();
	private float $max_load = 0.0;
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
	 * Eligible mentors' availability, sorted by start, in three indexes — every mentor's whole horizon
	 * ('all'); the first week of mentors whose weeks repeat ('week'); the whole horizon of the others
	 * ('changing') — each in shards: one per language when a shared language is required (so a mentee
	 * only meets mentors they can talk to), else one for everyone.
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

	/** @param list<Mentor> $mentors */
	private function index( array $mentors ): void {
		$this->all_mentors = $mentors;
		$this->eligible    = array();
		foreach ( $mentors as $mentor ) {
			if ( null === $this->scorer->mentor_filter( $mentor ) ) {
				$this->eligible[] = $mentor;
			}
		}
		$calendar         = $this->scorer->calendar;
		$intervals        = array();
		$this->time_index = array();
		foreach ( $this->eligible as $i => $mentor ) {
			$this->index_of[ $mentor->id ] = $i;
			$this->load[ $i ]              = $this->scorer->load_component( $mentor );
			$this->speaks[ $i ]            = array_fill_keys( $mentor->languages, true );
			$this->teams_of[ $i ]          = array_fill_keys( $mentor->teams, true );
			$this->max_load                = max( $this->max_load, $this->load[ $i ] );
			$shards                        = $this->scorer->criteria->languages_required ? $mentor->languages : array( '*' );
			$all                           = $calendar->intervals( $mentor );
			$weekly                        = $calendar->weekly( $all );
			$lists                         = array(
				'all'                                      => $all,
				( null === $weekly ? 'changing' : 'week' ) => $weekly ?? $all,
			);
			foreach ( $lists as $name => $list ) {
				foreach ( $list as list( $from, $to ) ) {
					foreach ( $shards as $shard ) {
						$intervals[ $name ][ $shard ][] = array( $from, $to, $i );
					}
				}
			}
		}
		// Most room first (as it counts in the score), then input order: the tie-break every path shares.
		$w_load        = $this->scorer->criteria->weights[ Criteria::LOAD ];
		$this->by_room = array_keys( $this->eligible );
		usort( $this->by_room, fn ( int $a, int $b ): int => array( $w_load * $this->load[ $b ], $a ) <=> array( $w_load * $this->load[ $a ], $b ) );
		foreach ( $this->by_room as $i ) {
			foreach ( $this->eligible[ $i ]->languages as $language ) {
				$this->by_language[ $language ][] = $i;
			}
			foreach ( $this->eligible[ $i ]->teams as $team ) {
				$this->by_team[ $team ][] = $i;
			}
		}
		foreach ( $intervals as $name => $shards ) {
			foreach ( $shards as $shard => $list ) {
				sort( $list );
				$this->time_index[ $name ][ $shard ] = array(
					'starts'  => array_column( $list, 0 ),
					'ends'    => array_column( $list, 1 ),
					'owners'  => array_column( $list, 2 ),
					'longest' => max( array_map( static fn ( array $i ): int => $i[1] - $i[0], $list ) ),
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
		$full     = $criteria->meeting_hours * 3600 * ( $this->scorer->calendar->days / 7 );
		$w_load   = $w[ Criteria::LOAD ];
		$this->prepare( $mentee );
		$overlap = $this->overlaps( $mentee );
		// Mentors who share all the time that counts first: nobody can beat them on time. Then the others
		// who share some, each only if full marks on everything else could reach the K-th best so far
		// (a little slack for rounding lets a few more through, which costs nothing but their scoring).
		$scores  = array();
		$partial = array();
		$all     = array();
		foreach ( $overlap as $i => $seconds ) {
			if ( $seconds >= $full ) {
				$all[ $i ] = true;
			} else {
				$partial[ $i ] = $seconds;
			}
		}
		$this->score_each( $all, $overlap, $scores );
		$kth     = self::kth( $scores, $k ) - 0.01;
		$some    = array();
		$scale   = 100 / $total_w;
		$no_time = $w[ Criteria::LANGUAGES ] + $w[ Criteria::TEAMS ];
		$w_time  = $w[ Criteria::TIME ] / $full;
		foreach ( $partial as $i => $seconds ) {
			if ( ( $no_time + $w_time * $seconds + $w_load * $this->load[ $i ] ) * $scale >= $kth ) {
				$some[ $i ] = true;
			}
		}
		$this->score_each( $some, $overlap, $scores );
		$kth = self::kth( $scores, $k );
		// Mentors who share a team but no time score on language, teams and room; each team's list runs
		// most room first, so it ends where even full marks for teams could not reach the K-th.
		$more = array();
		foreach ( $mentee->teams as $team ) {
			foreach ( $this->by_team[ $team ] ?? array() as $i ) {
				if ( $bound( $w[ Criteria::LANGUAGES ] + $w[ Criteria::TEAMS ] + $w_load * $this->load[ $i ] ) < $kth ) {
					break;
				}
				if ( ! isset( $scores[ $i ] ) ) {
					$more[ $i ] = true;
				}
			}
		}
		$this->score_each( $more, $overlap, $scores );
		// Everyone else scores on language, room and the teams term of sharing none (full marks for a
		// mentee without teams), so only the best K of them by room compete.
		if ( $bound( $w[ Criteria::LANGUAGES ] + $this->mentee['team_term'][0] + $w_load * $this->max_load ) >= self::kth( $scores, $k ) ) {
			$this->score_each( $this->best_by_room( $mentee, $scores, $k ), $overlap, $scores );
		}
		if ( null !== $mentee->preferred_mentor && isset( $this->index_of[ $mentee->preferred_mentor ] ) ) {
			$this->score_each( array( $this->index_of[ $mentee->preferred_mentor ] => true ), $overlap, $scores );
		}
		// Best score first; ties go to the mentor listed first (sorting is stable).
		ksort( $scores );
		arsort( $scores );
		$pairs = array();
		foreach ( array_slice( $scores, 0, $k, true ) as $i => $score ) {
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
	 * @param array<int, mixed> $mentors Eligible mentor index => anything.
	 * @param array<int, int>   $overlap Eligible mentor index => shared seconds.
	 * @param array<int, float> $scores  Eligible mentor index => score, added to.
	 */
	private function score_each( array $mentors, array $overlap, array &$scores ): void {
		$criteria     = $this->scorer->criteria;
		$w            = $criteria->weights;
		$w_language   = $w[ Criteria::LANGUAGES ];
		$w_time       = $w[ Criteria::TIME ];
		$w_load       = $w[ Criteria::LOAD ];
		$total_weight = $criteria->total_weight();
		$seconds_full = $criteria->meeting_hours * 3600 * ( $this->scorer->calendar->days / 7 );
		$required     = $criteria->languages_required;
		$bonus        = $criteria->preference_bonus;
		$speaks       = $this->speaks;
		$teams_of     = $this->teams_of;
		$load         = $this->load;
		[ 'skip' => $skip, 'team_term' => $team_term, 'teams' => $teams, 'languages' => $languages, 'preferred' => $preferred ] = $this->mentee;
		foreach ( $mentors as $i => $unused ) {
			if ( isset( $skip[ $i ] ) ) {
				continue;
			}
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
			$shared = 0;
			foreach ( $teams as $team ) {
				if ( isset( $teams_of[ $i ][ $team ] ) ) {
					++$shared;
				}
			}
			$time = ( $overlap[ $i ] ?? 0 ) / $seconds_full;
			// Same arithmetic as Scorer::combine().
			$total        = $w_language * $language
				+ $w_time * ( $time > 1.0 ? 1.0 : $time )
				+ $team_term[ $shared ]
				+ $w_load * $load[ $i ];
			$scores[ $i ] = round( $total / $total_weight * 100 + ( $preferred === $i ? $bonus : 0.0 ), 2 );
		}
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
	 * The K-th best score so far, or -INF while there are fewer than K.
	 *
	 * @param array<int, float> $scores
	 */
	private static function kth( array $scores, int $k ): float {
		if ( count( $scores ) < $k ) {
			return -INF;
		}
		rsort( $scores );
		return $scores[ $k - 1 ];
	}

	/**
	 * Seconds of shared time with every mentor who shares any (and a language, when that is required),
	 * through the sorted interval index.
	 *
	 * @return array<int, int> Eligible mentor index => seconds.
	 */
	private function overlaps( Mentee $mentee ): array {
		$calendar  = $this->scorer->calendar;
		$intervals = $calendar->intervals( $mentee );
		$weekly    = $calendar->weekly( $intervals );
		$overlap   = array();
		if ( null === $weekly ) {
			$this->add_overlaps( $overlap, 'all', $mentee, $intervals, 1 );
		} else {
			// Both repeat every week: the first week, times the number of weeks.
			$this->add_overlaps( $overlap, 'week', $mentee, $weekly, $calendar->weeks() );
			$this->add_overlaps( $overlap, 'changing', $mentee, $intervals, 1 );
		}
		return $overlap;
	}

	/**
	 * Adds, for every mentor in one index who shares time with these intervals, the shared seconds × $times.
	 *
	 * @param array<int, int>          $overlap   Eligible mentor index => seconds, added to.
	 * @param list<array{0:int,1:int}> $intervals The mentee's intervals.
	 */
	private function add_overlaps( array &$overlap, string $index_name, Mentee $mentee, array $intervals, int $times ): void {
		$shards = $this->scorer->criteria->languages_required ? $mentee->languages : array( '*' );
		foreach ( $shards as $shard ) {
			if ( ! isset( $this->time_index[ $index_name ][ $shard ] ) ) {
				continue;
			}
			[ 'starts' => $starts, 'ends' => $ends, 'owners' => $owners, 'longest' => $longest ] = $this->time_index[ $index_name ][ $shard ];
			$count = count( $starts );
			$found = array();
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
				for ( $n = $low; $n < $count && $starts[ $n ] < $to; $n++ ) {
					$end = $ends[ $n ];
					if ( $end > $from ) {
						$start = $starts[ $n ];
						$i     = $owners[ $n ];
						// Inline min/max: this loop is the generator's hottest.
						$found[ $i ] = ( $found[ $i ] ?? 0 ) + $times * ( ( $end < $to ? $end : $to ) - ( $start > $from ? $start : $from ) );
					}
				}
			}
			// A mentor who speaks two of the mentee's languages shares the same time in both shards.
			$overlap += $found;
		}
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
