<?php
/**
 * Wayfinder roles per person, on the wp-admin user screen: WordPress's own role menu gives each user
 * one role, so the mentoring roles (mentor, coordinator, reviewer, team representative) sit beside it
 * as checkboxes and can be added to any role a person already has.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Admin;

use Wayfinder\Platform\Capabilities;
use WP_User;

final class UserRoles {

	private const NONCE = 'wayfinder_user_roles';
	private const FIELD = 'wayfinder_roles';

	public static function register(): void {
		add_action( 'show_user_profile', array( self::class, 'render' ) );
		add_action( 'edit_user_profile', array( self::class, 'render' ) );
		// After WordPress saved its own role menu, which replaces every role the person had.
		add_action( 'profile_update', array( self::class, 'save' ) );
	}

	public static function render( WP_User $user ): void {
		if ( ! current_user_can( 'promote_user', $user->ID ) ) {
			return;
		}
		echo '<h2>' . esc_html__( 'Mentorship', 'wayfinder' ) . '</h2><table class="form-table" role="presentation"><tr><th scope="row">' . esc_html__( 'Mentorship roles', 'wayfinder' ) . '</th><td><fieldset><legend class="screen-reader-text">' . esc_html__( 'Mentorship roles', 'wayfinder' ) . '</legend>';
		wp_nonce_field( self::NONCE . '_' . $user->ID, self::NONCE );
		foreach ( Capabilities::roles() as $slug => list( $label ) ) {
			printf(
				'<label><input type="checkbox" name="%1$s[]" value="%2$s" %3$s /> %4$s</label><br />',
				esc_attr( self::FIELD ),
				esc_attr( $slug ),
				checked( in_array( $slug, $user->roles, true ), true, false ),
				esc_html( $label )
			);
		}
		echo '<p class="description">' . esc_html__( 'In addition to the role above. Anyone who can log in can ask for a mentor; these roles let people mentor, run the program, review applications or receive newcomers for a team.', 'wayfinder' ) . '</p></fieldset></td></tr></table>';
	}

	/** Adds and removes the checked Wayfinder roles; nothing happens without the form's own nonce. */
	public static function save( int $user_id ): void {
		$nonce = isset( $_POST[ self::NONCE ] ) ? sanitize_text_field( wp_unslash( $_POST[ self::NONCE ] ) ) : '';
		if ( '' === $nonce || ! wp_verify_nonce( $nonce, self::NONCE . '_' . $user_id ) || ! current_user_can( 'promote_user', $user_id ) ) {
			return;
		}
		$user = get_userdata( $user_id );
		if ( ! $user ) {
			return;
		}
		$wanted = isset( $_POST[ self::FIELD ] ) ? array_map( 'sanitize_key', (array) wp_unslash( $_POST[ self::FIELD ] ) ) : array();
		// A Wayfinder role chosen in WordPress's own role menu stays, whatever the boxes said before.
		$wanted[] = isset( $_POST['role'] ) ? sanitize_key( wp_unslash( $_POST['role'] ) ) : '';
		foreach ( array_keys( Capabilities::roles() ) as $slug ) {
			$has = in_array( $slug, $user->roles, true );
			if ( in_array( $slug, $wanted, true ) && ! $has ) {
				$user->add_role( $slug );
			} elseif ( ! in_array( $slug, $wanted, true ) && $has ) {
				$user->remove_role( $slug );
			}
		}
	}
}
