<?php
/**
 * Newcomers for a team, as its representatives (and coordinators) see them: the people heading to the
 * team (chosen), handed off to it (waiting) and recently welcomed (accepted in the last 120 days),
 * each with their cohort, where they stand in words, their verified contributions (how many, and the
 * latest three) and when they were last active.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\DisplayName;

final class Newcomers {

	/** Days an accepted newcomer stays on the list. */
	public const ACCEPTED_DAYS = 120;

	/** The most newcomers listed. */
	public const LIMIT = 100;

	public function __construct(
		private readonly HandoffRepository $handoffs = new HandoffRepository(),
		private readonly ContributionRepository $contributions = new ContributionRepository(),
	) {
	}

	/**
	 * @param list<string> $teams Team slugs.
	 * @return list<array<string, mixed>>
	 */
	public function of_teams( array $teams, int $now ): array {
		$since = gmdate( 'Y-m-d H:i:s', $now - self::ACCEPTED_DAYS * DAY_IN_SECONDS );
		$found = $this->handoffs->for_teams( $teams, $since, self::LIMIT );
		$ids   = array();
		foreach ( $found as $row ) {
			$ids[] = $row['handoff']->user_id;
			$ids[] = $row['handoff']->mentor_id;
			$ids[] = $row['handoff']->contact_id;
		}
		$names  = DisplayName::many( array_values( array_unique( array_filter( $ids ) ) ) );
		$kinds  = Contribution::kind_labels();
		$people = array();
		foreach ( $found as $row ) {
			$handoff  = $row['handoff'];
			$latest   = array();
			$verified = $this->contributions->of_user( $handoff->user_id, Contribution::VERIFIED, 3 );
			foreach ( $verified as $contribution ) {
				$latest[] = array(
					'kind'           => $contribution->kind,
					'kind_label'     => $kinds[ $contribution->kind ] ?? $contribution->kind,
					'summary'        => $contribution->summary,
					'url'            => $contribution->url,
					'contributed_on' => $contribution->contributed_on,
				);
			}
			$people[] = HandoffService::describe( $handoff ) + array(
				'user'             => $handoff->user_id,
				'name'             => $names[ $handoff->user_id ] ?? '',
				'cohort'           => $handoff->cohort_id,
				'cohort_name'      => HandoffService::cohort_name( $handoff->cohort_id ),
				'mentor_name'      => $handoff->mentor_id > 0 ? ( $names[ $handoff->mentor_id ] ?? '' ) : '',
				'mentor_note'      => $handoff->mentor_note,
				'overdue'          => self::overdue( $handoff, $now ),
				'verified'         => array() === $verified ? 0 : $this->contributions->count_verified( $handoff->user_id ),
				'latest'           => $latest,
				'last_active'      => null === $row['last_active'] ? null : mysql_to_rfc3339( $row['last_active'] ),
				'last_active_text' => self::last_active_text( $row['last_active'], $now ),
			);
		}
		return $people;
	}

	/** Whether a waiting hand-off waited longer than the setting (or was escalated already). */
	public static function overdue( Handoff $handoff, int $now ): bool {
		if ( Handoff::WAITING !== $handoff->status ) {
			return false;
		}
		return null !== $handoff->escalated_at || self::days_waiting( $handoff, $now ) >= Settings::handoff_days();
	}

	/** Whole days since the hand-off was sent (0 before). */
	public static function days_waiting( Handoff $handoff, int $now ): int {
		return null === $handoff->sent_at ? 0 : max( 0, intdiv( $now - (int) strtotime( $handoff->sent_at . ' UTC' ), DAY_IN_SECONDS ) );
	}

	/** "Last active 3 days ago", "Last active today", or that nothing was recorded yet. */
	public static function last_active_text( ?string $moment, int $now ): string {
		if ( null === $moment ) {
			return __( 'No activity recorded yet.', 'wayfinder' );
		}
		$days = max( 0, intdiv( $now - (int) strtotime( $moment . ' UTC' ), DAY_IN_SECONDS ) );
		if ( 0 === $days ) {
			return __( 'Last active today.', 'wayfinder' );
		}
		/* translators: %d: a number of days. */
		return sprintf( _n( 'Last active %d day ago.', 'Last active %d days ago.', $days, 'wayfinder' ), $days );
	}
}
