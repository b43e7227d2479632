<?php
/**
 * Wayfinder's roles and capabilities, and the one place where they are checked.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Capabilities {

	public const COORDINATE = 'wayfinder_coordinate';
	public const MENTOR     = 'wayfinder_mentor';
	public const REVIEW     = 'wayfinder_review_applications';
	/** Stage 1 of blind selection: makes applications PII-less and releases them to reviewers. */
	public const SCREEN         = 'wayfinder_screen_applications';
	public const REPRESENT_TEAM = 'wayfinder_represent_team';
	/** Opens the program's Settings screen and saves its settings (GET/POST /wayfinder/v1/settings). */
	public const MANAGE_SETTINGS = 'wayfinder_manage_settings';

	/** The filter through which features add the capabilities of their content (teams, quizzes) to the coordinator's. */
	public const COORDINATOR_CAPABILITIES = 'wayfinder_coordinator_capabilities';

	/**
	 * Role slug => [ label, capabilities ]. Every role can read; mentees need no role at all.
	 *
	 * @return array<string, array{0: string, 1: list<string>}>
	 */
	public static function roles(): array {
		return array(
			'wayfinder_coordinator' => array( __( 'Mentoring coordinator', 'wayfinder' ), array_merge( array( self::COORDINATE, self::MANAGE_SETTINGS, self::MENTOR, self::SCREEN, self::REVIEW ), self::content_capabilities() ) ),
			'wayfinder_mentor'      => array( __( 'Mentor', 'wayfinder' ), array( self::MENTOR ) ),
			'wayfinder_screener'    => array( __( 'Application screener', 'wayfinder' ), array( self::SCREEN ) ),
			'wayfinder_reviewer'    => array( __( 'Application reviewer', 'wayfinder' ), array( self::REVIEW ) ),
			'wayfinder_team_rep'    => array( __( 'Team representative', 'wayfinder' ), array( self::REPRESENT_TEAM ) ),
		);
	}

	/** @return list<string> Everything administrators get; coordinators get these less mentoring-only ones. */
	public static function all(): array {
		return array_merge( array( self::COORDINATE, self::MANAGE_SETTINGS, self::MENTOR, self::SCREEN, self::REVIEW, self::REPRESENT_TEAM ), self::content_capabilities() );
	}

	/** @return list<string> The capabilities of the content features own (their post types), which coordinators and administrators get. */
	private static function content_capabilities(): array {
		/**
		 * The capabilities of a feature's content that coordinators get (e.g. editing teams and quizzes).
		 *
		 * @param list<string> $capabilities
		 */
		$capabilities = apply_filters( self::COORDINATOR_CAPABILITIES, array() ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
		return array_values( array_unique( array_map( 'strval', is_array( $capabilities ) ? $capabilities : array() ) ) );
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

	/**
	 * Who is a mentor: a person who holds the mentor capability through a role that grants it
	 * (Mentor, Mentoring coordinator, or a role a site admin gave it to) or on their own account. The
	 * administrator role's blanket grant of every Wayfinder capability — and a network's super admin
	 * — does not make anyone a mentor: the site admin is never silently an available mentor; an admin
	 * who mentors takes the Mentor role as well. The SQL twin of this rule is mentor_sql();
	 * DirectoryIndex keeps profiles.mentor_listed by it.
	 */
	public static function can_mentor( ?int $user_id = null ): bool {
		$user = null === $user_id ? wp_get_current_user() : get_userdata( $user_id );
		return $user instanceof \WP_User && $user->exists() && self::caps_make_mentor( $user->caps ) && $user->has_cap( self::MENTOR );
	}

	/**
	 * Every mentor of the site (can_mentor()), by user ID.
	 *
	 * @return list<int>
	 */
	public static function mentor_ids(): array {
		$ids = array_map(
			'intval',
			get_users(
				array(
					'capability' => self::MENTOR,
					'fields'     => 'ID',
				)
			)
		);
		return array_values( array_filter( $ids, static fn ( int $id ): bool => self::can_mentor( $id ) ) );
	}

	/**
	 * Whether stored capabilities (the user meta: role and capability names => granted) make a mentor.
	 *
	 * @param array<mixed> $caps
	 */
	public static function caps_make_mentor( array $caps ): bool {
		foreach ( self::mentor_grants() as $name ) {
			if ( ! empty( $caps[ $name ] ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The names that make a mentor when granted to an account: the roles that include the mentor
	 * capability, except the administrator's, and the capability itself (the Mentor role has its name).
	 *
	 * @return list<string>
	 */
	private static function mentor_grants(): array {
		$names = array( self::MENTOR );
		foreach ( wp_roles()->roles as $slug => $role ) {
			if ( 'administrator' !== $slug && ! empty( $role['capabilities'][ self::MENTOR ] ) ) {
				$names[] = (string) $slug;
			}
		}
		return array_values( array_unique( $names ) );
	}

	/**
	 * The SQL twin of can_mentor(), over the capabilities user meta (for repositories): one of the
	 * names of mentor_grants() stored as granted.
	 *
	 * @param string $user_column The column holding the user's ID.
	 * @param string $usermeta    The user meta table.
	 * @param string $meta_key    The capabilities meta key of this site.
	 * @return array{0: string, 1: list<string>} The condition with %s placeholders, and their values.
	 */
	public static function mentor_sql( string $user_column, string $usermeta, string $meta_key ): array {
		$names = self::mentor_grants();
		$any   = implode( ' OR ', array_fill( 0, count( $names ), 'c.meta_value LIKE %s' ) );
		return array(
			"EXISTS ( SELECT 1 FROM {$usermeta} c WHERE c.user_id = {$user_column} AND c.meta_key = %s AND ( {$any} ) )",
			array_merge( array( $meta_key ), array_map( static fn ( string $name ): string => '%"' . str_replace( '_', '\\_', $name ) . '";b:1%', $names ) ),
		);
	}

	public static function can_screen( ?int $user_id = null ): bool {
		return self::user_can( $user_id, self::SCREEN );
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
