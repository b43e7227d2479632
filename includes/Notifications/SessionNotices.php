<?php
/**
 * The emails about a cohort's sessions: everyone invited (SessionService::invited: the cohort, a 1:1's
 * two people, or a project group) hears when one is scheduled, changed or
 * cancelled, and the day before it, with the time in their own time zone and the calendar invitation attached
 * (METHOD:REQUEST with the session's stable UID and its SEQUENCE, or METHOD:CANCEL), so their
 * calendar adds, moves or removes the one event. Sent once the change is committed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Sessions\Events\SessionCancelled;
use Wayfinder\Sessions\Events\SessionChanged;
use Wayfinder\Sessions\Events\SessionReminderDue;
use Wayfinder\Sessions\Events\SessionScheduled;
use Wayfinder\Sessions\Invitations;
use Wayfinder\Sessions\Session;
use Wayfinder\Sessions\SessionService;

final class SessionNotices {

	/**
	 * Filter: lines a reminder gains for one reader (the mentor playbook adds this week's step for
	 * mentors). Arguments: list<string> $lines, Session, Cohort, int $user_id.
	 */
	public const REMINDER_LINES = 'wayfinder_session_reminder_lines';

	public function __construct(
		private readonly Invitations $invitations = new Invitations(),
		private readonly SessionService $sessions = new SessionService(),
	) {
	}


	public function scheduled( SessionScheduled $event ): void {
		$this->send(
			$event->session,
			/* translators: 1: the cohort's name, 2: the session's title. */
			sprintf( __( '[%1$s] New session: %2$s', 'wayfinder' ), $event->cohort->name, $event->session->title ),
			self::lead(
				$event->session,
				__( 'A group session of your cohort is planned:', 'wayfinder' ),
				__( 'A 1:1 session is planned for you:', 'wayfinder' ),
				__( 'A session of your project group is planned:', 'wayfinder' )
			),
			$event->cohort
		);
	}

	public function changed( SessionChanged $event ): void {
		$this->send(
			$event->session,
			/* translators: 1: the cohort's name, 2: the session's title. */
			sprintf( __( '[%1$s] Session changed: %2$s', 'wayfinder' ), $event->cohort->name, $event->session->title ),
			self::lead(
				$event->session,
				__( 'A group session of your cohort changed. This is how it is now:', 'wayfinder' ),
				__( 'Your 1:1 session changed. This is how it is now:', 'wayfinder' ),
				__( 'A session of your project group changed. This is how it is now:', 'wayfinder' )
			),
			$event->cohort
		);
	}

	public function reminder( SessionReminderDue $event ): void {
		$this->send(
			$event->session,
			/* translators: 1: the cohort's name, 2: the session's title. */
			sprintf( __( '[%1$s] Coming up: %2$s', 'wayfinder' ), $event->cohort->name, $event->session->title ),
			self::lead(
				$event->session,
				__( 'A reminder: this group session of your cohort starts within a day.', 'wayfinder' ),
				__( 'A reminder: your 1:1 session starts within a day.', 'wayfinder' ),
				__( 'A reminder: this session of your project group starts within a day.', 'wayfinder' )
			),
			$event->cohort,
			true
		);
	}

	public function cancelled( SessionCancelled $event ): void {
		$this->send(
			$event->session,
			/* translators: 1: the cohort's name, 2: the session's title. */
			sprintf( __( '[%1$s] Session cancelled: %2$s', 'wayfinder' ), $event->cohort->name, $event->session->title ),
			self::lead(
				$event->session,
				__( 'This group session of your cohort is cancelled:', 'wayfinder' ),
				__( 'This 1:1 session is cancelled:', 'wayfinder' ),
				__( 'This session of your project group is cancelled:', 'wayfinder' )
			),
			$event->cohort
		);
	}

	private function send( Session $session, string $subject, string $lead, Cohort $cohort, bool $reminder = false ): void {
		$ids         = $this->sessions->invited( $session );
		$invitations = $this->invitations;
		Transaction::after_commit(
			static function () use ( $session, $subject, $lead, $cohort, $ids, $invitations, $reminder ): void {
				if ( ! function_exists( 'wp_tempnam' ) ) {
					require_once ABSPATH . 'wp-admin/includes/file.php'; // @phpstan-ignore requireOnce.fileNotFound (wp_tempnam() is an admin function; a REST request has not loaded it)
				}
				$profiles = ( new ProfileRepository() )->find_many( $ids );
				foreach ( get_users(
					array(
						'include' => $ids,
						'fields'  => array( 'ID', 'display_name', 'user_email' ),
					)
				) as $user ) {
					$more = $reminder ? array_map( 'strval', (array) apply_filters( self::REMINDER_LINES, array(), $session, $cohort, (int) $user->ID ) ) : array(); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
					$zone = self::zone( isset( $profiles[ (int) $user->ID ] ) ? $profiles[ (int) $user->ID ]->timezone : wp_timezone_string() );
					$body = implode(
						"\n",
						array_filter(
							array(
								$lead,
								'',
								$session->title,
								/* translators: 1: date and time in the reader's time zone, 2: the time zone. */
								sprintf( __( 'When: %1$s (%2$s)', 'wayfinder' ), wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $session->starts, $zone ), str_replace( '_', ' ', $zone->getName() ) ),
								/* translators: %d: minutes. */
								sprintf( _n( 'How long: %d minute', 'How long: %d minutes', $session->minutes, 'wayfinder' ), $session->minutes ),
								'' !== $session->location ? sprintf( /* translators: %s: a link or a place. */ __( 'Where: %s', 'wayfinder' ), $session->location ) : null,
								'' !== $session->agenda ? "\n" . $session->agenda : null,
								array() !== $more ? "\n" . implode( "\n", $more ) : null,
								'',
								Session::CANCELLED === $session->status
									? __( 'The attached invitation removes it from your calendar.', 'wayfinder' )
									: __( 'Open the attached invitation to add it to your calendar (or update it there).', 'wayfinder' ),
								(string) get_permalink( $cohort->id ),
							),
							static fn ( ?string $line ): bool => null !== $line
						)
					);
					// Each person's own invitation, naming them alone: nobody receives the others' addresses.
					$ics  = $invitations->for_person(
						$session,
						$cohort,
						array(
							'name'  => (string) $user->display_name,
							'email' => (string) $user->user_email,
						)
					);
					$file = wp_tempnam( 'wayfinder-session-' . $session->id . '.ics' );
					if ( '' === $file || false === file_put_contents( $file, $ics ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions -- a temporary attachment in the temp directory.
						continue;
					}
					wp_mail( $user->user_email, $subject, $body, array(), array( 'invitation.ics' => $file ) );
					wp_delete_file( $file );
				}
			}
		);
	}

	/** The email's first line for the session's kind. */
	private static function lead( Session $session, string $group, string $one_to_one, string $project_group ): string {
		return match ( $session->kind ) {
			Session::ONE_TO_ONE    => $one_to_one,
			Session::PROJECT_GROUP => $project_group,
			default                => $group,
		};
	}

	private static function zone( string $name ): \DateTimeZone {
		try {
			return new \DateTimeZone( '' !== $name ? $name : 'UTC' );
		} catch ( \Exception $e ) {
			return new \DateTimeZone( 'UTC' );
		}
	}
}
