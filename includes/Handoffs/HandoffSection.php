<?php
/**
 * The hand-off in My mentorship. Per cohort (the `wayfinder_my_cohort` hook): a mentee chooses the team
 * they will be handed off to (radio list with the reasons, the quiz's pick first), then sees it sent,
 * then their contact in the team with how to reach them and the welcome; their mentor sees where each
 * of their mentees stands. Outside cohorts (the `wayfinder_my_sections` hook): the same for a
 * one-to-one mentorship and for cohorts no longer shown, and — for anyone who represents a team — the
 * team's newcomers with an "Accept and name a contact" form per waiting hand-off. Every form works
 * without JavaScript (PageForms).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\PageForms;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Teams\Representatives;

final class HandoffSection {

	/** The page action that chooses the team. */
	public const CHOOSE = 'choose_handoff_team';

	/** The page action that accepts a hand-off. */
	public const ACCEPT = 'accept_handoff';

	/** The newcomers' section on the My mentorship page (e-mails link to it). */
	public const ANCHOR = 'wayfinder-newcomers';

	/** The block whose forms these are (notices show there). */
	private const PLACE = 'my-mentorship';

	/**
	 * The hand-off part of one of the person's cohorts.
	 *
	 * @param int           $cohort_id The cohort.
	 * @param int           $user_id   The person looking.
	 * @param string        $as        'mentee' or 'mentor'.
	 * @param callable|null $form      My mentorship's form printer: ( action, object ID, args ).
	 * @param string        $region    A prefix for element IDs unique on the page.
	 */
	public static function cohort_part( int $cohort_id, int $user_id, string $as, $form = null, string $region = 'wayfinder' ): void {
		$id = $region . '-handoff';
		if ( 'mentor' === $as ) {
			self::mentor_part( $cohort_id, $user_id, $id );
			return;
		}
		$view = ( new HandoffService() )->view( $user_id, $cohort_id, $user_id );
		if ( is_wp_error( $view ) ) {
			return;
		}
		echo '<div class="wayfinder-handoff">';
		echo '<h3 id="' . esc_attr( $id ) . '">' . esc_html__( 'Your team after the cohort', 'wayfinder' ) . '</h3>';
		echo self::mentee_body( $view, $cohort_id, $id ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
		echo '</div>';
	}

	/**
	 * Sections outside cohorts: the person's one-to-one hand-off (and those of cohorts no longer shown),
	 * and a representative's newcomers.
	 *
	 * @param int    $user_id The person looking.
	 * @param string $region  A prefix for element IDs unique on the page.
	 */
	public static function sections( int $user_id, string $region = 'wayfinder' ): void {
		if ( $user_id <= 0 ) {
			return;
		}
		self::own_section( $user_id, $region );
		self::newcomers_section( $user_id, $region );
	}

	/** The mentee's side outside the cohort parts. */
	private static function own_section( int $user_id, string $region ): void {
		$service = new HandoffService();
		$parts   = array();
		$ones    = array();
		foreach ( ( new HandoffRepository() )->of_user( $user_id ) as $handoff ) {
			$ones[ $handoff->cohort_id ] = true;
			$cohort                      = $handoff->cohort_id > 0 ? CohortPostType::find( $handoff->cohort_id ) : null;
			if ( null !== $cohort && in_array( $cohort->stage, array( Cohort::OPEN, Cohort::RUNNING ), true ) ) {
				continue; // Shown in the cohort's own part.
			}
			$view = $service->view( $user_id, $handoff->cohort_id, $user_id );
			if ( ! is_wp_error( $view ) ) {
				$parts[] = array( $handoff->cohort_id, $view );
			}
		}
		if ( ! isset( $ones[0] ) && $service->has_place( $user_id, 0 ) ) {
			$view = $service->view( $user_id, 0, $user_id );
			if ( ! is_wp_error( $view ) ) {
				$parts[] = array( 0, $view );
			}
		}
		if ( array() === $parts ) {
			return;
		}
		$id = $region . '-handoffs';
		echo '<section class="wayfinder-section wayfinder-section--handoff" aria-labelledby="' . esc_attr( $id ) . '">';
		echo '<h2 id="' . esc_attr( $id ) . '">' . esc_html__( 'Your team after the mentorship', 'wayfinder' ) . '</h2>';
		foreach ( $parts as $n => list( $cohort_id, $view ) ) {
			echo '<div class="wayfinder-handoff">';
			echo '<h3 id="' . esc_attr( $id . '-' . $n ) . '">' . esc_html( (string) $view['cohort_name'] ) . '</h3>';
			echo self::mentee_body( $view, $cohort_id, $id . '-' . $n ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
			echo '</div>';
		}
		echo '</section>';
	}

	/**
	 * What the mentee reads and does, escaped.
	 *
	 * @param array<string, mixed> $view HandoffService::view().
	 */
	private static function mentee_body( array $view, int $cohort_id, string $id ): string {
		$handoff = is_array( $view['handoff'] ) ? $view['handoff'] : null;
		$html    = '';
		if ( null !== $handoff && Handoff::ACCEPTED === $handoff['status'] ) {
			$html .= '<p>' . esc_html( self::contact_sentence( (string) $handoff['team_name'], (int) $handoff['contact'] ) ) . ' ';
			$email = self::email_of( (int) $handoff['contact'] );
			if ( '' !== $email ) {
				$html .= esc_html__( 'Email:', 'wayfinder' ) . ' <a href="' . esc_url( 'mailto:' . $email ) . '">' . esc_html( $email ) . '</a>';
			}
			$html .= '</p>';
			if ( '' !== (string) $handoff['welcome'] ) {
				/* translators: %s: the person who welcomes. */
				$html .= '<p class="wayfinder-meta">' . esc_html( sprintf( __( 'Their welcome, from %s:', 'wayfinder' ), (string) $handoff['accepted_by'] ) ) . '</p>';
				$html .= '<blockquote class="wayfinder-intro"><p>' . esc_html( (string) $handoff['welcome'] ) . '</p></blockquote>';
			}
			return $html;
		}
		if ( null !== $handoff && Handoff::WAITING === $handoff['status'] ) {
			return '<p>' . esc_html( (string) $handoff['status_text'] ) . ' ' . esc_html__( 'You will get an email with your contact in the team as soon as one of its representatives accepts.', 'wayfinder' ) . '</p>';
		}
		if ( empty( $view['can_choose'] ) || array() === $view['options'] ) {
			return null === $handoff ? '' : '<p>' . esc_html( (string) $handoff['status_text'] ) . '</p>';
		}
		$html .= '<p>' . esc_html__( 'When you graduate, we introduce you to a team that welcomes newcomers: its representatives get your introduction, with your goals, your contributions and a note from your mentor, and name a contact person who will go on supporting you. Which team would you like to join?', 'wayfinder' ) . '</p>';
		if ( null !== $handoff ) {
			/* translators: %s: the team's name. */
			$html .= '<p class="wayfinder-meta">' . esc_html( sprintf( __( 'You chose %s. You can change it until you graduate.', 'wayfinder' ), (string) $handoff['team_name'] ) ) . '</p>';
		}
		$chosen = null !== $handoff ? (string) $handoff['team'] : '';
		$fields = '<fieldset class="wayfinder-handoff__teams" aria-describedby="' . esc_attr( $id ) . '"><legend>' . esc_html__( 'Your team', 'wayfinder' ) . '</legend>';
		foreach ( $view['options'] as $n => $option ) {
			$field   = $id . '-team-' . $n;
			$fields .= '<p><input type="radio" name="team" id="' . esc_attr( $field ) . '" value="' . esc_attr( $option['team'] ) . '" required' . ( $chosen === $option['team'] ? ' checked' : '' ) . ' aria-describedby="' . esc_attr( $field . '-why' ) . '"> <label for="' . esc_attr( $field ) . '">' . esc_html( $option['name'] ) . '</label> <span class="wayfinder-help" id="' . esc_attr( $field . '-why' ) . '">' . esc_html( $option['reason'] ) . '</span></p>';
		}
		$fields .= '</fieldset>';
		return $html . PageForms::form(
			self::CHOOSE,
			$cohort_id,
			self::PLACE,
			array(
				'label'  => null === $handoff ? __( 'Choose this team', 'wayfinder' ) : __( 'Change my team', 'wayfinder' ),
				'inner'  => $fields,
				'anchor' => $id,
			)
		);
	}

	/** A mentor's view of their mentees' hand-offs in the cohort. */
	private static function mentor_part( int $cohort_id, int $user_id, string $id ): void {
		$handoffs = new HandoffRepository();
		$rows     = array();
		foreach ( ( new CohortPairs() )->mentees_of( $cohort_id, $user_id ) as $mentee ) {
			$handoff = $handoffs->find_for( (int) $mentee, $cohort_id );
			$rows[]  = '<li><strong>' . esc_html( DisplayName::of( (int) $mentee ) ) . '</strong>: ' . esc_html(
				null === $handoff ? __( 'has not chosen a team yet.', 'wayfinder' ) : HandoffService::status_text( $handoff )
			) . '</li>';
		}
		if ( array() === $rows ) {
			return;
		}
		echo '<div class="wayfinder-handoff">';
		echo '<h3 id="' . esc_attr( $id ) . '">' . esc_html__( 'Your mentees\' teams after the cohort', 'wayfinder' ) . '</h3>';
		echo '<ul class="wayfinder-handoff__mentees">' . implode( '', $rows ) . '</ul>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- each row escaped above.
		echo '</div>';
	}

	/** A representative's newcomers, with an accept form per waiting hand-off. */
	private static function newcomers_section( int $user_id, string $region ): void {
		$teams = ( new Representatives() )->teams_of( $user_id );
		if ( array() === $teams ) {
			return;
		}
		$service = new HandoffService();
		$people  = ( new Newcomers() )->of_teams( $teams, time() );
		$names   = implode( ', ', array_map( array( TeamOptions::class, 'name' ), $teams ) );
		$id      = $region . '-newcomers';
		echo '<section class="wayfinder-section wayfinder-section--newcomers" id="' . esc_attr( self::ANCHOR ) . '" aria-labelledby="' . esc_attr( $id ) . '">';
		/* translators: %s: the teams' names. */
		echo '<h2 id="' . esc_attr( $id ) . '">' . esc_html( sprintf( __( 'Newcomers for %s', 'wayfinder' ), $names ) ) . '</h2>';
		if ( array() === $people ) {
			echo '<p>' . esc_html__( 'Nobody is heading to your team right now. When a mentee chooses it, they appear here; when they graduate, you get their introduction by email and accept it here.', 'wayfinder' ) . '</p></section>';
			return;
		}
		echo '<ul class="wayfinder-people wayfinder-newcomers">';
		foreach ( $people as $n => $person ) {
			$person_id = $id . '-' . $n;
			echo '<li class="wayfinder-person">';
			echo '<p id="' . esc_attr( $person_id ) . '"><strong>' . esc_html( (string) $person['name'] ) . '</strong> · ' . esc_html( (string) $person['cohort_name'] ) . ( count( $teams ) > 1 ? ' · ' . esc_html( (string) $person['team_name'] ) : '' ) . '</p>';
			$late = $person['overdue'] ? ' <strong>' . esc_html__( 'Waiting longer than it should.', 'wayfinder' ) . '</strong>' : '';
			echo '<p>' . esc_html( (string) $person['status_text'] ) . $late . '</p>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
			echo '<p class="wayfinder-meta">' . esc_html(
				sprintf(
					/* translators: %d: a number of contributions. */
					_n( '%d verified contribution.', '%d verified contributions.', (int) $person['verified'], 'wayfinder' ),
					(int) $person['verified']
				) . ' ' . $person['last_active_text']
			) . '</p>';
			if ( array() !== $person['latest'] ) {
				echo '<ul class="wayfinder-newcomers__contributions">';
				foreach ( $person['latest'] as $contribution ) {
					$text = $contribution['kind_label'] . ': ' . $contribution['summary'];
					$item = '' !== $contribution['url'] ? '<a href="' . esc_url( $contribution['url'] ) . '">' . esc_html( $text ) . '</a>' : esc_html( $text );
					echo '<li>' . $item . '</li>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
				}
				echo '</ul>';
			}
			if ( Handoff::WAITING === $person['status'] && '' !== (string) $person['mentor_note'] ) {
				/* translators: %s: the mentor's name. */
				echo '<p class="wayfinder-meta">' . esc_html( sprintf( __( 'Their mentor %s writes:', 'wayfinder' ), (string) $person['mentor_name'] ) ) . '</p>';
				echo '<blockquote class="wayfinder-intro"><p>' . esc_html( (string) $person['mentor_note'] ) . '</p></blockquote>';
			}
			if ( Handoff::WAITING === $person['status'] ) {
				echo self::accept_form( (int) $person['id'], $service->people_in( (string) $person['team'] ), $user_id, $person_id, (string) $person['name'] ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
			}
			echo '</li>';
		}
		echo '</ul></section>';
	}

	/**
	 * The "Accept and name a contact" form, escaped.
	 *
	 * @param list<array{id: int, name: string, why: string}> $people The team's people who may be named.
	 */
	private static function accept_form( int $handoff_id, array $people, int $user_id, string $id, string $name ): string {
		$fields  = '<p><label for="' . esc_attr( $id . '-contact' ) . '">' . esc_html__( 'Their contact in the team', 'wayfinder' ) . '</label><br>';
		$fields .= '<select name="contact_id" id="' . esc_attr( $id . '-contact' ) . '" required>';
		foreach ( $people as $person ) {
			$fields .= '<option value="' . esc_attr( (string) $person['id'] ) . '"' . selected( $person['id'], $user_id, false ) . '>' . esc_html( $person['name'] . ' — ' . $person['why'] ) . '</option>';
		}
		$fields .= '</select></p>';
		$fields .= '<p><label for="' . esc_attr( $id . '-welcome' ) . '">' . esc_html__( 'A welcome message (optional; the graduate and their mentor read it)', 'wayfinder' ) . '</label><br>';
		$fields .= '<textarea name="welcome" id="' . esc_attr( $id . '-welcome' ) . '" rows="3" maxlength="' . esc_attr( (string) Handoff::TEXT_LENGTH ) . '"></textarea></p>';
		return PageForms::form(
			self::ACCEPT,
			$handoff_id,
			self::PLACE,
			array(
				'label'       => __( 'Accept and name a contact', 'wayfinder' ),
				'name'        => $name,
				'inner'       => $fields,
				'describedby' => $id,
				'anchor'      => self::ANCHOR,
			)
		);
	}

	/** "Your contact in Polyglots is Mateo García." */
	public static function contact_sentence( string $team, int $contact_id ): string {
		/* translators: 1: the team's name, 2: the contact person's name. */
		return sprintf( __( 'Your contact in %1$s is %2$s.', 'wayfinder' ), $team, DisplayName::of( $contact_id ) );
	}

	private static function email_of( int $user_id ): string {
		$user = $user_id > 0 ? get_userdata( $user_id ) : false;
		return $user ? (string) $user->user_email : '';
	}
}
