<?php
/**
 * What members do from the community pages: every action as a form that also works without JavaScript.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\MyMentorship;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class MyMentorshipModule implements Module {

	public function register( Container $services ): void { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter -- the same signature for every module.
		Actions::register();
		// What MentorshipView read in this request is stale after any change to mentoring, roles or settings.
		$changes = array(
			\Wayfinder\Mentorship\Events\MatchStarted::HOOK,
			\Wayfinder\Mentorship\Events\MatchProposed::HOOK,
			\Wayfinder\Mentorship\Events\MatchConfirmed::HOOK,
			\Wayfinder\Mentorship\Events\MatchEnded::HOOK,
			\Wayfinder\Mentorship\Events\MatchCompleted::HOOK,
			\Wayfinder\Mentorship\Events\MatchBackupSet::HOOK,
			\Wayfinder\Mentorship\Events\MentorAway::HOOK,
			\Wayfinder\Mentorship\Events\MentorBack::HOOK,
			\Wayfinder\Mentorship\Events\RequestOpened::HOOK,
			\Wayfinder\Mentorship\Events\RequestClosed::HOOK,
			\Wayfinder\Profiles\ProfileSaved::HOOK,
			\Wayfinder\Profiles\ProfileRowChanged::HOOK,
			\Wayfinder\Profiles\ProfileEdited::HOOK,
			'set_user_role',
			'add_user_role',
			'remove_user_role',
			'deleted_user',
		);
		foreach ( $changes as $hook ) {
			add_action( $hook, array( MentorshipView::class, 'forget' ), 10, 0 );
		}
		// A setting, not a value kept to save work (those are written while pages are read).
		$kept = \Wayfinder\Platform\KeptValues::names();
		foreach ( array( 'added_option', 'updated_option' ) as $hook ) {
			add_action( $hook, static fn ( $option ) => in_array( $option, $kept, true ) ? null : MentorshipView::forget(), 10, 1 );
		}
	}
}
