<?php
/**
 * Where people manage their mentorship on the site: the published page that holds the My mentorship
 * block (the button and the emails link to it).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\MyMentorship;

use Wayfinder\Platform\BlockPage;

final class MentorshipPage {

	public const BLOCK = 'wayfinder/my-mentorship';

	/** Section anchors inside the My mentorship block. */
	public const WAITING = 'wayfinder-waiting';
	public const MENTOR  = 'wayfinder-your-mentor';
	public const PROFILE = 'wayfinder-profile';

	/** The query argument that pages the waiting mentees (a plain link, so it works without JavaScript). */
	public const WAITING_PAGE = 'wayfinder_waiting_page';

	/** In the address: show the profile editor (a long form, left out of the page otherwise). */
	public const EDIT_PROFILE = 'wayfinder_edit_profile';

	/** The page of waiting mentees asked for in the address, from 1. */
	public static function waiting_page(): int {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses which page of a list to show.
		return isset( $_GET[ self::WAITING_PAGE ] ) ? max( 1, min( \Wayfinder\Platform\Paging::MAX_PAGE, absint( wp_unslash( $_GET[ self::WAITING_PAGE ] ) ) ) ) : 1;
	}

	/**
	 * The page with the My mentorship block: the one chosen (a page ID), else the page being shown if it
	 * has the block, else the first published page that has it; null when there is none.
	 */
	public static function url( int $chosen = 0 ): ?string {
		if ( $chosen > 0 && 'publish' === get_post_status( $chosen ) ) {
			return (string) get_permalink( $chosen );
		}
		$current = get_post();
		if ( is_singular() && $current instanceof \WP_Post && has_block( self::BLOCK, $current ) ) {
			return (string) get_permalink( $current );
		}
		$found = self::find();
		return null === $found ? null : (string) get_permalink( $found );
	}

	/** Whether the page being shown holds My mentorship (then the button does not repeat what it says). */
	public static function on_this_page(): bool {
		$current = get_post();
		return is_singular() && $current instanceof \WP_Post && has_block( self::BLOCK, $current );
	}

	/** Where someone edits their mentoring profile: the My mentorship page's editor, else their wp-admin profile. */
	public static function profile_url( int $chosen = 0 ): string {
		$page = self::url( $chosen );
		return ( null === $page ? get_edit_profile_url() : add_query_arg( self::EDIT_PROFILE, '1', $page ) ) . '#' . self::PROFILE;
	}

	/** The editor on the page being shown (a link within the block). */
	public static function edit_profile_here(): string {
		return add_query_arg( self::EDIT_PROFILE, '1' ) . '#' . self::PROFILE;
	}

	/** Whether the address asks for the profile editor. */
	public static function editing_profile(): bool {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses what the page shows.
		return isset( $_GET[ self::EDIT_PROFILE ] );
	}

	/** The first published page holding the block. */
	private static function find(): ?int {
		$found = BlockPage::find( self::BLOCK );
		return 0 === $found ? null : $found;
	}
}
