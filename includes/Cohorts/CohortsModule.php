<?php
/**
 * Cohorts: the post type, its panel in the block editor and its checks before a save, the places people hold in a cohort (the
 * members route, the enrolment rules), what the tables keep about people, and cleaning up after a
 * deleted cohort.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class CohortsModule implements Module {

	public function register( Container $services ): void {
		add_action( 'init', array( CohortPostType::class, 'register' ) );
		add_action( Installer::INSTALL, array( CohortPostType::class, 'register' ) );
		add_filter( 'rest_pre_insert_' . CohortPostType::POST_TYPE, array( CohortPostType::class, 'validate_before_save' ), 10, 2 );
		add_action( 'admin_menu', array( CohortEditorPanel::class, 'add_menu' ), 11 );
		add_action( 'enqueue_block_editor_assets', array( CohortEditorPanel::class, 'enqueue' ) );
		add_filter( Capabilities::COORDINATOR_CAPABILITIES, static fn ( array $caps ): array => array_merge( $caps, CohortPostType::CAPABILITIES ) );
		add_action( 'rest_api_init', array( $services->get( CohortMembersController::class ), 'register_routes' ) );
		add_action( 'rest_api_init', array( $services->get( CohortProgressController::class ), 'register_routes' ) );
		// A cohort deleted for good takes its places with it (a trashed one keeps them, to be restored).
		add_action(
			'deleted_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( CohortPostType::POST_TYPE === $post->post_type ) {
					$services->get( CohortMemberRepository::class )->delete_cohort( $post_id );
				}
			},
			10,
			2
		);
		// However a cohort is finished (the tick at its end date, or a coordinator early), its end is kept and told once.
		add_action( 'added_post_meta', array( CohortEnding::class, 'stage_changed' ), 10, 4 );
		add_action( 'updated_post_meta', array( CohortEnding::class, 'stage_changed' ), 10, 4 );
		add_action( Uninstaller::DELETE_DATA, array( self::class, 'delete_cohorts' ) );
		// Places taken before schema 19 get the mark that My mentorship reads first.
		add_action( Schema::MIGRATED, static fn ( int $was ) => $was >= 17 && $was < 19 ? $services->get( CohortMemberRepository::class )->mark_everyone() : null );
		self::declare_personal_data( $services->get( PersonalData::class ) );
	}

	/** Uninstall, when the admin chose to delete Wayfinder's data: the cohorts go with their tables, and the mark on people who took a place. */
	public static function delete_cohorts(): void {
		$ids = get_posts(
			array(
				'post_type'      => CohortPostType::POST_TYPE,
				'post_status'    => 'any',
				'posts_per_page' => -1,
				'fields'         => 'ids',
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( (int) $id, true );
		}
		delete_metadata( 'user', 0, CohortMemberRepository::IN_A_COHORT, '', true );
	}

	/**
	 * A place in a cohort is the program's history (who took part, and how): kept, like a mentorship,
	 * with who enrolled them.
	 */
	private static function declare_personal_data( PersonalData $registry ): void {
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'cohort_members',
				__( 'Places in cohorts', 'wayfinder' ),
				array(
					'user_id'      => ErasePolicy::KEEP_FACT,
					'enrolled_by'  => ErasePolicy::KEEP_FACT,
					'graduated_by' => ErasePolicy::ANONYMISE,
				),
				array( 'graduation_note' ),
				array(
					'cohort_id'       => __( 'Cohort', 'wayfinder' ),
					'user_id'         => __( 'Person', 'wayfinder' ),
					'role'            => __( 'Taking part as', 'wayfinder' ),
					'mode'            => __( 'How', 'wayfinder' ),
					'status'          => __( 'Status', 'wayfinder' ),
					'enrolled_by'     => __( 'Enrolled by', 'wayfinder' ),
					'enrolled_at'     => __( 'Enrolled on', 'wayfinder' ),
					'graduated_at'    => __( 'Graduated on (UTC)', 'wayfinder' ),
					'graduation_note' => __( 'The mentor\'s note at graduation', 'wayfinder' ),
				),
				'id',
				/* translators: %s: how many places. */
				static fn ( int $kept ): string => sprintf( _n( 'Kept %s place in a cohort (who took part, and when), because the program\'s history needs it.', 'Kept %s places in cohorts (who took part, and when), because the program\'s history needs them.', $kept, 'wayfinder' ), number_format_i18n( $kept ) ),
				retention: array( 'cohort' => 'cohort_id' )
			)
		);
		$registry->table( static fn (): TableDeclaration => new TableDeclaration( 'cohort_places', __( 'Cohort places taken', 'wayfinder' ), array(), array(), array(), 'cohort_id,role' ) );
	}
}
