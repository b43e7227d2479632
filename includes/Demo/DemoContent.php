<?php
/**
 * Loads the demo program into a site (idempotent): accounts for every demo person with their profile;
 * the demo mentees are looking for a mentor.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

final class DemoContent {

	/**
	 * @return array{created: int, updated: int}
	 * @throws \RuntimeException When WordPress refuses to save a demo account.
	 */
	public static function load(): array {
		$counts   = array(
			'created' => 0,
			'updated' => 0,
		);
		$profiles = new ProfileRepository();
		// Demo accounts are no newcomers to welcome.
		add_filter( 'pre_option_' . Settings::WELCOME_EMAIL, '__return_zero' );
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
			$profiles->save(
				new Profile(
					$user_id,
					$person['timezone'],
					$person['languages'],
					$person['teams'],
					array(),
					$person['availability'],
					$person['intro'],
					$person['capacity'] ?? 3,
					'normal',
					'available',
					null,
					'subscriber' === $person['role']
				)
			);
		}
		remove_filter( 'pre_option_' . Settings::WELCOME_EMAIL, '__return_zero' );
		return $counts;
	}
}
