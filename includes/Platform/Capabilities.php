<?php
/**
 * Wayfinder's roles and capabilities, and the one place where they are checked.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use Wayfinder\Orientation\QuizPostType;
use Wayfinder\Teams\TeamPostType;

final class Capabilities {

	public const COORDINATE     = 'wayfinder_coordinate';
	public const MENTOR         = 'wayfinder_mentor';
	public const REVIEW         = 'wayfinder_review_applications';
	public const REPRESENT_TEAM = 'wayfinder_represent_team';
	/** Opens the program's Settings screen and saves its settings (GET/POST /wayfinder/v1/settings). */
	public const MANAGE_SETTINGS = 'wayfinder_manage_settings';

	/**
	 * Role slug => [ label, capabilities ]. Every role can read; mentees need no role at all.
	 *
	 * @return array<string, array{0: string, 1: list<string>}>
	 */
	public static function roles(): array {
		return array(
			'wayfinder_coordinator' => array( __( 'Mentoring coordinator', 'wayfinder' ), array_merge( array( self::COORDINATE, self::MANAGE_SETTINGS, self::MENTOR, self::REVIEW ), TeamPostType::CAPABILITIES, QuizPostType::CAPABILITIES ) ),
			'wayfinder_mentor'      => array( __( 'Mentor', 'wayfinder' ), array( self::MENTOR ) ),
			'wayfinder_reviewer'    => array( __( 'Application reviewer', 'wayfinder' ), array( self::REVIEW ) ),
			'wayfinder_team_rep'    => array( __( 'Team representative', 'wayfinder' ), array( self::REPRESENT_TEAM ) ),
		);
	}

	/** @return list<string> Everything administrators get; coordinators get these less mentoring-only ones. */
	public static function all(): array {
		return array_merge( array( self::COORDINATE, self::MANAGE_SETTINGS, self::MENTOR, self::REVIEW, self::REPRESENT_TEAM ), TeamPostType::CAPABILITIES, QuizPostType::CAPABILITIES );
	}

	/** Creates or refreshes the roles and gives administrators every Wayfinder capability. */
	public static function install(): void {
		foreach ( self::roles() as $slug => list( $label, $caps ) ) {
			remove_role( $slug );
			add_role( $slug, $label, array_fill_keys( array_merge( array( 'read' ), $caps ), true ) );
		}
		$admin = get_role( 'administrator' );
		if ( $admin ) {
			foreach ( self::all() as $cap ) {
				$admin->add_cap( $cap );
			}
		}
	}

	public static function uninstall(): void {
		foreach ( array_keys( self::roles() ) as $slug ) {
			remove_role( $slug );
		}
		$admin = get_role( 'administrator' );
		if ( $admin ) {
			foreach ( self::all() as $cap ) {
				$admin->remove_cap( $cap );
			}
		}
	}

	public static function can_coordinate( ?int $user_id = null ): bool {
		return self::user_can( $user_id, self::COORDINATE );
	}

	public static function can_manage_settings( ?int $user_id = null ): bool {
		return self::user_can( $user_id, self::MANAGE_SETTINGS );
	}

	public static function can_mentor( ?int $user_id = null ): bool {
		return self::user_can( $user_id, self::MENTOR );
	}

	public static function can_review( ?int $user_id = null ): bool {
		return self::user_can( $user_id, self::REVIEW );
	}

	public static function can_represent_team( ?int $user_id = null ): bool {
		return self::user_can( $user_id, self::REPRESENT_TEAM );
	}

	/** Any member of the site can be a mentee: no role needed, only the right to read the site. */
	public static function can_take_part( ?int $user_id = null ): bool {
		return self::user_can( $user_id, 'read' );
	}

	/**
	 * The refusal for someone who cannot take part: not logged in (401), or logged in with an account
	 * that is not a member of this site (403).
	 */
	public static function take_part_error( string $log_in_message ): \WP_Error {
		if ( ! is_user_logged_in() ) {
			return new \WP_Error( 'wayfinder_not_logged_in', $log_in_message, array( 'status' => 401 ) );
		}
		return new \WP_Error( 'wayfinder_not_a_member', __( 'Your account is not a member of this site. Ask a site admin to add you, then try again.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	private static function user_can( ?int $user_id, string $capability ): bool {
		return null === $user_id ? current_user_can( $capability ) : user_can( $user_id, $capability );
	}
}
