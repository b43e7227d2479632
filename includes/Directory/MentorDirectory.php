<?php
/**
 * The public mentor directory: pages of listed mentors and one mentor's listing, with what is kept
 * between requests (the filters' facets) and within one (listings already read). Its SQL lives in
 * DirectoryRepository: a page is one statement over the profiles table joined to users.
 *
 * Who is listed: users who hold the mentor capability (through a role or on their own; the indexed
 * flag profiles.mentor_listed, which DirectoryIndex keeps in step) and have a mentoring profile,
 * unless they retired. Away mentors are listed as away; mentors who pick mentees by hand only
 * (weight `none`) are listed too — asking one by name is exactly picking by hand. Mentors with room
 * come first, then full ones, then those away; within each, the fewest mentees first (requests
 * spread out instead of going to names early in the alphabet), then by user ID.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\KeptValues;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;

final class MentorDirectory {

	/** Listings already read in this request, so cards rendered after a page read none again. */
	private const CACHE_GROUP = 'wayfinder_directory';

	public function __construct( private readonly DirectoryRepository $repository = new DirectoryRepository() ) {
	}

	/**
	 * One page of listed mentors and how many are listed in all.
	 *
	 * @return array{0: list<MentorListing>, 1: int}
	 */
	public function page( DirectoryFilters $filters, ?int $now = null ): array {
		$now       = $now ?? time();
		$timezones = '' !== $filters->meets ? $this->facets()['timezones'] : array();
		$sizes     = '' !== $filters->team || '' !== $filters->language ? array( '' => $this->facets()['total'] ) + $this->facets()['sizes'] : array();
		$listings  = $this->repository->page( $filters, $now, $timezones, $sizes, $this->facets()['away_ends'] );
		$offset    = ( $filters->page - 1 ) * $filters->per_page;
		if ( 0 === $offset && count( $listings ) < $filters->per_page ) {
			$total = count( $listings ); // The whole list fits on this page: no need to count.
		} elseif ( ! $filters->narrowed() ) {
			$total = $this->facets()['total']; // Everyone listed: counted when the list last changed.
		} else {
			$count = fn (): int => $this->repository->count( $filters, $now, $timezones );
			$total = '' !== $filters->search ? $count() : MentorCounts::get( 'directory|' . implode( '|', array( $filters->team, $filters->language, $filters->meets, $filters->room ? '1' : '0', '' !== $filters->meets ? $filters->timezone : '' ) ), $now, $count );
		}
		$this->remember( $listings );
		return array( $listings, $total );
	}

	/**
	 * One mentor's listing, retired or not: null for a user who is not a mentor (or not a user). A
	 * mentor who never saved a profile gets the defaults.
	 */
	public function find( int $user_id ): ?MentorListing {
		$cached = wp_cache_get( $user_id, self::CACHE_GROUP );
		if ( $cached instanceof MentorListing ) {
			return $cached;
		}
		$user = $user_id > 0 ? get_userdata( $user_id ) : false;
		if ( ! $user || ! Capabilities::can_mentor( $user_id ) ) {
			return null;
		}
		$listing = $this->repository->listing( $user_id ) ?? new MentorListing( $user_id, $user->display_name, '', 'UTC', array(), array(), array(), 'available', null, Settings::default_capacity(), 0 );
		$this->remember( array( $listing ) );
		return $listing;
	}

	/**
	 * The languages listed mentors speak, sorted.
	 *
	 * @return list<string>
	 */
	public function languages(): array {
		return $this->facets()['languages'];
	}

	/**
	 * The teams with listed mentors, sorted by slug.
	 *
	 * @return list<string>
	 */
	public function teams(): array {
		return $this->facets()['teams'];
	}

	/**
	 * What the filters offer and need, kept between requests: the languages listed mentors speak,
	 * the teams they are in, the time zones they are in (the "can meet" filter tests only those), and
	 * how many are listed, and the first last day of an absence among them.
	 *
	 * @return array{languages: list<string>, teams: list<string>, timezones: list<string>, sizes: array<string, int>, total: int, away_ends: string|null}
	 */
	private function facets(): array {
		$facets = KeptValues::get( KeptValues::FACETS, array( $this, 'read_facets' ), HOUR_IN_SECONDS );
		return array(
			'languages' => array_values( array_map( 'strval', (array) ( $facets['languages'] ?? array() ) ) ),
			'teams'     => array_values( array_map( 'strval', (array) ( $facets['teams'] ?? array() ) ) ),
			'timezones' => array_values( array_map( 'strval', (array) ( $facets['timezones'] ?? array() ) ) ),
			'sizes'     => array_map( 'intval', (array) ( $facets['sizes'] ?? array() ) ),
			'total'     => (int) ( $facets['total'] ?? 0 ),
			'away_ends' => isset( $facets['away_ends'] ) ? (string) $facets['away_ends'] : null, // Unknown in facets kept before it was.
		);
	}

	/**
	 * @return array{languages: list<string>, teams: list<string>, timezones: list<string>, sizes: array<string, int>, total: int, away_ends: string}
	 */
	public function read_facets(): array {
		return $this->repository->facets();
	}

	/** A profile, or who is a mentor, changed: drops what is kept between requests, and the listing read in this one. */
	public static function forget( int $user_id = 0 ): void {
		KeptValues::forget( KeptValues::FACETS );
		self::forget_listing( $user_id );
	}

	/** A mentor's count or status changed: drops the listing read in this request, and the kept counts. */
	public static function forget_listing( int $user_id ): void {
		if ( $user_id > 0 ) {
			wp_cache_delete( $user_id, self::CACHE_GROUP );
		}
		MentorCounts::forget();
	}

	/** @param list<MentorListing> $listings */
	private function remember( array $listings ): void {
		wp_cache_add_non_persistent_groups( array( self::CACHE_GROUP ) );
		foreach ( $listings as $listing ) {
			wp_cache_set( $listing->id, $listing, self::CACHE_GROUP );
		}
	}
}
