<?php
/**
 * The public mentor directory: its route, the request form without JavaScript and the index kept in step.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\KeptValues;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Profiles\ProfileRowChanged;
use Wayfinder\Profiles\ProfileSaved;

final class DirectoryModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( MentorsController::class ), 'register_routes' ) );
		RequestForm::register();
		// Schema 7 added the index of who holds the mentor capability, schema 9 changed who is a mentor
		// (the Mentor role or the capability on the account, not an administrator's blanket grant), and
		// schema 11 gives every mentor a row (a placeholder for one without a profile); schema 12's kept
		// facets hold the teams too, so facets kept before it are dropped.
		add_action( Schema::MIGRATED, static fn ( int $was ) => $was < 11 ? DirectoryIndex::resync_all() : ( $was < 12 ? MentorDirectory::forget() : null ) );
		add_action(
			Uninstaller::DELETE_DATA,
			static function (): void {
				foreach ( KeptValues::names() as $option ) {
					delete_option( $option );
				}
			}
		);
		// profiles.mentor_listed follows every change of a user's roles or capabilities.
		add_action( 'added_user_meta', array( DirectoryIndex::class, 'meta_changed' ), 10, 4 );
		add_action( 'updated_user_meta', array( DirectoryIndex::class, 'meta_changed' ), 10, 4 );
		add_action( 'deleted_user_meta', array( DirectoryIndex::class, 'meta_deleted' ), 10, 3 );
		add_action( 'update_option_' . DirectoryRepository::roles_option(), array( DirectoryIndex::class, 'roles_changed' ) );
		// The team names and links the cards show are kept between requests.
		// A saved profile may change what the directory offers.
		add_action( ProfileSaved::HOOK, array( self::class, 'profile_saved' ) );
		add_action( ProfileRowChanged::HOOK, array( self::class, 'profile_row_changed' ) );
		// A mentor without a profile counts with the default capacity.
		add_action( 'update_option_' . Settings::DEFAULT_CAPACITY, array( MentorCounts::class, 'forget' ), 10, 0 );
	}

	/** A profile was saved: forget what was kept about it, and the facets (languages, time zones, count). */
	public static function profile_saved( ProfileSaved $event ): void {
		if ( $event->in_directory ) {
			MentorDirectory::forget( $event->profile->user_id );
		}
	}

	/** A mentor's count or status changed elsewhere: forget the listing read in this request. */
	public static function profile_row_changed( ProfileRowChanged $event ): void {
		MentorDirectory::forget_listing( $event->user_id );
	}
}
