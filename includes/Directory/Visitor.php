<?php
/**
 * Who is looking at a mentor card or the directory, as far as the request action depends on it:
 * logged in or not, a member of the site, whether they have a mentor already, and whom they have
 * asked. Read once per request, however many cards a page shows.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\ProfileRepository;

final class Visitor {

	private const CACHE_GROUP = 'wayfinder_directory';

	/**
	 * Filter: where the person stands as a mentee, array{has_mentor: bool, waiting: bool}, given
	 * the user ID. Mentoring answers it (the directory sits below it and does not ask it directly).
	 */
	public const STANDING_FILTER = 'wayfinder_visitor_standing';

	/**
	 * @param list<int> $asked Mentors this person has an open request to.
	 */
	public function __construct(
		public readonly int $id,
		public readonly bool $member,
		public readonly bool $has_mentor,
		public readonly bool $waiting,
		public readonly array $asked,
		public readonly string $timezone,
	) {
	}

	public function logged_in(): bool {
		return $this->id > 0;
	}

	/** The current visitor (memoised for this request). */
	public static function current(): self {
		$user_id = get_current_user_id();
		wp_cache_add_non_persistent_groups( array( self::CACHE_GROUP ) );
		$cached = wp_cache_get( 'visitor:' . $user_id, self::CACHE_GROUP );
		if ( $cached instanceof self ) {
			return $cached;
		}
		$visitor = self::of( $user_id );
		wp_cache_set( 'visitor:' . $user_id, $visitor, self::CACHE_GROUP );
		return $visitor;
	}

	/** Forgets the memoised visitor (after they asked for a mentor in this same request). */
	public static function forget(): void {
		wp_cache_delete( 'visitor:' . get_current_user_id(), self::CACHE_GROUP );
	}

	private static function of( int $user_id ): self {
		if ( $user_id <= 0 || ! Capabilities::can_take_part( $user_id ) ) {
			return new self( $user_id, false, false, false, array(), self::site_timezone() );
		}
		$standing = (array) apply_filters(
			self::STANDING_FILTER, // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_visitor_standing.
			array(
				'has_mentor' => false,
				'waiting'    => false,
			),
			$user_id
		);
		$asked    = ( new DirectoryRepository() )->asked_mentors( $user_id );
		$profile  = ( new ProfileRepository() )->find( $user_id );
		$zone     = DirectoryFilters::valid_timezone( $profile->timezone ) && 'UTC' !== $profile->timezone ? $profile->timezone : self::site_timezone();
		return new self( $user_id, true, ! empty( $standing['has_mentor'] ), ! empty( $standing['waiting'] ), $asked, $zone );
	}

	/** The site's time zone when it is a named one, else UTC. */
	public static function site_timezone(): string {
		$zone = wp_timezone_string();
		return DirectoryFilters::valid_timezone( $zone ) ? $zone : 'UTC';
	}
}
