<?php
/**
 * People and pages for the community blocks' tests, and rendering a block as someone.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\MyMentorship;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

trait Fixtures {

	/** Evenings in Berlin: mentors and mentees made here fit each other unless told otherwise. */
	private const EVENINGS = array( array( 2, '18:00', '20:00' ) );

	/** @param list<string> $languages */
	private function mentor( string $name, int $capacity = 2, string $status = 'available', ?string $away_until = null, array $languages = array( 'en' ), string $intro = '' ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		wp_update_user(
			array(
				'ID'           => $mentor,
				'display_name' => $name,
			)
		);
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', $languages, array( 'core' ), array(), self::EVENINGS, '' !== $intro ? $intro : "I am {$name} and I mentor core contributors.", $capacity, 'normal', $status, $away_until ) );
		return $mentor;
	}

	/** @param list<string> $languages */
	private function mentee( string $name, array $languages = array( 'en' ), string $intro = '' ): int {
		$mentee = $this->make_user( 'subscriber' );
		wp_update_user(
			array(
				'ID'           => $mentee,
				'display_name' => $name,
			)
		);
		( new ProfileRepository() )->save( new Profile( $mentee, 'Europe/Berlin', $languages, array( 'core' ), array(), self::EVENINGS, '' !== $intro ? $intro : "I am {$name}, new here." ) );
		return $mentee;
	}

	/** A display name as another plugin or an import might have stored it, markup and all. */
	private function rename_raw( int $user, string $name ): void {
		global $wpdb;
		$wpdb->update( $wpdb->users, array( 'display_name' => $name ), array( 'ID' => $user ) );
		clean_user_cache( $user );
	}

	/** @param 'active'|'proposed' $status */
	private function match( int $mentee, int $mentor, string $source = 'coordinator', string $status = 'active' ): int {
		$id = ( new MatchService() )->start( $mentee, $mentor, $source, 1, $status );
		$this->assertIsInt( $id );
		// The introductions are the fixture's, not what a test is about.
		$this->sent_mail = array();
		return $id;
	}

	/** A place in the queue for any mentor, as automatic assignment leaves it when nobody fits. */
	private function queue( int $mentee ): int {
		$id = ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $mentee );
		$this->assertIsInt( $id );
		$this->sent_mail = array();
		return $id;
	}

	/** @param array<string, mixed> $ask */
	private function request( array $ask, int $actor ): int {
		$id = ( new RequestService() )->create( $ask, $actor );
		$this->assertIsInt( $id, is_wp_error( $id ) ? $id->get_error_message() : '' );
		$this->sent_mail = array();
		return $id;
	}

	/** A published page holding the My mentorship block. */
	private function mentorship_page(): int {
		$id = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Mentorship',
				'post_name'    => 'mentorship-test',
				'post_content' => '<!-- wp:wayfinder/my-mentorship /-->',
			)
		);
		$this->assertIsInt( $id );
		return $id;
	}

	/**
	 * The block rendered on the server for someone (0: a visitor who is not logged in), with a fresh
	 * Interactivity API state so one render's state does not leak into the next.
	 *
	 * @param array<string, mixed> $attributes
	 */
	private function render_as( int $user, string $block, array $attributes = array() ): string {
		wp_set_current_user( $user );
		$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- WordPress's own.
		$json                        = array() === $attributes ? '' : wp_json_encode( $attributes ) . ' ';
		return do_blocks( '<!-- wp:wayfinder/' . $block . ' ' . $json . '/-->' );
	}

	/** @return array<string, mixed> The block's Interactivity state after the last render. */
	private function state_of( string $block ): array {
		return wp_interactivity()->state( 'wayfinder/' . $block );
	}

	/** The visible text, tags stripped and whitespace collapsed. */
	private function text( string $html ): string {
		$html = (string) preg_replace( '#<(script|style|template)\b.*?</\1>#s', ' ', $html );
		return trim( (string) preg_replace( '/\s+/', ' ', html_entity_decode( wp_strip_all_tags( str_replace( '<', ' <', $html ) ), ENT_QUOTES ) ) );
	}

	/**
	 * The fields of the form for an action, as the page carries them (hidden ones included).
	 *
	 * @return array<string, string>
	 */
	private function form_fields( string $html, string $do, int $id = 0 ): array {
		$this->assertSame( 1, preg_match( '#<form[^>]*>(?:(?!</form>).)*?name="do" value="' . preg_quote( $do, '#' ) . '"(?:(?!</form>).)*?name="id" value="' . $id . '".*?</form>#s', $html, $form ), "no {$do} form for {$id}" );
		preg_match_all( '#<input type="hidden" name="([^"]+)" value="([^"]*)"#', $form[0], $fields, PREG_SET_ORDER );
		$out = array();
		foreach ( $fields as $field ) {
			$out[ $field[1] ] = html_entity_decode( $field[2], ENT_QUOTES );
		}
		return $out;
	}
}
