<?php
/**
 * A large program for scale tests and demos: thousands of mentors and mentees with profiles, a queue
 * of mentees waiting for any mentor and running matches, written in seconds with multi-row INSERTs
 * (the WordPress user API would take many minutes for 12,000 accounts).
 *
 * The accounts are real: they log in with the demo password and hold their role (mentors
 * wayfinder_mentor, mentees subscriber). The program is consistent the way the services keep it: no
 * mentor over capacity and each mentor's active_mentees equal to their active matches, each matched
 * mentee with exactly one active primary match, each waiting mentee with one open request for any
 * mentor and no match. The same seed gives the same program. Accounts are recognised by their login
 * prefix; a site that has them is left alone. No hooks run (no welcome emails, no automatic
 * assignment).
 *
 * Every statement is the demo's seeding repository's (`SeedingRepository`): plain INSERT … VALUES
 * (…), (…) in chunks, which the SQLite driver of WordPress Playground translates as well as MySQL and
 * MariaDB run it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Profiles\MeetingHours;
use Wayfinder\Directory\MentorDirectory;
use Wayfinder\Mentorship\PeopleRepository;
use Wayfinder\Mentorship\WaitingCounts;
use Wayfinder\Mentorship\WaitingLanguages;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Platform\Settings;
use Wayfinder\Teams\TeamSeeder;

// phpcs:disable WordPress.WP.AlternativeFunctions.rand_mt_rand, WordPress.WP.AlternativeFunctions.rand_seeding_mt_srand -- a seeded generator on purpose: the same seed gives the same program.

final class LargeProgram {

	public const MENTOR_PREFIX = 'scale-mentor-';
	public const MENTEE_PREFIX = 'scale-mentee-';
	public const DEFAULT_SEED  = 20250601;


	/** Percent of mentees with a running match, and waiting in the queue; the others are not looking yet. */
	private const MATCHED_SHARE = 55;
	private const WAITING_SHARE = 30;

	/** Match source => relative share. */
	private const SOURCES = array(
		'auto'           => 45,
		'mentee_request' => 25,
		'coordinator'    => 20,
		'mentor_offer'   => 10,
	);

	/** Mentor capacities, drawn uniformly from this list (most mentors take a few mentees). */
	private const CAPACITIES = array( 1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 8, 10 );

	/** Teams, most popular first; only seeded teams are used (see teams()). */
	private const POPULARITY = array( 'core', 'polyglots', 'design', 'docs', 'support', 'training', 'test', 'accessibility', 'community', 'marketing', 'meta', 'themes', 'performance', 'hosting', 'mobile', 'openverse', 'photos', 'cli', 'sustainability', 'tv', 'plugins' );

	/** Timezone => [ relative share of people, regional languages ]; the matching benchmark draws from it too. */
	public const ZONES = array(
		'America/Los_Angeles' => array( 6, array( 'es' ) ),
		'America/Chicago'     => array( 4, array( 'es' ) ),
		'America/New_York'    => array( 8, array( 'es', 'fr' ) ),
		'America/Mexico_City' => array( 4, array( 'es' ) ),
		'America/Bogota'      => array( 3, array( 'es' ) ),
		'America/Sao_Paulo'   => array( 6, array( 'pt' ) ),
		'Europe/London'       => array( 6, array( 'cy' ) ),
		'Europe/Madrid'       => array( 4, array( 'es', 'ca' ) ),
		'Europe/Paris'        => array( 4, array( 'fr' ) ),
		'Europe/Berlin'       => array( 6, array( 'de' ) ),
		'Europe/Rome'         => array( 3, array( 'it' ) ),
		'Europe/Warsaw'       => array( 2, array( 'pl' ) ),
		'Europe/Istanbul'     => array( 2, array( 'tr' ) ),
		'Africa/Lagos'        => array( 4, array( 'yo', 'ha' ) ),
		'Africa/Nairobi'      => array( 2, array( 'sw' ) ),
		'Africa/Johannesburg' => array( 2, array( 'af', 'zu' ) ),
		'Asia/Dubai'          => array( 2, array( 'ar' ) ),
		'Asia/Karachi'        => array( 3, array( 'ur' ) ),
		'Asia/Kolkata'        => array( 9, array( 'hi', 'ta', 'bn' ) ),
		'Asia/Kathmandu'      => array( 1, array( 'ne' ) ),
		'Asia/Dhaka'          => array( 3, array( 'bn' ) ),
		'Asia/Jakarta'        => array( 3, array( 'id' ) ),
		'Asia/Manila'         => array( 3, array( 'tl' ) ),
		'Asia/Shanghai'       => array( 2, array( 'zh' ) ),
		'Asia/Tokyo'          => array( 3, array( 'ja' ) ),
		'Australia/Adelaide'  => array( 1, array() ),
		'Australia/Sydney'    => array( 3, array() ),
		'Pacific/Auckland'    => array( 1, array( 'mi' ) ),
	);

	private const FIRST_NAMES = array( 'Amara', 'Aisha', 'Ana', 'Andrei', 'Arjun', 'Beatriz', 'Carlos', 'Chen', 'Chloe', 'Dara', 'David', 'Elif', 'Emeka', 'Emma', 'Fatima', 'Felipe', 'Hana', 'Hiroshi', 'Ines', 'Ivan', 'Jamal', 'Jana', 'Joao', 'Kofi', 'Lena', 'Liam', 'Lucia', 'Mai', 'Marco', 'Maria', 'Mateus', 'Mei', 'Mohammed', 'Nadia', 'Nia', 'Noah', 'Olga', 'Omar', 'Priya', 'Rahul', 'Rosa', 'Sakura', 'Samuel', 'Sara', 'Siddharth', 'Sofia', 'Tariq', 'Tomas', 'Wanjiru', 'Yusuf', 'Zainab', 'Zoe' );

	private const LAST_NAMES = array( 'Abubakar', 'Adeyemi', 'Ahmed', 'Alvarez', 'Bauer', 'Chowdhury', 'Costa', 'Dubois', 'Fernandes', 'Fischer', 'Garcia', 'Gonzalez', 'Gupta', 'Haddad', 'Hernandez', 'Ito', 'Kamau', 'Khan', 'Kim', 'Kowalski', 'Kumar', 'Lee', 'Lopez', 'Martin', 'Mensah', 'Moreau', 'Muller', 'Nakamura', 'Nguyen', 'Novak', 'Okafor', 'Oliveira', 'Patel', 'Perez', 'Ramos', 'Reyes', 'Rossi', 'Santos', 'Sato', 'Schmidt', 'Silva', 'Singh', 'Smith', 'Tan', 'Wang', 'Williams', 'Yilmaz', 'Zhang' );

	private const MESSAGES = array( '', '', '', 'I would like to make my first contribution.', 'I am new here and not sure where to start.', 'Looking for someone to review my first patch.', 'I can give a few hours a week.', 'I want to translate WordPress into my language.' );

	/**
	 * Creates the program unless the site has it already.
	 *
	 * @return array{status: 'created'|'exists', mentors: int, mentees: int, matched: int, waiting: int, seconds: float}
	 * @throws \RuntimeException When the database refuses a statement.
	 */
	public static function generate( int $mentors, int $mentees, int $seed = self::DEFAULT_SEED ): array {
		$started = microtime( true );
		if ( self::exists() ) {
			return array( 'status' => 'exists' ) + self::summary() + array( 'seconds' => round( microtime( true ) - $started, 2 ) );
		}
		self::write( self::plan( $mentors, $mentees, $seed, time(), Settings::request_expiry_days() ) );
		return array( 'status' => 'created' ) + self::summary() + array( 'seconds' => round( microtime( true ) - $started, 2 ) );
	}

	/** Whether the site has the large program's accounts already. */
	public static function exists(): bool {
		return self::rows()->has_logins_starting( self::MENTOR_PREFIX, self::MENTEE_PREFIX );
	}

	/**
	 * What the site holds of the large program, counted in the database.
	 *
	 * @return array{mentors: int, mentees: int, matched: int, waiting: int}
	 */
	public static function summary(): array {
		return self::rows()->summary( self::MENTOR_PREFIX, self::MENTEE_PREFIX );
	}

	private static function rows(): SeedingRepository {
		return new SeedingRepository();
	}

	/**
	 * The program as data, before anything is written: the same arguments give the same plan. Mentees
	 * refer to their mentor by position in the mentors' list.
	 *
	 * @return array{mentors: list<array<string, mixed>>, mentees: list<array<string, mixed>>}
	 */
	public static function plan( int $mentors, int $mentees, int $seed, int $now, int $expiry_days ): array {
		mt_srand( $seed );
		$zones     = array();
		$teams     = self::teams();
		$newcomers = self::teams( true );
		foreach ( self::ZONES as $zone => list( $share ) ) {
			$zones = array_merge( $zones, array_fill( 0, $share, $zone ) );
		}
		$width = max( 5, strlen( (string) max( $mentors, $mentees ) ) );
		$day   = DAY_IN_SECONDS;

		$plan = array(
			'mentors' => array(),
			'mentees' => array(),
		);
		for ( $i = 1; $i <= $mentors; $i++ ) {
			$person               = self::person( self::MENTOR_PREFIX . str_pad( (string) $i, $width, '0', STR_PAD_LEFT ), $zones, $teams );
			$person['intro']      = sprintf( 'I help newcomers find their way in the %s team.', self::team_name( $person['teams'][0] ) );
			$person['capacity']   = self::CAPACITIES[ mt_rand( 0, count( self::CAPACITIES ) - 1 ) ];
			$person['weight']     = array( 'low', 'normal', 'normal', 'normal', 'high' )[ mt_rand( 0, 4 ) ];
			$roll                 = mt_rand( 1, 100 );
			$person['status']     = $roll <= 90 ? 'available' : ( $roll <= 97 ? 'away' : 'retired' );
			$person['away']       = 'away' === $person['status'] ? gmdate( 'Y-m-d', $now + mt_rand( 7, 60 ) * $day ) : null;
			$person['active']     = 0;
			$person['registered'] = $now - mt_rand( 60, 1500 ) * $day;
			$plan['mentors'][]    = $person;
		}

		// Mentors who still take mentees, and where each sits in that list (to drop them when full).
		$open     = array();
		$position = array();
		foreach ( $plan['mentors'] as $index => $mentor ) {
			if ( 'retired' !== $mentor['status'] ) {
				$position[ $index ] = count( $open );
				$open[]             = $index;
			}
		}
		$sources = array();
		foreach ( self::SOURCES as $source => $share ) {
			$sources = array_merge( $sources, array_fill( 0, $share, $source ) );
		}

		for ( $i = 1; $i <= $mentees; $i++ ) {
			$person              = self::person( self::MENTEE_PREFIX . str_pad( (string) $i, $width, '0', STR_PAD_LEFT ), $zones, $newcomers );
			$person['intro']     = '';
			$person['sponsored'] = mt_rand( 1, 100 ) <= 4;
			$person['team']      = '';
			$person['language']  = '';
			$roll                = mt_rand( 1, 100 );
			$state               = $roll <= self::MATCHED_SHARE ? 'matched' : ( $roll <= self::MATCHED_SHARE + self::WAITING_SHARE ? 'waiting' : 'idle' );
			if ( 'matched' === $state && array() === $open ) {
				$state = 'waiting'; // Every place is taken: the rest wait in the queue.
			}
			if ( 'matched' === $state ) {
				$mentor                                = self::choose_mentor( $person, $open, $plan['mentors'] );
				$person['mentor']                      = $mentor;
				$person['source']                      = $sources[ mt_rand( 0, count( $sources ) - 1 ) ];
				$person['since']                       = $now - mt_rand( 3600, 150 * $day );
				$person['registered']                  = $person['since'] - mt_rand( 0, 5 * $day );
				$plan['mentors'][ $mentor ]['active'] += 1;
				if ( $plan['mentors'][ $mentor ]['active'] >= $plan['mentors'][ $mentor ]['capacity'] ) {
					// Full: the last open mentor takes this one's place in the list.
					$at   = $position[ $mentor ];
					$last = array_pop( $open );
					if ( $last !== $mentor ) {
						$open[ $at ]       = $last;
						$position[ $last ] = $at;
					}
					unset( $position[ $mentor ] );
				}
			} elseif ( 'waiting' === $state ) {
				// Not yet expired: asked within the expiry period, at least an hour before it runs out.
				$person['since']      = $now - mt_rand( 60, max( 120, $expiry_days * $day - HOUR_IN_SECONDS ) );
				$person['registered'] = $person['since'] - mt_rand( 0, 2 * $day );
				$person['message']    = self::MESSAGES[ mt_rand( 0, count( self::MESSAGES ) - 1 ) ];
				if ( mt_rand( 1, 100 ) <= 40 ) {
					$person['team'] = $person['teams'][ mt_rand( 0, count( $person['teams'] ) - 1 ) ];
				}
				if ( mt_rand( 1, 100 ) <= 30 ) {
					$person['language'] = $person['languages'][ mt_rand( 0, count( $person['languages'] ) - 1 ) ];
				}
			} else {
				$person['registered'] = $now - mt_rand( 3600, 365 * $day );
			}
			$person['state']   = $state;
			$plan['mentees'][] = $person;
		}
		mt_srand(); // Back to unpredictable numbers for everything else.
		return $plan;
	}

	/**
	 * Writes a plan into the site.
	 *
	 * @param array{mentors: list<array<string, mixed>>, mentees: list<array<string, mixed>>} $plan
	 * @throws \RuntimeException When the database refuses a statement.
	 */
	private static function write( array $plan ): void {
		$store       = self::rows();
		$hash        = wp_hash_password( DemoPeople::PASSWORD ); // Once: hashing is slow on purpose.
		$people      = array_merge( $plan['mentors'], $plan['mentees'] );
		$now         = gmdate( 'Y-m-d H:i:s' );
		$admin       = get_users(
			array(
				'role'    => 'administrator',
				'number'  => 1,
				'fields'  => 'ID',
				'orderby' => 'ID',
			)
		);
		$coordinator = array() === $admin ? 0 : (int) $admin[0];

		$rows = array();
		foreach ( $people as $person ) {
			$rows[] = array( $person['login'], $hash, $person['login'], $person['login'] . '@example.org', self::time( (int) $person['registered'] ), $person['first'] . ' ' . $person['last'] );
		}
		// Columns left out take their defaults: fewer values is what the SQLite driver's time goes on.
		$store->insert( $store->users_table(), array( 'user_login', 'user_pass', 'user_nicename', 'user_email', 'user_registered', 'display_name' ), $rows );

		$ids        = $store->user_ids( self::MENTOR_PREFIX, self::MENTEE_PREFIX );
		$cap        = $store->user_meta_prefix();
		$mentor_ids = array();
		foreach ( $plan['mentors'] as $index => $mentor ) {
			$mentor_ids[ $index ] = $ids[ $mentor['login'] ];
		}

		$rows = array();
		foreach ( $people as $number => $person ) {
			$id     = $ids[ $person['login'] ];
			$role   = $number < count( $plan['mentors'] ) ? 'wayfinder_mentor' : 'subscriber';
			$rows[] = array( $id, $cap . 'capabilities', serialize( array( $role => true ) ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- WordPress stores roles serialized.
			$rows[] = array( $id, $cap . 'user_level', '0' );
			$rows[] = array( $id, 'nickname', $person['login'] );
			$rows[] = array( $id, 'first_name', $person['first'] );
			$rows[] = array( $id, 'last_name', $person['last'] );
		}
		$store->insert( $store->usermeta_table(), array( 'user_id', 'meta_key', 'meta_value' ), $rows );

		$rows = array();
		foreach ( $plan['mentors'] as $mentor ) {
			$rows[] = array( $ids[ $mentor['login'] ], $mentor['timezone'], implode( ',', $mentor['languages'] ), implode( ',', $mentor['teams'] ), (string) wp_json_encode( $mentor['availability'] ), MeetingHours::mask( $mentor['availability'] ), $mentor['intro'], $mentor['capacity'], $mentor['weight'], $mentor['status'], $mentor['away'], $mentor['active'], 1, $now );
		}
		$store->insert( Schema::profiles_table(), array( 'user_id', 'timezone', 'languages', 'teams', 'availability', 'meet_hours', 'intro', 'mentor_capacity', 'mentor_weight', 'mentor_status', 'away_until', 'active_mentees', 'mentor_listed', 'updated_at' ), $rows );
		$rows = array();
		foreach ( $plan['mentees'] as $mentee ) {
			$rows[] = array( $ids[ $mentee['login'] ], $mentee['timezone'], implode( ',', $mentee['languages'] ), implode( ',', $mentee['teams'] ), (string) wp_json_encode( $mentee['availability'] ), MeetingHours::mask( $mentee['availability'] ), '', 'idle' === $mentee['state'] ? 0 : 1, $mentee['team'], $mentee['language'], $mentee['sponsored'] ? 1 : 0, $now );
		}
		$store->insert( Schema::profiles_table(), array( 'user_id', 'timezone', 'languages', 'teams', 'availability', 'meet_hours', 'intro', 'seeking', 'preferred_team', 'preferred_language', 'sponsored', 'updated_at' ), $rows );
		// Rows inserted in bulk skip ProfileRepository::save: the directory's facet rows and ranks are made from them.
		if ( ! ( new \Wayfinder\Profiles\FacetRepository() )->rebuild() || ! ( new ProfileRepository() )->relist() ) {
			throw new \RuntimeException( 'The directory facets could not be written.' );
		}

		// The queue, oldest first (the screens order it by ID), each with its audit event.
		$waiting = array_values( array_filter( $plan['mentees'], static fn ( array $mentee ): bool => 'waiting' === $mentee['state'] ) );
		usort( $waiting, static fn ( array $a, array $b ): int => $a['since'] <=> $b['since'] );
		$expiry = Settings::request_expiry_days() * DAY_IN_SECONDS;
		$rows   = array();
		foreach ( $waiting as $mentee ) {
			$id     = $ids[ $mentee['login'] ];
			$rows[] = array( 'mentee_request', $id, $mentee['team'], $mentee['language'], $mentee['message'], 'open', 1, $id, self::time( $mentee['since'] + $expiry ), self::time( $mentee['since'] ) );
		}
		$before = $store->max_id( Schema::requests_table() );
		$store->insert( Schema::requests_table(), array( 'type', 'mentee_id', 'team', 'language', 'message', 'status', 'open_slot', 'created_by', 'expires_at', 'created_at' ), $rows );
		$events = array();
		foreach ( $store->rows_after( Schema::requests_table(), $before ) as $request ) {
			$events[] = array( 'request', (int) $request['id'], 'created', (int) $request['created_by'], '', (string) wp_json_encode( array( 'type' => 'mentee_request' ) ), (string) $request['created_at'] );
		}

		// Running matches, oldest first, each with its audit event.
		$matched = array_values( array_filter( $plan['mentees'], static fn ( array $mentee ): bool => 'matched' === $mentee['state'] ) );
		usort( $matched, static fn ( array $a, array $b ): int => $a['since'] <=> $b['since'] );
		$rows = array();
		foreach ( $matched as $mentee ) {
			$mentor = $mentor_ids[ $mentee['mentor'] ];
			$by     = array(
				'auto'           => 0,
				'mentee_request' => $mentor, // The mentor accepted the mentee's request.
				'coordinator'    => $coordinator,
				'mentor_offer'   => $mentor,
			)[ $mentee['source'] ];
			$rows[] = array( $ids[ $mentee['login'] ], $mentor, $mentee['source'], 'active', 1, $by, self::time( $mentee['since'] ), self::time( $mentee['since'] ) );
		}
		$before = $store->max_id( Schema::matches_table() );
		$store->insert( Schema::matches_table(), array( 'mentee_id', 'mentor_id', 'source', 'status', 'active_primary', 'created_by', 'created_at', 'updated_at' ), $rows );
		foreach ( $store->rows_after( Schema::matches_table(), $before ) as $match ) {
			$details  = array(
				'mentee' => (int) $match['mentee_id'],
				'mentor' => (int) $match['mentor_id'],
				'source' => (string) $match['source'],
			);
			$events[] = array( 'match', (int) $match['id'], 'started', (int) $match['created_by'], '', (string) wp_json_encode( $details ), (string) $match['created_at'] );
		}
		$store->insert( Schema::events_table(), array( 'object_type', 'object_id', 'action', 'actor_id', 'reason', 'details', 'created_at' ), $events );
		// The People list's marks (the mentee side, names to sort by), as the upgrade to schema 11 fills them in.
		$people = new PeopleRepository();
		$after  = 0;
		do {
			$after = $people->fill_marks( $after, 5000 );
			if ( null === $after ) {
				throw new \RuntimeException( 'The database refused to fill in the People marks.' );
			}
		} while ( $after > 0 );

		// Caches that count or list users, and any profile looked up before it existed.
		if ( function_exists( 'wp_cache_set_users_last_changed' ) ) {
			wp_cache_set_users_last_changed();
		}
		if ( function_exists( 'wp_update_user_counts' ) ) {
			wp_update_user_counts();
		}
		( new ProfileRepository() )->forget_all();
		MentorDirectory::forget();
		( new WaitingLanguages() )->rebuild();
		WaitingCounts::forget();
	}

	/**
	 * One person's account name and profile: a timezone weighted by where contributors are, English
	 * and/or a regional language, one to three teams (popular teams more often), two to four weekly
	 * windows in local evenings and weekends.
	 *
	 * @param list<string> $zones
	 * @param list<string> $teams Most popular first.
	 * @return array<string, mixed>
	 */
	private static function person( string $login, array $zones, array $teams ): array {
		$zone      = $zones[ mt_rand( 0, count( $zones ) - 1 ) ];
		$regional  = self::ZONES[ $zone ][1];
		$languages = array();
		if ( array() === $regional || mt_rand( 1, 100 ) <= 75 ) {
			$languages[] = 'en';
		}
		if ( array() !== $regional && ( array() === $languages || mt_rand( 1, 100 ) <= 70 ) ) {
			$languages[] = $regional[ mt_rand( 0, count( $regional ) - 1 ) ];
		}
		if ( mt_rand( 1, 100 ) <= 10 ) {
			$languages[] = array( 'es', 'fr', 'de', 'pt' )[ mt_rand( 0, 3 ) ];
		}
		$chosen = array();
		for ( $n = mt_rand( 1, 3 ); $n > 0; $n-- ) {
			$chosen[] = $teams[ (int) floor( ( mt_rand( 0, 999 ) / 1000 ) ** 1.6 * count( $teams ) ) ];
		}
		$windows = array();
		for ( $n = mt_rand( 2, 4 ); $n > 0; $n-- ) {
			$weekday   = mt_rand( 1, 7 );
			$start     = $weekday >= 6 ? mt_rand( 16, 36 ) : mt_rand( 34, 42 ); // Half hours: weekends 8:00–18:00, weekdays 17:00–21:00.
			$windows[] = array( $weekday, self::clock( $start ), self::clock( min( 48, $start + mt_rand( 2, 6 ) ) ) );
		}
		return array(
			'login'        => $login,
			'first'        => self::FIRST_NAMES[ mt_rand( 0, count( self::FIRST_NAMES ) - 1 ) ],
			'last'         => self::LAST_NAMES[ mt_rand( 0, count( self::LAST_NAMES ) - 1 ) ],
			'timezone'     => $zone,
			'languages'    => array_values( array_unique( $languages ) ),
			'teams'        => array_values( array_unique( $chosen ) ),
			'availability' => $windows,
		);
	}

	/**
	 * A mentor with room for this mentee: of a few drawn at random, the first who shares a language and
	 * a team, else the first who shares a language, else the last drawn.
	 *
	 * @param array<string, mixed>             $mentee
	 * @param array<int, int>                  $open    Mentors with room (a list: full ones are swapped out).
	 * @param list<array<string, mixed>>       $mentors
	 */
	private static function choose_mentor( array $mentee, array $open, array $mentors ): int {
		$speaks = null;
		$drawn  = 0;
		for ( $try = 0; $try < 8; $try++ ) {
			$drawn  = $open[ mt_rand( 0, count( $open ) - 1 ) ];
			$mentor = $mentors[ $drawn ];
			if ( array() !== array_intersect( $mentee['languages'], $mentor['languages'] ) ) {
				if ( array() !== array_intersect( $mentee['teams'], $mentor['teams'] ) ) {
					return $drawn;
				}
				$speaks = $speaks ?? $drawn;
			}
		}
		return $speaks ?? $drawn;
	}

	/**
	 * Team slugs from the seeded Make teams, most popular first.
	 *
	 * @return list<string>
	 */
	private static function teams( bool $newcomers_only = false ): array {
		$seeded = TeamSeeder::make_teams();
		if ( $newcomers_only ) {
			$seeded = array_filter( $seeded, static fn ( array $team ): bool => $team[2] );
		}
		$slugs = array_keys( $seeded );
		return array_values( array_unique( array_merge( array_intersect( self::POPULARITY, $slugs ), $slugs ) ) );
	}

	private static function team_name( string $slug ): string {
		return TeamSeeder::make_teams()[ $slug ][0] ?? $slug;
	}

	private static function time( int $timestamp ): string {
		return gmdate( 'Y-m-d H:i:s', $timestamp );
	}

	private static function clock( int $half_hours ): string {
		return sprintf( '%02d:%02d', intdiv( $half_hours, 2 ), ( $half_hours % 2 ) * 30 );
	}
}
