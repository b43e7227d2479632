<?php
/**
 * When a mentor retires, loses the mentor role or their account, their mentees move in the background
 * (WP-Cron), in bounded batches: each match ends ("mentor quit") and, in the same transaction, the
 * mentee moves to the match's backup mentor — or the backup the mentor named — when they can take them
 * (available, with room), else gets the best available mentor at once, or a place in the queue.
 *
 * Resumable and safe to run twice: the next run is scheduled BEFORE a batch works, so a run killed
 * halfway is picked up by the next; each mentee's move is one transaction, so a move is done or not at
 * all; only open matches move, so nothing moves twice. The schedule is cleared once nobody is left.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Mentorship\Events\NextStep;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\ProfileRepository;

final class Reassigner {

	public const HOOK = 'wayfinder_reassign_mentees';

	/** Mentees one run moves at most. */
	public const BATCH = 25;

	/** Seconds until the next batch (or the retry of a batch that was killed). */
	private const PAUSE = 60;

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly MatchRepository $matches = new MatchRepository(),
	) {
	}

	/** Queues the work for a mentor who just retired or quit. */
	public static function schedule( int $mentor_id ): void {
		if ( ! wp_next_scheduled( self::HOOK, array( $mentor_id ) ) ) {
			wp_schedule_single_event( time(), self::HOOK, array( $mentor_id ) );
		}
	}

	/** @return int How many mentees moved in this batch. */
	public function reassign_from( int $mentor_id ): int {
		// Scheduled a moment ago, but the mentor is back (a role restored on the same screen, say): stay.
		if ( get_userdata( $mentor_id ) && Capabilities::can_mentor( $mentor_id ) && 'retired' !== $this->profiles->find( $mentor_id )->mentor_status ) {
			wp_clear_scheduled_hook( self::HOOK, array( $mentor_id ) );
			return 0;
		}
		// First the next run, then the work: if this run dies halfway, the next one resumes.
		if ( ! wp_next_scheduled( self::HOOK, array( $mentor_id ) ) ) {
			wp_schedule_single_event( time() + self::PAUSE, self::HOOK, array( $mentor_id ) );
		}
		$service = new MatchService( $this->profiles, $this->matches );
		$assign  = new AutoAssigner( $this->profiles, $service );
		$moved   = 0;
		foreach ( $this->matches->open_of_mentor( $mentor_id, self::BATCH ) as $match ) {
			$ended = $service->close(
				$match->id,
				'mentor_quit',
				0,
				function ( MatchRecord $ended ) use ( $service, $assign ): NextStep {
					$backup = $this->backup_for( $ended );
					if ( null !== $backup ) {
						$id = $service->start( $ended->mentee_id, $backup, 'backup', 0 );
						if ( is_int( $id ) ) {
							return new NextStep( 'matched', $backup, $id );
						}
					}
					return NextStep::from_assignment( $assign->assign( $ended->mentee_id ) );
				}
			);
			if ( ! is_wp_error( $ended ) ) {
				++$moved;
			}
		}
		if ( array() === $this->matches->open_of_mentor( $mentor_id, 1 ) ) {
			wp_clear_scheduled_hook( self::HOOK, array( $mentor_id ) ); // Everyone moved: no next run.
		}
		return $moved;
	}

	/**
	 * Who takes the mentee over first: the match's backup mentor, who knows them, else the backup the
	 * mentor named in their profile. Whether they can (available, with room) is start()'s to say.
	 */
	private function backup_for( MatchRecord $match ): ?int {
		if ( null !== $match->backup_mentor_id ) {
			return $match->backup_mentor_id;
		}
		$named = self::named_backup( $this->profiles, $match->mentor_id );
		return null !== $named && $named !== $match->mentee_id ? $named : null;
	}

	/** The backup mentor a mentor named in their profile (the `backup_mentor` field), if any. */
	public static function named_backup( ProfileRepository $profiles, int $mentor_id ): ?int {
		$named = get_object_vars( $profiles->find( $mentor_id ) )['backup_mentor'] ?? null;
		return is_numeric( $named ) && (int) $named > 0 && (int) $named !== $mentor_id ? (int) $named : null;
	}
}
