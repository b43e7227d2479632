<?php
/**
 * The emails of a hand-off to a team, each sent once the change it tells of is committed: the
 * graduate's introduction to each representative of the team (their goals, contributions so far, the
 * mentor's note, how to reach them and where to accept) — to the coordinators when the team has no
 * representative —; the contact person named, to the graduate and their mentor; and a hand-off
 * waiting too long, to the coordinators.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Handoffs\Events\HandoffAccepted;
use Wayfinder\Handoffs\Events\HandoffOverdue;
use Wayfinder\Handoffs\Events\HandoffSent;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffSection;
use Wayfinder\Handoffs\HandoffService;
use Wayfinder\Handoffs\Newcomers;
use Wayfinder\Handoffs\TeamOptions;
use Wayfinder\Plans\PlanGoal;
use Wayfinder\Platform\Network;
use Wayfinder\Plans\PlanRepository;
use Wayfinder\Teams\Representatives;
use WP_User;

final class HandoffNotices {

	/** The most contributions an introduction lists. */
	private const CONTRIBUTIONS = 10;

	public function __construct( private readonly Representatives $representatives = new Representatives() ) {
	}

	/** The graduate's introduction, to each representative of the team (to the coordinators when it has none). */
	public function sent( HandoffSent $event ): void {
		$handoff  = $event->handoff;
		$graduate = Outbox::person( $handoff->user_id );
		if ( ! $graduate ) {
			return;
		}
		$team    = TeamOptions::name( $handoff->team );
		$readers = array_values( array_filter( array_map( array( Outbox::class, 'person' ), $this->representatives->of_team( $handoff->team ) ) ) );
		$body    = $this->introduction( $handoff, $graduate, $team );
		// On a network, the team's own site welcomes its newcomers when it has a My mentorship page.
		$home = Network::page_on_team_site( $handoff->team, 'wayfinder/my-mentorship' );
		$link = ( '' !== $home ? $home : Links::my_mentorship() ) . '#' . HandoffSection::ANCHOR;
		if ( array() === $readers ) {
			/* translators: %s: the team's name. */
			$body    = sprintf( __( '%s has no team representative, so this introduction comes to you. Add a representative to the team, or accept it yourself in the Mentorship admin and name a contact.', 'wayfinder' ), $team ) . "\n\n" . $body;
			$readers = Outbox::coordinators();
			$link    = admin_url( 'admin.php?page=wayfinder' );
		}
		foreach ( $readers as $reader ) {
			/* translators: 1: the team's name, 2: the graduate's name. */
			Outbox::send( $reader, sprintf( __( 'A new contributor for %1$s: %2$s', 'wayfinder' ), $team, $graduate->display_name ), $body . "\n\n" . __( 'Accept the hand-off and name the contact person who will go on supporting them:', 'wayfinder' ), $link );
		}
	}

	/** The contact named: to the graduate and to their mentor. */
	public function accepted( HandoffAccepted $event ): void {
		$handoff  = $event->handoff;
		$graduate = Outbox::person( $handoff->user_id );
		$contact  = Outbox::person( $handoff->contact_id );
		if ( ! $graduate || ! $contact ) {
			return;
		}
		$team    = TeamOptions::name( $handoff->team );
		$welcome = '' !== $handoff->welcome
			/* translators: 1: who wrote it, 2: the welcome message. */
			? "\n\n" . sprintf( __( 'A welcome from %1$s: %2$s', 'wayfinder' ), self::name( $handoff->accepted_by ), $handoff->welcome )
			: '';
		/* translators: 1: the contact's name, 2: their email address. */
		$reach = sprintf( __( 'Write to %1$s at %2$s to say hello and ask where to start.', 'wayfinder' ), $contact->display_name, $contact->user_email );
		Outbox::send(
			$graduate,
			/* translators: 1: the team's name, 2: the contact's name. */
			sprintf( __( 'Your contact in %1$s: %2$s', 'wayfinder' ), $team, $contact->display_name ),
			/* translators: 1: the team's name, 2: the contact's name. */
			sprintf( __( 'Welcome to %1$s! The team accepted your introduction, and %2$s is your contact person there: they will help you with your next contributions.', 'wayfinder' ), $team, $contact->display_name ) . ' ' . $reach . $welcome,
			Links::my_mentorship()
		);
		$mentor = $handoff->mentor_id > 0 && $handoff->mentor_id !== $handoff->user_id ? Outbox::person( $handoff->mentor_id ) : null;
		if ( $mentor ) {
			Outbox::send(
				$mentor,
				/* translators: 1: the graduate's name, 2: the team's name. */
				sprintf( __( '%1$s is welcomed by %2$s', 'wayfinder' ), $graduate->display_name, $team ),
				/* translators: 1: the team's name, 2: the graduate's name, 3: the contact's name, 4: the contact's email address. */
				sprintf( __( '%1$s accepted %2$s\'s introduction. Their contact person in the team is %3$s (%4$s). Thank you for mentoring them this far.', 'wayfinder' ), $team, $graduate->display_name, $contact->display_name, $contact->user_email ) . $welcome,
				Links::my_mentorship()
			);
		}
	}

	/** A hand-off waiting longer than the setting: once, to the coordinators. */
	public function overdue( HandoffOverdue $event ): void {
		$handoff  = $event->handoff;
		$graduate = Outbox::person( $handoff->user_id );
		if ( ! $graduate ) {
			return;
		}
		$team = TeamOptions::name( $handoff->team );
		$reps = array_map( array( self::class, 'name' ), $this->representatives->of_team( $handoff->team ) );
		$days = Newcomers::days_waiting( $handoff, time() );
		$body = sprintf(
			/* translators: 1: the graduate's name, 2: the team's name, 3: a number of days. */
			_n( '%1$s\'s introduction was sent to %2$s %3$d day ago, and no representative has accepted it yet.', '%1$s\'s introduction was sent to %2$s %3$d days ago, and no representative has accepted it yet.', $days, 'wayfinder' ),
			$graduate->display_name,
			$team,
			$days
		);
		$body .= "\n\n" . ( array() === $reps
			/* translators: %s: the team's name. */
			? sprintf( __( '%s has no team representative: add one to the team, or accept the hand-off yourself and name a contact.', 'wayfinder' ), $team )
			/* translators: %s: the representatives' names. */
			: sprintf( __( 'Its representatives are %s. Remind them, or accept the hand-off yourself and name a contact.', 'wayfinder' ), implode( ', ', $reps ) ) );
		foreach ( Outbox::coordinators() as $coordinator ) {
			/* translators: 1: the team's name, 2: the graduate's name. */
			Outbox::send( $coordinator, sprintf( __( 'A hand-off waits for %1$s: %2$s', 'wayfinder' ), $team, $graduate->display_name ), $body, admin_url( 'admin.php?page=wayfinder' ) );
		}
	}

	/** The introduction's text. */
	private function introduction( Handoff $handoff, WP_User $graduate, string $team ): string {
		$lines = array(
			sprintf(
				/* translators: 1: the graduate's name, 2: where they graduated from (a cohort's name), 3: the team's name. */
				__( '%1$s has graduated from %2$s and would like to join %3$s. Here is their introduction.', 'wayfinder' ),
				$graduate->display_name,
				HandoffService::cohort_name( $handoff->cohort_id ),
				$team
			),
		);
		$goals = $handoff->cohort_id > 0 ? ( new PlanRepository() )->of_mentee( $handoff->cohort_id, $handoff->user_id ) : array();
		if ( array() !== $goals ) {
			$progress = PlanGoal::progress_labels();
			$lines[]  = __( 'Their goals:', 'wayfinder' ) . "\n" . implode( "\n", array_map( static fn ( PlanGoal $goal ): string => '- ' . $goal->what . ' (' . ( $progress[ $goal->progress ] ?? $goal->progress ) . ')', $goals ) );
		}
		$lines[] = self::contributions( $handoff->user_id );
		if ( '' !== $handoff->mentor_note ) {
			/* translators: 1: the mentor's name, 2: their note. */
			$lines[] = sprintf( __( 'Their mentor %1$s writes: %2$s', 'wayfinder' ), self::name( $handoff->mentor_id ), $handoff->mentor_note );
		}
		/* translators: %s: an email address. */
		$reach = sprintf( __( 'How to reach them: %s', 'wayfinder' ), $graduate->user_email );
		if ( '' !== $graduate->user_url ) {
			/* translators: %s: a web address. */
			$reach .= "\n" . sprintf( __( 'Their profile: %s', 'wayfinder' ), $graduate->user_url );
		}
		$lines[] = $reach;
		return implode( "\n\n", $lines );
	}

	/** Their contributions so far, verified first (rejected ones left out). */
	private static function contributions( int $user_id ): string {
		$all = array_values( array_filter( ( new ContributionRepository() )->of_user( $user_id, '', 50 ), static fn ( Contribution $c ): bool => Contribution::REJECTED !== $c->status ) );
		if ( array() === $all ) {
			return __( 'Contributions so far: none recorded yet.', 'wayfinder' );
		}
		usort( $all, static fn ( Contribution $a, Contribution $b ): int => (int) ( Contribution::VERIFIED !== $a->status ) <=> (int) ( Contribution::VERIFIED !== $b->status ) );
		$kinds = Contribution::kind_labels();
		$lines = array();
		foreach ( array_slice( $all, 0, self::CONTRIBUTIONS ) as $contribution ) {
			$lines[] = '- ' . ( $kinds[ $contribution->kind ] ?? $contribution->kind ) . ': ' . $contribution->summary
				. ( '' !== $contribution->url ? ' ' . $contribution->url : '' )
				. ' (' . ( Contribution::VERIFIED === $contribution->status ? __( 'verified', 'wayfinder' ) : __( 'not verified yet', 'wayfinder' ) ) . ')';
		}
		return __( 'Contributions so far:', 'wayfinder' ) . "\n" . implode( "\n", $lines );
	}

	private static function name( int $id ): string {
		$user = Outbox::person( $id );
		return $user ? $user->display_name : __( 'a coordinator', 'wayfinder' );
	}
}
