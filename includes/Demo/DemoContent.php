<?php
/**
 * Loads the demo program into a site (idempotent): accounts for every demo person with their profile.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

final class DemoContent {

	/** User meta holding a demo person's matching profile until profiles get their own table. */
	public const PROFILE_META = 'wayfinder_demo_profile';

	/**
	 * @return array{created: int, updated: int}
	 * @throws \RuntimeException When WordPress refuses to save a demo account.
	 */
	public static function load(): array {
		$counts = array(
			'created' => 0,
			'updated' => 0,
		);
		foreach ( DemoPeople::all() as $person ) {
			$user = get_user_by( 'login', $person['login'] );
			$data = array(
				'user_login'   => $person['login'],
				'display_name' => $person['name'],
				'first_name'   => explode( ' ', $person['name'] )[0],
				'user_email'   => $person['login'] . '@example.org',
				'role'         => $person['role'],
				'description'  => $person['intro'],
			);
			if ( $user ) {
				$data['ID'] = $user->ID;
				$user_id    = wp_update_user( $data );
				++$counts['updated'];
			} else {
				$data['user_pass'] = DemoPeople::PASSWORD;
				$user_id           = wp_insert_user( $data );
				++$counts['created'];
			}
			if ( is_wp_error( $user_id ) ) {
				throw new \RuntimeException( esc_html( $person['login'] . ': ' . $user_id->get_error_message() ) );
			}
			$profile = array_intersect_key( $person, array_flip( array( 'timezone', 'languages', 'teams', 'capacity', 'availability' ) ) );
			update_user_meta( $user_id, self::PROFILE_META, $profile );
		}
		return $counts;
	}

	/** Removes the demo profile markers (not the accounts: they may have become real people's). */
	public static function forget_markers(): void {
		delete_metadata( 'user', 0, self::PROFILE_META, '', true );
	}
}
