<?php
/**
 * The mentoring profile on the wp-admin user screen (your own profile, and — for mentoring
 * coordinators — anyone's): the same fields as in the My mentorship block, saved with WordPress's
 * form under this section's own nonce, through the profile REST route so the same checks apply. What
 * the route refuses shows in WordPress's own error box, and the fields keep what was typed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Admin;

use Wayfinder\Platform\PageForms;
use Wayfinder\MyMentorship\MentorshipPage;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\ProfileForm;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;
use WP_User;

final class MentoringProfile {

	private const NONCE = 'wayfinder_profile_nonce';
	private const GROUP = 'wayfinder_profile';

	/** @var array<int, array<string, mixed>> What was sent in this request for a user, when the route refused it. */
	private static array $refused_values = array();

	private static ?WP_Error $refusal = null;

	public static function register(): void {
		add_action( 'show_user_profile', array( self::class, 'render' ) );
		add_action( 'edit_user_profile', array( self::class, 'render' ) );
		// Before WordPress saves its own fields; a refusal is added to its errors below.
		add_action( 'personal_options_update', array( self::class, 'save' ) );
		add_action( 'edit_user_profile_update', array( self::class, 'save' ) );
		add_action( 'user_profile_update_errors', array( self::class, 'report' ) );
	}

	/** Whoever may change this person's mentoring profile: the person, or a coordinator. */
	private static function may_edit( int $user_id ): bool {
		return Capabilities::can_take_part() && ( get_current_user_id() === $user_id || Capabilities::can_coordinate() );
	}

	public static function render( WP_User $user ): void {
		if ( ! self::may_edit( $user->ID ) ) {
			return;
		}
		$values = self::$refused_values[ $user->ID ] ?? ProfileForm::values_of( ( new ProfileRepository() )->find( $user->ID ) );
		echo '<h2 id="' . esc_attr( MentorshipPage::PROFILE ) . '">' . esc_html__( 'Mentoring profile', 'wayfinder' ) . '</h2>';
		echo '<p class="description">' . esc_html__( 'What mentors and mentees see about you, and what matching uses.', 'wayfinder' ) . '</p>';
		echo '<div class="wayfinder-admin-profile">';
		wp_nonce_field( self::NONCE . '_' . $user->ID, self::NONCE );
		// Every value in the fields is escaped as they are built.
		echo ProfileForm::fields( $values, 'wayfinder-admin-profile', self::GROUP ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		echo '</div>';
	}

	/** Saves the section, only with its own nonce and for someone who may edit this profile. */
	public static function save( int $user_id ): void {
		$nonce = isset( $_POST[ self::NONCE ] ) ? sanitize_text_field( wp_unslash( $_POST[ self::NONCE ] ) ) : '';
		if ( '' === $nonce || ! wp_verify_nonce( $nonce, self::NONCE . '_' . $user_id ) || ! self::may_edit( $user_id ) || ! isset( $_POST[ self::GROUP ] ) ) {
			return;
		}
		$values = ProfileForm::from_post( (array) wp_unslash( $_POST[ self::GROUP ] ) ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- from_post() sanitizes each field.
		$saved  = ProfileForm::save( $user_id, $values );
		if ( is_wp_error( $saved ) ) {
			self::$refused_values[ $user_id ] = $values;
			self::$refusal                    = $saved;
		}
	}

	/** Adds what the profile route refused to WordPress's errors for the screen. */
	public static function report( WP_Error $errors ): void {
		if ( null === self::$refusal ) {
			return;
		}
		list( $message, $details ) = PageForms::describe( self::$refusal );
		$errors->add( 'wayfinder_profile', esc_html__( 'Mentoring profile:', 'wayfinder' ) . ' ' . esc_html( implode( ' ', array_merge( array( $message ), $details ) ) ) );
		self::$refusal = null;
	}
}
