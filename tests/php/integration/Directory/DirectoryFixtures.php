<?php
/**
 * Mentors with profiles, and rendering the directory's blocks as a visitor sees them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\Visitor;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

trait DirectoryFixtures {

	/**
	 * A user with a role and a saved profile.
	 *
	 * @param array<string, mixed> $profile timezone, languages, teams, availability, intro, capacity, weight, status, away_until.
	 */
	protected function person( string $name, array $profile = array(), string $role = 'wayfinder_mentor' ): int {
		$id = $this->make_user( $role );
		wp_update_user(
			array(
				'ID'           => $id,
				'display_name' => $name,
			)
		);
		( new ProfileRepository() )->save(
			new Profile(
				$id,
				$profile['timezone'] ?? 'Europe/Berlin',
				$profile['languages'] ?? array( 'en' ),
				$profile['teams'] ?? array( 'core' ),
				array(),
				$profile['availability'] ?? array( array( 2, '18:00', '20:00' ) ),
				$profile['intro'] ?? 'I help newcomers land their first patch.',
				$profile['capacity'] ?? 3,
				$profile['weight'] ?? 'normal',
				$profile['status'] ?? 'available',
				$profile['away_until'] ?? null
			)
		);
		$this->sent_mail = array();
		return $id;
	}

	/** Gives a mentor $count running matches with new mentees. */
	protected function give_mentees( int $mentor, int $count ): void {
		for ( $i = 0; $i < $count; $i++ ) {
			$started = ( new MatchService() )->start( $this->make_user( 'subscriber' ), $mentor, 'coordinator', 0 );
			$this->assertIsInt( $started, 'could not start a match' );
		}
		$this->sent_mail = array();
	}

	/**
	 * A block rendered as on a page, for the current user, with this query string.
	 *
	 * @param array<string, mixed>  $attributes
	 * @param array<string, string> $query
	 */
	protected function render( string $block, array $attributes = array(), array $query = array(), int $as_user = 0 ): string {
		wp_set_current_user( $as_user );
		$_GET                   = $query;
		$_SERVER['REQUEST_URI'] = '/mentors/' . ( array() === $query ? '' : '?' . http_build_query( $query ) );
		Visitor::forget();
		$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride, WordPress.NamingConventions.PrefixAllGlobals -- a fresh store state, as on a new page.
		$comment                     = array() === $attributes ? '' : ' ' . wp_json_encode( $attributes );
		return do_blocks( '<!-- wp:' . $block . $comment . ' /-->' );
	}

	/** The names of the mentors a directory shows, in order. */
	protected static function names_in( string $html ): array {
		preg_match_all( '#class="wayfinder-mentor-card__name">([^<]*)<#', $html, $names );
		return array_map( 'html_entity_decode', $names[1] );
	}

	protected function tearDown(): void { // phpcs:ignore WordPress.NamingConventions.ValidFunctionName.MethodNameInvalid -- PHPUnit's name.
		$_GET                   = array();
		$_SERVER['REQUEST_URI'] = '/';
		parent::tearDown();
	}
}
