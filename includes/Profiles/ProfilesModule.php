<?php
/**
 * Mentoring profiles: their route, and absences that end on their date.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Schema;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class ProfilesModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( ProfilesController::class ), 'register_routes' ) );
		add_action( \Wayfinder\Platform\Cron::HOURLY, array( $services->get( ProfileRepository::class ), 'end_past_absences' ) );
		// Schema 7 added the hours of the week each profile's windows touch: filled in for existing profiles.
		add_action(
			Schema::MIGRATED,
			static function ( int $was ) use ( $services ): void {
				while ( $was < 7 && $services->get( ProfileRepository::class )->fill_meet_hours( 500 ) > 0 ) {
					continue;
				}
			}
		);
		// Schema 12 keeps listed mentors' teams and languages as rows of their own, and each row's
		// directory rank: both made from the profiles.
		add_action( Schema::MIGRATED, static fn ( int $was ) => $was < 12 ? $services->get( FacetRepository::class )->rebuild() && $services->get( ProfileRepository::class )->relist() : null );
		// Schema 16 keeps each word of each name for the People lists' search; the hourly tick finishes a cut-short fill.
		$words = $services->get( NameWords::class );
		add_action( Schema::MIGRATED, array( $words, 'migrated' ) );
		add_action( \Wayfinder\Platform\Cron::HOURLY, array( $words, 'resume' ), 50, 0 );
		add_action( \Wayfinder\Platform\Uninstaller::DELETE_DATA, static fn () => delete_option( NameWords::STATE_OPTION ) );
		// The People lists sort by a copy of the display name, and list nobody whose account is gone.
		add_action( 'profile_update', array( DisplayName::class, 'forget' ), 1 );
		add_action( 'deleted_user', array( DisplayName::class, 'forget' ), 1 );
		add_action( 'profile_update', static fn ( $user_id ) => $services->get( ProfileRepository::class )->rename( (int) $user_id ) );
		add_action( 'deleted_user', static fn ( $user_id ) => $services->get( ProfileRepository::class )->relist( (int) $user_id ) );
		// A mentor's team and language rows are theirs too (a copy of their profile's lists).
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'facets',
				__( 'Mentor directory entries', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'user_id' => __( 'Person', 'wayfinder' ),
					'kind'    => __( 'Listed by', 'wayfinder' ),
					'value'   => __( 'Team or language', 'wayfinder' ),
				),
				'kind,value,user_id'
			)
		);
		// The words of their name that searches find them by (before the profile: its erasure may make a
		// mentor's placeholder row, and that row's words, again).
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'name_words',
				__( 'Words of your name that searches find', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'user_id' => __( 'Person', 'wayfinder' ),
					'word'    => __( 'Word', 'wayfinder' ),
				),
				'word,user_id'
			)
		);
		// A profile is its person's: erasing them deletes it; being someone's preferred mentor is not kept.
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'profiles',
				__( 'Mentoring profile', 'wayfinder' ),
				array(
					'user_id'          => ErasePolicy::DELETE_ROW,
					'preferred_mentor' => ErasePolicy::ANONYMISE,
				),
				array( 'intro', 'skills' ),
				array(
					'user_id'            => __( 'Person', 'wayfinder' ),
					'timezone'           => __( 'Time zone', 'wayfinder' ),
					'languages'          => __( 'Languages', 'wayfinder' ),
					'teams'              => __( 'Teams', 'wayfinder' ),
					'skills'             => __( 'Skills', 'wayfinder' ),
					'intro'              => __( 'Introduction', 'wayfinder' ),
					'availability'       => __( 'Weekly availability', 'wayfinder' ),
					'mentor_capacity'    => __( 'Mentees at most', 'wayfinder' ),
					'mentor_status'      => __( 'Mentor status', 'wayfinder' ),
					'away_until'         => __( 'Away until', 'wayfinder' ),
					'seeking'            => __( 'Looking for a mentor', 'wayfinder' ),
					'preferred_team'     => __( 'Preferred team', 'wayfinder' ),
					'preferred_language' => __( 'Preferred language', 'wayfinder' ),
					'sponsored'          => __( 'Sponsored contributor', 'wayfinder' ),
					'updated_at'         => __( 'Last changed', 'wayfinder' ),
				),
				'user_id',
				null,
				static function ( int $user_id ) use ( $services ): void {
					$services->get( ProfileRepository::class )->forget( $user_id );
					// A mentor stays in the People list without a profile, as one who never saved theirs.
					if ( Capabilities::can_mentor( $user_id ) ) {
						$services->get( ProfileRepository::class )->add_mentor_placeholder( $user_id );
					}
				}
			)
		);
	}
}
