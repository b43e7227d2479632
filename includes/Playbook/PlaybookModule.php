<?php
/**
 * The mentor playbook: its route, this week's step in My mentorship and in mentors' session
 * reminders, and its option deleted with Wayfinder's data.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Playbook;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Notifications\SessionNotices;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Sessions\Session;

final class PlaybookModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( PlaybookController::class ), 'register_routes' ) );
		add_action( 'wayfinder_my_cohort', array( PlaybookSection::class, 'render' ), 20, 5 );
		add_filter(
			SessionNotices::REMINDER_LINES,
			/** @param list<string> $lines */
			static fn ( array $lines, Session $session, Cohort $cohort, int $user_id ): array => array_merge( $lines, PlaybookSection::reminder_lines( $cohort->id, $user_id ) ),
			10,
			4
		);
		add_action( Uninstaller::DELETE_DATA, array( Playbook::class, 'reset' ) );
	}
}
