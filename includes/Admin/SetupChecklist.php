<?php
/**
 * What a site needs before the program can run, as a checklist for the person setting it up: pages
 * with the blocks, whether people can create an account, who the coordinators are, and which teams
 * have mentors. Each step says where it stands in a sentence and links to where it is done.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Admin;

use Wayfinder\Mentorship\ProgramFigures;

final class SetupChecklist {

	/** The block a program cannot do without: where people ask for a mentor and see their match. */
	private const ESSENTIAL_BLOCK = 'wayfinder/my-mentorship';

	/** How many names a step lists before it says "and N more". */
	private const NAMES_SHOWN = 5;

	public function __construct( private readonly ProgramFigures $figures = new ProgramFigures() ) {}

	/**
	 * The steps, in the order they are best done.
	 *
	 * @param list<array{team: string, name: string, mentors: int, with_room: int, waiting: int, gap: bool}>|null $coverage The teams' coverage, when already worked out.
	 * @return list<array{id: string, done: bool, title: string, detail: string, link: string|null, link_label: string|null}>
	 */
	public function steps( ?array $coverage = null ): array {
		return array(
			$this->pages(),
			$this->registration(),
			$this->coordinators(),
			$this->teams( $coverage ?? $this->figures->coverage() ),
		);
	}

	/** @return array{id: string, done: bool, title: string, detail: string, link: string|null, link_label: string|null} */
	private function pages(): array {
		$pages       = get_posts(
			array(
				'post_type'      => 'page',
				'post_status'    => 'publish',
				's'              => 'wp:wayfinder/',
				'sentence'       => true,
				'search_columns' => array( 'post_content' ),
				'posts_per_page' => 20,
				'orderby'        => 'title',
				'order'          => 'ASC',
				'no_found_rows'  => true,
			)
		);
		$with_blocks = array_values( array_filter( $pages, static fn ( \WP_Post $page ): bool => str_contains( $page->post_content, '<!-- wp:wayfinder/' ) ) );
		$essential   = array_filter( $with_blocks, static fn ( \WP_Post $page ): bool => has_block( self::ESSENTIAL_BLOCK, $page ) );
		$names       = array_map( static fn ( \WP_Post $page ): string => html_entity_decode( get_the_title( $page ), ENT_QUOTES, 'UTF-8' ), $with_blocks );
		if ( array() !== $essential ) {
			$detail = sprintf(
				/* translators: %s: page titles, separated by commas. */
				__( 'Pages with Wayfinder blocks: %s.', 'wayfinder' ),
				self::names( $names )
			);
		} elseif ( array() !== $with_blocks ) {
			$detail = sprintf(
				/* translators: %s: page titles, separated by commas. */
				__( 'Wayfinder blocks are on %s, but no published page has the My mentorship block, where people ask for a mentor and see their match. Add it to a page.', 'wayfinder' ),
				self::names( $names )
			);
		} else {
			$detail = __( 'No published page has Wayfinder’s blocks yet. Make a page with the My mentorship block (where people ask for a mentor and see their match); add the Mentoring button, Mentor directory and Get involved quiz where newcomers look.', 'wayfinder' );
		}
		$can_edit = current_user_can( 'edit_pages' );
		return array(
			'id'         => 'pages',
			'done'       => array() !== $essential,
			'title'      => __( 'A page where people ask for a mentor', 'wayfinder' ),
			'detail'     => $detail,
			'link'       => $can_edit ? admin_url( array() !== $essential ? 'edit.php?post_type=page' : 'post-new.php?post_type=page' ) : null,
			'link_label' => $can_edit ? ( array() !== $essential ? __( 'See the pages', 'wayfinder' ) : __( 'Add a page', 'wayfinder' ) ) : null,
		);
	}

	/** @return array{id: string, done: bool, title: string, detail: string, link: string|null, link_label: string|null} */
	private function registration(): array {
		$open = is_multisite()
			? in_array( get_site_option( 'registration', 'none' ), array( 'user', 'all' ), true )
			: (bool) get_option( 'users_can_register' );
		if ( is_multisite() ) {
			$link = current_user_can( 'manage_network_options' ) ? network_admin_url( 'settings.php' ) : null;
		} else {
			$link = current_user_can( 'manage_options' ) ? admin_url( 'options-general.php' ) : null;
		}
		return array(
			'id'         => 'registration',
			'done'       => $open,
			'title'      => $open ? __( 'Newcomers can create an account', 'wayfinder' ) : __( 'Registration is closed', 'wayfinder' ),
			'detail'     => $open
				? __( 'Anyone can register on this site, so newcomers can sign up and ask for a mentor themselves.', 'wayfinder' )
				: __( 'Only people who already have an account can ask for a mentor: a site admin has to create accounts for newcomers. If newcomers should sign up themselves, let anyone register (Settings → General, Membership).', 'wayfinder' ),
			'link'       => $open ? null : $link,
			'link_label' => $open || null === $link ? null : __( 'Open the general settings', 'wayfinder' ),
		);
	}

	/** @return array{id: string, done: bool, title: string, detail: string, link: string|null, link_label: string|null} */
	private function coordinators(): array {
		$names = array_values(
			array_map(
				static fn ( \WP_User $user ): string => $user->display_name,
				get_users(
					array(
						'role'    => 'wayfinder_coordinator',
						'orderby' => 'display_name',
						'number'  => 50,
					)
				)
			)
		);
		$link  = current_user_can( 'promote_users' ) ? admin_url( 'users.php' ) : null;
		return array(
			'id'         => 'coordinators',
			'done'       => array() !== $names,
			'title'      => __( 'Mentoring coordinators', 'wayfinder' ),
			'detail'     => array() !== $names
				? sprintf(
					/* translators: %s: people's names, separated by commas. */
					__( 'Running the program: %s.', 'wayfinder' ),
					self::names( $names )
				)
				: __( 'Nobody has the Mentoring coordinator role yet. Give it to the people who run the program (their user screen, Mentorship roles); site admins can do everything coordinators do.', 'wayfinder' ),
			'link'       => $link,
			'link_label' => null === $link ? null : __( 'Go to Users', 'wayfinder' ),
		);
	}

	/**
	 * @param list<array{team: string, name: string, mentors: int, with_room: int, waiting: int, gap: bool}> $coverage
	 * @return array{id: string, done: bool, title: string, detail: string, link: string|null, link_label: string|null}
	 */
	private function teams( array $coverage ): array {
		$without = array_values( array_map( static fn ( array $team ): string => $team['name'], array_filter( $coverage, static fn ( array $team ): bool => 0 === $team['mentors'] ) ) );
		$total   = count( $coverage );
		$with    = $total - count( $without );
		if ( 0 === $total ) {
			$detail = __( 'There are no published teams. Add the teams newcomers can join under Mentorship → Teams.', 'wayfinder' );
		} elseif ( array() === $without ) {
			$detail = sprintf(
				/* translators: %s: number of teams. */
				_n( 'The %s team has mentors.', 'All %s teams have mentors.', $total, 'wayfinder' ),
				number_format_i18n( $total )
			);
		} else {
			$detail = sprintf(
				/* translators: 1: teams with mentors, 2: all teams, 3: names of the teams without a mentor. */
				_n( '%1$s of %2$s team has a mentor. No mentor yet: %3$s. Mentors choose their teams in their mentoring profile.', '%1$s of %2$s teams have a mentor. No mentor yet: %3$s. Mentors choose their teams in their mentoring profile.', $total, 'wayfinder' ),
				number_format_i18n( $with ),
				number_format_i18n( $total ),
				self::names( $without )
			);
		}
		return array(
			'id'         => 'teams',
			'done'       => $total > 0 && array() === $without,
			'title'      => __( 'Teams with mentors', 'wayfinder' ),
			'detail'     => $detail,
			'link'       => admin_url( 'admin.php?page=' . AdminPage::SLUG . '&screen=people&role=mentors' ),
			'link_label' => __( 'See the mentors', 'wayfinder' ),
		);
	}

	/** @param list<string> $names */
	private static function names( array $names ): string {
		$shown = array_slice( $names, 0, self::NAMES_SHOWN );
		$more  = count( $names ) - count( $shown );
		$list  = implode( wp_get_list_item_separator(), $shown );
		if ( $more > 0 ) {
			/* translators: 1: a list of names, 2: how many more there are. */
			$list = sprintf( _n( '%1$s and %2$s more', '%1$s and %2$s more', $more, 'wayfinder' ), $list, number_format_i18n( $more ) );
		}
		return $list;
	}
}
