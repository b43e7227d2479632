<?php
/**
 * Graduation in My mentorship (on the `wayfinder_my_cohort` hook). A mentee sees their checklist —
 * what is done and what is left, in sentences, with links to where each is done — worked out afresh
 * on every view; a mentor sees each of their cohort mentees' checklist with a "Confirm graduation"
 * form (a note for the team), enabled once it is met. After graduation: "Graduated on …". Plain
 * page forms (Platform\PageForms), so everything works without JavaScript.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortAccess;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Contributions\ContributionsSection;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Platform\PageForms;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Teams\TeamList;

final class GraduationSection {

	/** The page action that confirms a mentee's graduation. */
	public const ACTION = 'confirm_graduation';

	/** How long after its last day a finished cohort's graduation still shows in My mentorship. */
	public const SHOWN_AFTER_END = 60 * DAY_IN_SECONDS;

	public function __construct(
		private readonly Checklists $checklists = new Checklists(),
		private readonly CohortPairs $pairs = new CohortPairs(),
		private readonly HandoffRepository $handoffs = new HandoffRepository(),
	) {
	}

	/**
	 * Prints the part (escaped).
	 *
	 * @param callable $form Prints a page form: ( string $action, int $id, array $args ).
	 */
	public function render( int $cohort_id, int $user_id, string $as, callable $form, string $region ): void {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return;
		}
		$heading = $region . '-graduation';
		echo '<section class="wayfinder-cohort-part wayfinder-graduation" aria-labelledby="' . esc_attr( $heading ) . '">';
		echo '<h3 id="' . esc_attr( $heading ) . '">' . esc_html__( 'Graduation', 'wayfinder' ) . '</h3>';
		if ( CohortAccess::MENTEE === $as ) {
			$list = $this->checklists->of( $cohort, $user_id );
			if ( null !== $list ) {
				$this->mentee( $cohort, $list, $region );
			}
		} else {
			$mentees = $this->pairs->mentees_of( $cohort_id, $user_id );
			if ( array() === $mentees ) {
				echo '<p>' . esc_html__( 'You have no mentees in this cohort yet. Their graduation checklists show here once you are paired.', 'wayfinder' ) . '</p>';
			}
			foreach ( $mentees as $mentee ) {
				$list = $this->checklists->of( $cohort, $mentee );
				if ( null !== $list ) {
					$this->mentor( $cohort, $list, $form, $region . '-' . $mentee, $heading );
				}
			}
		}
		echo '</section>';
	}

	/**
	 * My mentorship's own cohort sections show running cohorts; after a cohort finished, its mentors
	 * still confirm graduations and its mentees see where they stand — for SHOWN_AFTER_END after the
	 * last day (on the `wayfinder_my_sections` hook, escaped).
	 */
	public function finished( int $user_id, string $region, ?int $now = null ): void {
		if ( $user_id <= 0 ) {
			return;
		}
		$since = gmdate( 'Y-m-d', ( $now ?? time() ) - self::SHOWN_AFTER_END );
		$form  = array( self::class, 'page_form' );
		foreach ( ( new CohortMemberRepository() )->of_person( $user_id ) as $place ) {
			$cohort = CohortPostType::find( $place->cohort_id );
			if ( null === $cohort || Cohort::FINISHED !== $cohort->stage || $cohort->end_date < $since ) {
				continue;
			}
			$heading = $region . '-finished-' . $cohort->id;
			echo '<section class="wayfinder-section wayfinder-section--cohort" aria-labelledby="' . esc_attr( $heading ) . '">';
			/* translators: %s: the cohort's name. */
			echo '<h2 id="' . esc_attr( $heading ) . '">' . esc_html( sprintf( __( 'Your cohort has ended: %s', 'wayfinder' ), $cohort->name ) ) . '</h2>';
			$this->render( $cohort->id, $user_id, $place->role, $form, $heading );
			echo '</section>';
		}
	}

	/**
	 * Prints a page form of My mentorship (its block is the place of the notice).
	 *
	 * @param array{label: string, name?: string, inner?: string, describedby?: string, anchor?: string} $args
	 */
	public static function page_form( string $action, int $id, array $args ): void {
		echo PageForms::form( $action, $id, 'my-mentorship', $args ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
	}

	private function mentee( Cohort $cohort, Checklist $list, string $region ): void {
		if ( $list->graduated() ) {
			echo '<p><strong>' . esc_html( self::graduated_on( $list ) ) . '</strong> ' . esc_html__( 'Congratulations!', 'wayfinder' ) . '</p>';
			echo '<p>' . esc_html( $this->handoff_sentence( $this->handoffs->find_for( $list->user_id, $cohort->id ) ) ) . '</p>';
			return;
		}
		echo '<p>' . esc_html( self::standing( $list, true ) ) . '</p>';
		self::items( $list, $region, true );
	}

	/** @param callable $form Prints a page form. */
	private function mentor( Cohort $cohort, Checklist $list, callable $form, string $prefix, string $anchor ): void {
		$name  = DisplayName::of( $list->user_id );
		$title = $prefix . '-graduation';
		echo '<h4 id="' . esc_attr( $title ) . '">' . esc_html( $name ) . '</h4>';
		if ( $list->graduated() ) {
			echo '<p><strong>' . esc_html( self::graduated_on( $list ) ) . '</strong></p>';
			return;
		}
		echo '<p>' . esc_html( self::standing( $list, false ) ) . '</p>';
		self::items( $list, '', false );
		if ( ! in_array( $cohort->stage, array( Cohort::RUNNING, Cohort::FINISHED ), true ) ) {
			return;
		}
		$note = $title . '-note';
		if ( ! $list->met() ) {
			echo '<p><button type="button" class="wp-element-button" disabled aria-describedby="' . esc_attr( $title . '-why' ) . '">' . esc_html__( 'Confirm graduation', 'wayfinder' ) . '</button> ';
			echo '<span class="wayfinder-help" id="' . esc_attr( $title . '-why' ) . '">' . esc_html__( 'You can confirm once everything on the checklist is done.', 'wayfinder' ) . '</span></p>';
			return;
		}
		$inner  = '<input type="hidden" name="user" value="' . esc_attr( (string) $list->user_id ) . '">';
		$inner .= '<p><label for="' . esc_attr( $note ) . '">' . esc_html__( 'A note for the team they join (optional): what they did, what they are good at', 'wayfinder' ) . '</label><br>';
		$inner .= '<textarea id="' . esc_attr( $note ) . '" name="note" rows="3" maxlength="' . esc_attr( (string) GraduationService::NOTE_LENGTH ) . '"></textarea></p>';
		$form(
			self::ACTION,
			$cohort->id,
			array(
				'label'       => __( 'Confirm graduation', 'wayfinder' ),
				'name'        => $name,
				'inner'       => $inner,
				'describedby' => $title,
				'anchor'      => $anchor,
			)
		);
	}

	/** The checklist as a list: each part done or to do, with where to do it (escaped). */
	private static function items( Checklist $list, string $region, bool $own ): void {
		echo '<ul class="wayfinder-graduation-checklist">';
		foreach ( $list->items as $item ) {
			$where = $own && ! $item->met() ? self::where( $item->key, $region ) : '';
			echo '<li class="' . esc_attr( $item->met() ? 'is-done' : 'is-left' ) . '">';
			echo esc_html( $item->met() ? __( 'Done:', 'wayfinder' ) : __( 'To do:', 'wayfinder' ) ) . ' ';
			echo '' !== $where ? '<a href="' . esc_url( $where ) . '">' . esc_html( $item->sentence() ) . '</a>' : esc_html( $item->sentence() );
			echo '</li>';
		}
		echo '</ul>';
	}

	/** Where on the page a part is done ('' where no part of the page does it). */
	private static function where( string $key, string $region ): string {
		$anchors = array(
			ChecklistItem::CONTRIBUTIONS  => ContributionsSection::ANCHOR,
			ChecklistItem::TEAM           => $region . '-handoff',
			ChecklistItem::ONE_TO_ONES    => $region . '-one-to-ones',
			ChecklistItem::GROUP_SESSIONS => $region,
			ChecklistItem::TRAINING       => $region . '-training',
			ChecklistItem::PLAN           => $region . '-plan',
		);
		return isset( $anchors[ $key ] ) ? '#' . $anchors[ $key ] : '';
	}

	private static function standing( Checklist $list, bool $own ): string {
		if ( array() === $list->items ) {
			return $own
				? __( 'This cohort asks nothing particular for graduation: your mentor confirms it when you are ready.', 'wayfinder' )
				: __( 'This cohort asks nothing particular for graduation: confirm it when they are ready.', 'wayfinder' );
		}
		if ( $list->met() ) {
			return $own
				? __( 'You have done everything the cohort asks. Your mentor confirms your graduation.', 'wayfinder' )
				: __( 'Everything the cohort asks is done: you can confirm their graduation.', 'wayfinder' );
		}
		$done = count( $list->items ) - count( $list->left() );
		/* translators: 1: parts done, 2: all parts. Worked out again whenever something changes. */
		return sprintf( __( '%1$d of %2$d done. This checklist updates by itself as things get done.', 'wayfinder' ), $done, count( $list->items ) );
	}

	private static function graduated_on( Checklist $list ): string {
		/* translators: %s: a date. */
		return sprintf( __( 'Graduated on %s.', 'wayfinder' ), wp_date( (string) get_option( 'date_format' ), (int) strtotime( (string) $list->graduated_at . ' UTC' ) ) );
	}

	private function handoff_sentence( ?Handoff $handoff ): string {
		if ( null === $handoff ) {
			return __( 'You chose no team to join. When you are ready, a mentoring coordinator can introduce you to one.', 'wayfinder' );
		}
		$team = TeamList::all()[ $handoff->team ]['name'] ?? $handoff->team;
		if ( Handoff::ACCEPTED === $handoff->status ) {
			/* translators: %s: a team's name. */
			return sprintf( __( 'The %s team has welcomed you.', 'wayfinder' ), $team );
		}
		if ( Handoff::WAITING === $handoff->status ) {
			/* translators: %s: a team's name. */
			return sprintf( __( 'Your introduction went to the %s team; one of its representatives will welcome you.', 'wayfinder' ), $team );
		}
		/* translators: %s: a team's name. */
		return sprintf( __( 'You chose the %s team.', 'wayfinder' ), $team );
	}
}
