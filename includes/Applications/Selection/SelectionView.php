<?php
/**
 * What coordinators read of a cohort's selection: the pipeline's counts, the reviewers' progress,
 * the places and how they are used, the ranked list with each decision's reason in words — and,
 * only once the decisions are locked, who each applicant is.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Selection;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Teams\TeamList;

final class SelectionView {

	public function __construct(
		private readonly SelectionService $service = new SelectionService(),
		private readonly SelectionRepository $selections = new SelectionRepository(),
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
	) {
	}

	/** @return array<string, string> A decision's reason => what it means, for people. */
	public static function reason_labels(): array {
		return array(
			Selector::RESERVED_SEAT          => __( 'A seat kept for sponsored contributors', 'wayfinder' ),
			Selector::BY_SCORE               => __( 'By score, within the seats', 'wayfinder' ),
			Selector::MODE_FULL              => __( 'No place left in the way they asked to take part', 'wayfinder' ),
			Selector::TEAM_FULL              => __( 'No mentor place left in the teams they named', 'wayfinder' ),
			Selector::BELOW_LINE             => __( 'Below the line: the seats went to higher scores', 'wayfinder' ),
			SelectionService::BY_COORDINATOR => __( 'Decided by a coordinator', 'wayfinder' ),
		);
	}

	/** @return array<string, string> How a tie with the applicant above was broken => in words. */
	public static function tie_labels(): array {
		return array(
			Selector::TIE_SPREAD  => __( 'Same score as the applicant above: tie broken by lower spread', 'wayfinder' ),
			Selector::TIE_REVIEWS => __( 'Same score and spread as the applicant above: tie broken by more reviews', 'wayfinder' ),
			Selector::TIE_DRAW    => __( 'Same score, spread and reviews as the applicant above: tie broken by the draw', 'wayfinder' ),
		);
	}

	/** @return array<string, string> Decision => its name, for people. */
	public static function decision_labels(): array {
		return array(
			Application::ACCEPTED   => __( 'Accepted', 'wayfinder' ),
			Application::WAITLISTED => __( 'Waitlisted', 'wayfinder' ),
			Application::DECLINED   => __( 'Declined', 'wayfinder' ),
		);
	}

	/** @return array<string, mixed> */
	public function build( Cohort $cohort, int $now ): array {
		$selection = $this->selections->find( $cohort->id );
		$named     = SelectionRepository::OPEN !== $selection['status'];
		$places    = $this->service->places( $cohort, null, $now );
		$ranked    = $this->service->ranked( $cohort );
		$modes     = Cohort::mode_labels();
		$reasons   = self::reason_labels();
		$ties      = self::tie_labels();
		$decisions = self::decision_labels();
		if ( $named ) {
			cache_users( array_map( static fn ( array $entry ): int => $entry['application']->user_id, $ranked ) );
		}
		$rows           = array();
		$accepted_modes = array_fill_keys( Cohort::MODES, 0 );
		$accepted_teams = array();
		$reserved_used  = 0;
		$reviews        = array(
			'wanted'   => 0,
			'done'     => 0,
			'complete' => 0,
			'flagged'  => 0,
		);
		foreach ( $ranked as $entry ) {
			$application          = $entry['application'];
			$reviews['wanted']   += $application->reviews_wanted;
			$reviews['done']     += min( $application->reviews_done, $application->reviews_wanted );
			$reviews['complete'] += $application->reviews_done >= $application->reviews_wanted ? 1 : 0;
			$reviews['flagged']  += $application->flagged ? 1 : 0;
			if ( Application::ACCEPTED === $application->decision ) {
				$accepted_modes[ $application->mode ] = ( $accepted_modes[ $application->mode ] ?? 0 ) + 1;
				foreach ( $application->teams as $team ) {
					$accepted_teams[ $team ] = ( $accepted_teams[ $team ] ?? 0 ) + 1;
				}
				$reserved_used += Selector::RESERVED_SEAT === $application->decision_reason ? 1 : 0;
			}
			$row = array(
				'id'             => $application->id,
				'pseudonym'      => $application->pseudonym,
				'label'          => $application->pseudonym_label(),
				'rank'           => $entry['rank'],
				'tie'            => $entry['tie'],
				'tie_label'      => $ties[ $entry['tie'] ] ?? '',
				'stage'          => $application->stage,
				'score'          => $application->score,
				'spread'         => $application->spread,
				'flagged'        => $application->flagged,
				'reviews_done'   => $application->reviews_done,
				'reviews_wanted' => $application->reviews_wanted,
				'mode'           => $application->mode,
				'mode_label'     => $modes[ $application->mode ] ?? $application->mode,
				'teams'          => $application->teams,
				'team_names'     => self::team_names( $application->teams ),
				'sponsored'      => $application->sponsored,
				'decision'       => $application->decision,
				'decision_label' => $decisions[ $application->decision ] ?? '',
				'reason'         => $application->decision_reason,
				'reason_label'   => $reasons[ $application->decision_reason ] ?? '',
				'position'       => $application->position,
				'told'           => null !== $application->told_at && SelectionRepository::CLAIMED !== $application->told_at,
				'name'           => null,
				'email'          => null,
			);
			if ( $named ) {
				$user         = get_userdata( $application->user_id );
				$row['name']  = $user ? $user->display_name : __( 'A deleted account', 'wayfinder' );
				$row['email'] = $user ? $user->user_email : '';
			}
			$rows[] = $row;
		}
		$mode_places = array();
		foreach ( Cohort::MODES as $mode ) {
			if ( ! $cohort->offers( $mode ) ) {
				continue;
			}
			$mode_places[] = array(
				'mode'     => $mode,
				'label'    => $modes[ $mode ],
				'places'   => $places['modes'][ $mode ],
				'accepted' => $accepted_modes[ $mode ] ?? 0,
			);
		}
		$team_places = array();
		foreach ( array_unique( array_merge( array_keys( $places['teams'] ?? array() ), array_keys( $accepted_teams ) ) ) as $team ) {
			$team_places[] = array(
				'team'     => (string) $team,
				'name'     => self::team_names( array( (string) $team ) )[0],
				'places'   => null === $places['teams'] ? null : ( $places['teams'][ $team ] ?? 0 ),
				'accepted' => $accepted_teams[ $team ] ?? 0,
			);
		}
		$blocker = SelectionRepository::OPEN === $selection['status'] ? $this->service->lock_blocker( $cohort, $now ) : '';
		return array(
			'cohort'    => array(
				'id'    => $cohort->id,
				'name'  => $cohort->name,
				'seats' => $cohort->seats,
				'start' => $cohort->start_date,
				'end'   => $cohort->end_date,
			),
			'selection' => array(
				'status'       => $selection['status'],
				'locked_at'    => $selection['locked_at'],
				'revealed_at'  => $selection['revealed_at'],
				'lock_blocker' => $blocker,
				'can_lock'     => SelectionRepository::OPEN === $selection['status'] && '' === $blocker,
				'can_reveal'   => SelectionRepository::LOCKED === $selection['status'],
			),
			'counts'    => array(
				Application::MENTEE => $this->applications->counts( $cohort->id, Application::MENTEE ),
				Application::MENTOR => $this->applications->counts( $cohort->id, Application::MENTOR ),
			),
			'reviews'   => $reviews,
			'places'    => array(
				'seats'          => $places['seats'],
				'reserved'       => $places['reserved'],
				'reserved_used'  => $reserved_used,
				'reserved_until' => $places['reserved_until'],
				'released'       => $places['released'],
				'accepted'       => array_sum( $accepted_modes ),
				'modes'          => $mode_places,
				'teams'          => $team_places,
			),
			'told'      => $this->selections->told_counts( $cohort->id ),
			'named'     => $named,
			'rows'      => $rows,
		);
	}

	/**
	 * @param list<string> $slugs Team slugs.
	 * @return list<string> Their names (a team no longer published keeps its slug).
	 */
	private static function team_names( array $slugs ): array {
		$known = TeamList::all();
		return array_map( static fn ( string $slug ): string => $known[ $slug ]['name'] ?? $slug, $slugs );
	}
}
