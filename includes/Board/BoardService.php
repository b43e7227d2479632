<?php
/**
 * The matching board's rules: which mentees a run takes, a run's three parts (each mentee's candidate
 * mentors, the optimal assignment over them, the result with names and reasons), one pair scored for
 * an override, and committing pairs. The parts pass plain arrays between them, so a background run
 * (BoardRuns) can keep them between its steps and comes to the same result as a run in one request.
 * People are read in batches: profiles, past mentors and names in a few queries for any number.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Board;

use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairing;
use Wayfinder\Matching\Assigner;
use Wayfinder\Matching\AssignmentProblem;
use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\CandidateGenerator;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\ScoredPair;
use Wayfinder\Matching\Scorer;
use Wayfinder\Matching\Unmatched;
use Wayfinder\Mentorship\EnginePeople;
use Wayfinder\Mentorship\MatchingMessages;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\MentoringState;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class BoardService {

	/** Mentees one run takes at most. */
	public const MAX_MENTEES = 2000;

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository() ) {
	}

	public function profiles(): ProfileRepository {
		return $this->profiles;
	}

	/** The engine's scorer, with availability counted from `$now` (a background run keeps its start). */
	public function scorer( int $now ): Scorer {
		return new Scorer( Settings::criteria(), new AvailabilityCalendar( $now ) );
	}

	/** @return list<int> Everyone waiting for any mentor, longest-waiting first. */
	public function waiting(): array {
		return ( new MentoringState( $this->profiles ) )->waiting( self::MAX_MENTEES );
	}

	/**
	 * The mentees a run takes: each once, in the order given, at most MAX_MENTEES, only accounts that
	 * exist (one query for all).
	 *
	 * @param list<int> $ids
	 * @return list<int>
	 */
	public function mentees_to_match( array $ids ): array {
		$ids = array_slice( array_values( array_unique( array_map( 'intval', $ids ) ) ), 0, self::MAX_MENTEES );
		if ( array() === $ids ) {
			return array();
		}
		$found = array_flip(
			array_map(
				'intval',
				get_users(
					array(
						'include' => $ids,
						'fields'  => 'ID',
						'blog_id' => 0,
					)
				)
			)
		);
		return array_values( array_filter( $ids, static fn ( int $id ): bool => isset( $found[ $id ] ) ) );
	}

	/**
	 * A cohort's pairing on the board: its 1:1 mentees who have no mentor yet, over its own mentors
	 * only, with every criterion and reason of an ordinary run (one request: a cohort is small).
	 *
	 * @return array{pairs: list<array<string, mixed>>, unmatched: list<array{mentee: int, mentee_name: string, reason: string}>, mentors: list<array{id: int, name: string, free: int}>}
	 */
	public function run_in_cohort( int $cohort_id, int $now ): array {
		$mentors = $this->cohort_mentors( $cohort_id );
		$mentees = ( new CohortMemberRepository() )->unpaired_mentees( $cohort_id );
		$found   = $this->candidates( $mentees, $now, $mentors );
		return $this->result( $found, $this->solve( $found, $mentors ), $now, $mentors );
	}

	/**
	 * The cohort's enrolled mentors as the engine sees them (their free places now).
	 *
	 * @return list<Mentor>
	 */
	public function cohort_mentors( int $cohort_id ): array {
		$people = new EnginePeople( $this->profiles );
		return array_values( array_map( static fn ( Profile $profile ): Mentor => $people->mentor( $profile ), $this->profiles->find_many( ( new CohortMemberRepository() )->mentor_ids( $cohort_id ) ) ) );
	}

	/**
	 * A whole run in this request: the candidates, the solve and the result, over the same mentors.
	 *
	 * @param list<int> $mentee_ids From mentees_to_match().
	 * @return array{pairs: list<array<string, mixed>>, unmatched: list<array{mentee: int, mentee_name: string, reason: string}>, mentors: list<array{id: int, name: string, free: int}>}
	 */
	public function run( array $mentee_ids, int $now ): array {
		$mentors    = ( new EnginePeople( $this->profiles ) )->all_mentors();
		$candidates = $this->candidates( $mentee_ids, $now, $mentors );
		return $this->result( $candidates, $this->solve( $candidates, $mentors ), $now, $mentors );
	}

	/**
	 * Each mentee's top candidate mentors, as plain data to keep between steps: `candidates` lists
	 * [mentee, [[mentor, score, shared seconds], …]] best first; `unmatched` lists [mentee, code,
	 * params] for those with none. Parts for consecutive slices of mentees join with merge().
	 *
	 * @param list<int>         $mentee_ids
	 * @param list<Mentor>|null $mentors    Every listed mentor, when already read.
	 * @return array{candidates: list<array{0: int, 1: list<array{0: int, 1: float, 2: int}>}>, unmatched: list<array{0: int, 1: string, 2: list<string>}>}
	 */
	public function candidates( array $mentee_ids, int $now, ?array $mentors = null ): array {
		$people  = new EnginePeople( $this->profiles );
		$mentees = $people->mentees( $this->profiles->find_many( $mentee_ids ) );
		$pool    = new CandidateGenerator( $this->scorer( $now ), $mentors ?? $people->all_mentors() );
		$set     = $pool->generate( array_values( $mentees ) );
		$kept    = array(
			'candidates' => array(),
			'unmatched'  => array(),
		);
		foreach ( $set->candidates as $mentee => $pairs ) {
			$kept['candidates'][] = array(
				(int) $mentee,
				array_map( static fn ( ScoredPair $pair ): array => array( (int) $pair->mentor->id, $pair->score, $pair->shared_seconds ), $pairs ),
			);
		}
		foreach ( $set->unmatched as $mentee => $why ) {
			$kept['unmatched'][] = array( (int) $mentee, $why->code, $why->params );
		}
		return $kept;
	}

	/**
	 * Joins the candidates of consecutive slices of mentees, in order.
	 *
	 * @param array<string, mixed> $kept What earlier steps kept (empty at first).
	 * @param array<string, mixed> $part One slice's candidates().
	 * @return array<string, mixed>
	 */
	public static function merge( array $kept, array $part ): array {
		return array(
			'candidates' => array_merge( (array) ( $kept['candidates'] ?? array() ), (array) $part['candidates'] ),
			'unmatched'  => array_merge( (array) ( $kept['unmatched'] ?? array() ), (array) $part['unmatched'] ),
		);
	}

	/**
	 * The optimal assignment over the kept candidates, with each mentor's free places now (the same
	 * problem AssignmentProblem::from_candidates() builds: mentors in order of first appearance). A
	 * mentor who is no longer listed gets nobody.
	 *
	 * @param array<string, mixed> $candidates From candidates() / merge().
	 * @param list<Mentor>|null    $mentors    Every listed mentor, when already read.
	 * @return array{assignments: list<array{0: int, 1: int, 2: float}>, unassigned: list<array{0: int, 1: string}>}
	 */
	public function solve( array $candidates, ?array $mentors = null ): array {
		$by_id   = self::by_id( $mentors ?? ( new EnginePeople( $this->profiles ) )->all_mentors() );
		$problem = new AssignmentProblem( Settings::criteria()->fairness );
		$added   = array();
		foreach ( (array) ( $candidates['candidates'] ?? array() ) as list( $mentee, $pairs ) ) {
			$problem->add_mentee( (string) $mentee );
			foreach ( $pairs as list( $mentor, $score ) ) {
				$mentor = (string) $mentor;
				if ( ! isset( $by_id[ $mentor ] ) ) {
					continue;
				}
				if ( ! isset( $added[ $mentor ] ) ) {
					$problem->add_mentor( $mentor, $by_id[ $mentor ]->remaining(), $by_id[ $mentor ]->load );
					$added[ $mentor ] = true;
				}
				$problem->add_edge( (string) $mentee, $mentor, (float) $score );
			}
		}
		$result = ( new Assigner() )->solve( $problem );
		return array(
			'assignments' => array_map( static fn ( array $a ): array => array( (int) $a['mentee'], (int) $a['mentor'], (float) $a['score'] ), $result->assignments ),
			'unassigned'  => array_map( static fn ( Unmatched $u ): array => array( (int) $u->mentee_id, $u->code ), $result->unassigned ),
		);
	}

	/**
	 * The run's answer: the pairs with names and reasons, the unmatched with why (those without any
	 * candidate first, then those the solve left out), and every mentor who takes automatic matches
	 * with their free places. Names, profiles and past mentors are read once for everyone.
	 *
	 * @param array<string, mixed> $candidates From candidates() / merge().
	 * @param array<string, mixed> $solution   From solve().
	 * @param list<Mentor>|null    $mentors    Every listed mentor, when already read.
	 * @return array{pairs: list<array<string, mixed>>, unmatched: list<array{mentee: int, mentee_name: string, reason: string}>, mentors: list<array{id: int, name: string, free: int}>}
	 */
	public function result( array $candidates, array $solution, int $now, ?array $mentors = null ): array {
		$people      = new EnginePeople( $this->profiles );
		$scorer      = $this->scorer( $now );
		$mentors     = $mentors ?? $people->all_mentors();
		$by_id       = self::by_id( $mentors );
		$eligible    = array_values( array_filter( $mentors, static fn ( Mentor $m ): bool => null === $scorer->mentor_filter( $m ) ) );
		$assignments = (array) ( $solution['assignments'] ?? array() );
		$seconds     = array();
		foreach ( (array) ( $candidates['candidates'] ?? array() ) as list( $mentee, $pairs ) ) {
			foreach ( $pairs as list( $mentor, , $shared ) ) {
				$seconds[ $mentee . ':' . $mentor ] = (int) $shared;
			}
		}
		$unmatched = array_merge(
			array_map( static fn ( array $u ): Unmatched => new Unmatched( (string) $u[0], (string) $u[1], array_values( array_map( 'strval', (array) ( $u[2] ?? array() ) ) ) ), (array) ( $candidates['unmatched'] ?? array() ) ),
			array_map( static fn ( array $u ): Unmatched => new Unmatched( (string) $u[0], (string) $u[1] ), (array) ( $solution['unassigned'] ?? array() ) )
		);
		$mentees   = $people->mentees( $this->profiles->find_many( array_values( array_map( static fn ( array $a ): int => (int) $a[0], $assignments ) ) ) );
		foreach ( $assignments as list( , $mentor ) ) {
			// A mentor who left the list since the solve is read on their own (rare).
			if ( ! isset( $by_id[ (string) $mentor ] ) ) {
				$by_id[ (string) $mentor ] = $people->mentor( $this->profiles->find( (int) $mentor ) );
			}
		}
		$names    = DisplayName::many(
			array_values(
				array_merge(
					array_map( static fn ( array $a ): int => (int) $a[0], $assignments ),
					array_map( static fn ( array $a ): int => (int) $a[1], $assignments ),
					array_map( static fn ( Unmatched $u ): int => (int) $u->mentee_id, $unmatched ),
					array_map( static fn ( Mentor $m ): int => (int) $m->id, $eligible )
				)
			)
		);
		$messages = new MatchingMessages();
		return array(
			'pairs'     => array_map(
				fn ( array $a ): array => $this->pair( new ScoredPair( $mentees[ (int) $a[0] ], $by_id[ (string) $a[1] ], (float) $a[2], $seconds[ $a[0] . ':' . $a[1] ] ?? 0, $scorer->calendar ), $scorer, $names ),
				array_values( $assignments )
			),
			'unmatched' => array_values(
				array_map(
					static fn ( Unmatched $u ): array => array(
						'mentee'      => (int) $u->mentee_id,
						'mentee_name' => $names[ (int) $u->mentee_id ] ?? '',
						'reason'      => $u->reason( $messages ),
					),
					$unmatched
				)
			),
			'mentors'   => array_map(
				static fn ( Mentor $m ): array => array(
					'id'   => (int) $m->id,
					'name' => $names[ (int) $m->id ] ?? '',
					'free' => $m->remaining(),
				),
				$eligible
			),
		);
	}

	/**
	 * One pair scored and explained for a coordinator's override, and whether the engine would never
	 * propose it.
	 *
	 * @return array<string, mixed>|WP_Error
	 */
	public function score( int $mentee, int $mentor ): array|WP_Error {
		if ( ! get_userdata( $mentor ) || ! Capabilities::can_mentor( $mentor ) ) {
			return new WP_Error( 'wayfinder_not_a_mentor', __( 'Choose a mentor: this person does not have the Mentor role.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$people = new EnginePeople( $this->profiles );
		$scorer = $this->scorer( time() );
		$engine = $people->mentee( $this->profiles->find( $mentee ) );
		$pair   = $scorer->score( $engine, $people->mentor( $this->profiles->find( $mentor ) ) );
		return $this->pair( $pair, $scorer ) + array(
			// The engine would never propose this pair; the coordinator may still choose it.
			'excluded' => $scorer->pair_excluded( $engine, $pair->mentor ),
		);
	}

	/**
	 * Saves the pairs as one transaction: each pair is saved or reported as failed with the reason; a
	 * failure of the database itself undoes the whole commit, so it is never half saved. The emails
	 * (proposals, requests) go out once it is committed, from the notifications.
	 *
	 * In a cohort, each pair starts active at once, tied to the cohort (source `cohort`): both took a
	 * place to work together, so nobody is asked again; a pair of people without the places is refused.
	 *
	 * @param list<array{mentee: int, mentor: int}> $pairs
	 * @param int                                   $cohort_id The cohort the pairs belong to, or 0.
	 * @return array{mode: string, saved: list<array<string, int>>, failed: list<array{mentee: int, mentor: int, code: string, message: string}>}
	 */
	public function commit( array $pairs, int $me, int $cohort_id = 0 ): array {
		$matches                = new MatchService( $this->profiles );
		$requests               = new RequestService( $matches );
		$places                 = new CohortPairing();
		$mode                   = $cohort_id > 0 ? 'cohort' : Settings::coordinator_assign_mode();
		list( $saved, $failed ) = Transaction::run(
			static function () use ( $pairs, $matches, $requests, $places, $me, $mode, $cohort_id ): array {
				$saved  = array();
				$failed = array();
				foreach ( $pairs as $pair ) {
					$mentee = (int) $pair['mentee'];
					$mentor = (int) $pair['mentor'];
					$id     = 'cohort' === $mode
						? ( $places->refusal_to_pair( $cohort_id, $mentee, $mentor ) ?? $matches->start( $mentee, $mentor, 'cohort', $me, 'active', $cohort_id ) )
						: ( 'request' === $mode
						? $requests->create(
							array(
								'type'   => 'coordinator_request',
								'mentee' => $mentee,
								'mentor' => $mentor,
							),
							$me
						)
						: $matches->start( $mentee, $mentor, 'coordinator', $me, 'proposed' ) );
					if ( is_wp_error( $id ) ) {
						$failed[] = array(
							'mentee'  => $mentee,
							'mentor'  => $mentor,
							'code'    => (string) $id->get_error_code(),
							'message' => $id->get_error_message(),
						);
					} else {
						$saved[] = array(
							'mentee' => $mentee,
							'mentor' => $mentor,
							'request' === $mode ? 'request' : 'match' => (int) $id,
						);
					}
				}
				return array( $saved, $failed );
			}
		);
		return array(
			'mode'   => $mode,
			'saved'  => $saved,
			'failed' => $failed,
		);
	}

	/**
	 * A pair as the board shows it.
	 *
	 * @param array<int, string>|null $names User ID => name, when read for many; else read here.
	 * @return array<string, mixed>
	 */
	public function pair( ScoredPair $pair, Scorer $scorer, ?array $names = null ): array {
		$name = static fn ( int $id ): string => null === $names ? DisplayName::of( $id ) : ( $names[ $id ] ?? '' );
		return array(
			'mentee'      => (int) $pair->mentee->id,
			'mentee_name' => $name( (int) $pair->mentee->id ),
			'mentor'      => (int) $pair->mentor->id,
			'mentor_name' => $name( (int) $pair->mentor->id ),
			'score'       => $pair->score,
			'reasons'     => $pair->reasons( $scorer->criteria, new MatchingMessages() ),
		);
	}

	/**
	 * @param list<Mentor> $mentors
	 * @return array<string, Mentor>
	 */
	private static function by_id( array $mentors ): array {
		$by_id = array();
		foreach ( $mentors as $mentor ) {
			$by_id[ $mentor->id ] = $mentor;
		}
		return $by_id;
	}
}
