<?php
/**
 * One program on a network of team sites (see docs/architecture.md, "Where data lives on a network").
 * A network admin names the program site (the network option `wayfinder_program_site`) and the team
 * each team site is (`wayfinder_site_teams`: blog ID => team slug). Every other site of the network is
 * then a team site: it keeps no Wayfinder tables, runs no tick, and its Wayfinder blocks and REST
 * routes run on the program site (`switch_to_blog()`), so whatever people do there acts on the one
 * program; a block with a team setting shows the site's team unless it names one. With no program site
 * named, every site that activates Wayfinder runs its own program, as on a single site.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Network {

	/** Network option: the blog ID of the site that runs the program (0: each site its own). */
	public const PROGRAM_SITE = 'wayfinder_program_site';

	/** Network option: blog ID => the slug of the team (on the program site) that site is. */
	public const SITE_TEAMS = 'wayfinder_site_teams';

	/** @var int The team site a block or request came from, while it runs on the program site. */
	private static int $visiting = 0;

	/** @var \WP_REST_Request<array<string, mixed>>|null The REST request that switched to the program site. */
	private static ?\WP_REST_Request $switched_by = null;

	public static function register(): void {
		if ( ! is_multisite() ) {
			return;
		}
		add_filter( 'pre_render_block', array( self::class, 'render_on_program_site' ), 10, 2 );
		// Around the permission check and the callback, for requests from the browser and from PHP alike.
		add_filter( 'rest_request_before_callbacks', array( self::class, 'dispatch_on_program_site' ), 10, 3 );
		add_filter( 'rest_request_after_callbacks', array( self::class, 'back_from_program_site' ), 10, 3 );
		add_filter( 'register_post_type_args', array( self::class, 'no_program_screens' ), 10, 2 );
		add_action( 'wp_initialize_site', array( self::class, 'site_added' ), 20 );
	}

	/**
	 * The action callback, run only where the program is (a team site's own roles and members are not
	 * the program's: a role changed or a member removed there ends no mentorship).
	 *
	 * @param callable $callback An action's callback.
	 */
	public static function program_only( callable $callback ): \Closure {
		return static function ( ...$args ) use ( $callback ): void {
			if ( ! self::is_team_site() ) {
				$callback( ...$args );
			}
		};
	}

	/** The program site's blog ID; 0 on a single site or a network that named none (or a deleted one). */
	public static function program_site(): int {
		if ( ! is_multisite() ) {
			return 0;
		}
		$id = (int) get_site_option( self::PROGRAM_SITE, 0 );
		return $id > 0 && get_site( $id ) instanceof \WP_Site ? $id : 0;
	}

	/** Whether the site (the current one by default) is a team site of a network with one program. */
	public static function is_team_site( int $blog_id = 0 ): bool {
		$program = self::program_site();
		return $program > 0 && ( $blog_id > 0 ? $blog_id : self::current_site() ) !== $program;
	}

	/** @return array<int, string> Blog ID => the team slug it is. */
	public static function site_teams(): array {
		$teams = get_site_option( self::SITE_TEAMS, array() );
		return is_array( $teams ) ? array_filter( array_map( 'sanitize_key', $teams ) ) : array();
	}

	/** The team a site is ('' for none). */
	public static function team_of_site( int $blog_id ): string {
		return self::site_teams()[ $blog_id ] ?? '';
	}

	/** The team site of a team (0 for none). */
	public static function site_of_team( string $slug ): int {
		$found = array_search( $slug, self::site_teams(), true );
		return false === $found ? 0 : (int) $found;
	}

	/** The team of the site the visitor is on, also while their block runs on the program site. */
	public static function visiting_team(): string {
		return is_multisite() ? self::team_of_site( self::current_site() ) : '';
	}

	/**
	 * Saves the network's choices (a network admin's, checked by the caller).
	 *
	 * @param array<int, string> $teams Blog ID => team slug ('' for none).
	 */
	public static function save( int $program_site, array $teams ): void {
		update_site_option( self::PROGRAM_SITE, max( 0, $program_site ) );
		$clean = array();
		foreach ( $teams as $blog_id => $slug ) {
			$slug = sanitize_key( (string) $slug );
			if ( (int) $blog_id > 0 && '' !== $slug && (int) $blog_id !== $program_site ) {
				$clean[ (int) $blog_id ] = $slug;
			}
		}
		update_site_option( self::SITE_TEAMS, $clean );
	}

	/**
	 * Runs $work on the program site when this is a team site, else here.
	 *
	 * @template T
	 * @param callable(): T $work
	 * @return T
	 */
	public static function in_program( callable $work ) {
		if ( self::$visiting > 0 || ! self::is_team_site() ) {
			return $work();
		}
		self::$visiting = get_current_blog_id();
		switch_to_blog( self::program_site() );
		try {
			return $work();
		} finally {
			restore_current_blog();
			self::$visiting = 0;
		}
	}

	/**
	 * A Wayfinder block on a team site renders on the program site, with the site's team where the block
	 * has a team setting left empty.
	 *
	 * @param string|null          $pre   Another filter's HTML, if any.
	 * @param array<string, mixed> $block The parsed block.
	 * @return string|null The HTML, or null to let WordPress render it.
	 */
	public static function render_on_program_site( $pre, array $block ): ?string {
		$name = (string) ( $block['blockName'] ?? '' );
		if ( null !== $pre || ! str_starts_with( $name, 'wayfinder/' ) || self::$visiting > 0 || ! self::is_team_site() ) {
			return $pre;
		}
		$team = self::visiting_team();
		$type = \WP_Block_Type_Registry::get_instance()->get_registered( $name );
		if ( '' !== $team && null !== $type && isset( $type->attributes['team'] ) && '' === (string) ( $block['attrs']['team'] ?? '' ) ) {
			$block['attrs']['team'] = $team;
		}
		return self::in_program( static fn (): string => render_block( $block ) );
	}

	/**
	 * A Wayfinder REST request to a team site is answered by the program site (restored after).
	 *
	 * @param mixed            $response Another filter's answer, if any.
	 * @param mixed            $handler  The route's handler.
	 * @param \WP_REST_Request $request  The request.
	 * @return mixed
	 */
	public static function dispatch_on_program_site( $response, $handler, $request ) {
		unset( $handler );
		if ( self::$visiting <= 0 && str_starts_with( $request->get_route(), '/' . RestNamespace::V1 . '/' ) && self::is_team_site() ) {
			self::$visiting    = get_current_blog_id();
			self::$switched_by = $request;
			switch_to_blog( self::program_site() );
		}
		return $response;
	}

	/**
	 * @param mixed            $response The answer, passed on.
	 * @param mixed            $handler  The route's handler.
	 * @param \WP_REST_Request $request  The request.
	 * @return mixed
	 */
	public static function back_from_program_site( $response, $handler, $request ) {
		unset( $handler );
		if ( null !== self::$switched_by && $request === self::$switched_by ) {
			restore_current_blog();
			self::$visiting    = 0;
			self::$switched_by = null;
		}
		return $response;
	}

	/**
	 * A team site's wp-admin shows none of the program's post types (they live on the program site).
	 *
	 * @param array<string, mixed> $args
	 * @return array<string, mixed>
	 */
	public static function no_program_screens( array $args, string $post_type ): array {
		if ( str_starts_with( $post_type, 'wayfinder_' ) && self::is_team_site() ) {
			$args['show_ui']           = false;
			$args['show_in_menu']      = false;
			$args['show_in_nav_menus'] = false;
		}
		return $args;
	}

	/** A site added to a network with one program is a team site: nothing to install. Else it gets its own. */
	public static function site_added( \WP_Site $site ): void {
		if ( self::program_site() > 0 || ! function_exists( 'is_plugin_active_for_network' ) || ! is_plugin_active_for_network( plugin_basename( \Wayfinder\PLUGIN_FILE ) ) ) {
			return;
		}
		switch_to_blog( (int) $site->blog_id );
		try {
			Installer::upgrade_if_needed();
		} finally {
			restore_current_blog();
		}
	}

	/**
	 * The address of the first page on the team's own site that holds the block ('' when the team has no
	 * site or the site no such page): where a team's people are welcomed.
	 */
	public static function page_on_team_site( string $team, string $block ): string {
		$site = self::site_of_team( $team );
		if ( $site <= 0 ) {
			return '';
		}
		switch_to_blog( $site );
		try {
			$page = BlockPage::find( $block );
			return $page > 0 ? (string) get_permalink( $page ) : '';
		} finally {
			restore_current_blog();
		}
	}

	/** The site the request is on: the team site while its work runs on the program site. */
	private static function current_site(): int {
		return self::$visiting > 0 ? self::$visiting : get_current_blog_id();
	}
}
