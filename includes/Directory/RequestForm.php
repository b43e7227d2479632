<?php
/**
 * "Request this mentor" and "Ask for any mentor" without JavaScript: the cards and the directory
 * post a plain form to admin-post.php (with a nonce), which asks as POST /requests does and goes
 * back to the page with the outcome in the query string (the card or directory shows it). With
 * JavaScript the same buttons call the REST route instead.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Capabilities;

final class RequestForm {

	public const ACTION = 'wayfinder_request_mentor';
	public const NONCE  = 'wayfinder_request_mentor';

	/** The outcome when asking for any mentor (in place of a mentor's ID). */
	public const ANY = 'any';

	public static function register(): void {
		add_action( 'admin_post_' . self::ACTION, array( self::class, 'handle' ) );
		add_action( 'admin_post_nopriv_' . self::ACTION, array( self::class, 'handle_logged_out' ) );
	}

	/** The admin-post.php handler for a logged-in person: ask, then back to the page. */
	public static function handle(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- submit() verifies the nonce and checks each field.
		wp_safe_redirect( self::submit( wp_unslash( $_POST ), get_current_user_id() ), 303 );
		exit;
	}

	/** The admin-post.php handler for a logged-out visitor (their session ended): log in, then back. */
	public static function handle_logged_out(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- only where to go back to is read; return_url() keeps it on this site.
		$back = isset( $_POST['redirect_to'] ) && is_string( $_POST['redirect_to'] ) ? esc_url_raw( wp_unslash( $_POST['redirect_to'] ) ) : '';
		wp_safe_redirect( wp_login_url( self::return_url( $back ) ), 303 );
		exit;
	}

	/**
	 * Asks for the mentor named in the form (or any mentor) as $user_id and returns where to go back
	 * to, with the outcome.
	 *
	 * @param array<string, mixed> $form The posted fields, unslashed: _wpnonce, mentor, team, language, redirect_to.
	 */
	public static function submit( array $form, int $user_id ): string {
		$text      = static fn ( string $key ): string => isset( $form[ $key ] ) && is_string( $form[ $key ] ) ? $form[ $key ] : '';
		$mentor_id = ctype_digit( $text( 'mentor' ) ) ? (int) $text( 'mentor' ) : 0;
		$back      = self::return_url( $text( 'redirect_to' ) );
		$asked     = $mentor_id > 0 ? (string) $mentor_id : self::ANY;
		$result    = self::ask( $form, $user_id, $mentor_id );
		$url       = add_query_arg(
			array(
				MentorCard::ARG_ASKED  => $asked,
				MentorCard::ARG_RESULT => $result,
			),
			$back
		);
		return $url . '#' . ( $mentor_id > 0 ? 'wayfinder-mentor-' . $mentor_id : 'wayfinder-directory-notice' );
	}

	/** @param array<string, mixed> $form */
	private static function ask( array $form, int $user_id, int $mentor_id ): string {
		$nonce = isset( $form['_wpnonce'] ) && is_string( $form['_wpnonce'] ) ? $form['_wpnonce'] : '';
		if ( ! wp_verify_nonce( $nonce, self::NONCE ) ) {
			return 'expired';
		}
		if ( ! Capabilities::can_take_part( $user_id ) ) {
			return 'failed';
		}
		$ask = array( 'type' => 'mentee_request' );
		if ( $mentor_id > 0 ) {
			$ask['mentor'] = $mentor_id;
		} else {
			// Asking for any mentor from a filtered directory: the team and language become the preference.
			$team     = isset( $form['team'] ) && is_string( $form['team'] ) ? $form['team'] : '';
			$language = isset( $form['language'] ) && is_string( $form['language'] ) ? $form['language'] : '';
			if ( DirectoryFilters::valid_team( $team ) ) {
				$ask['team'] = $team;
			}
			if ( DirectoryFilters::valid_language( $language ) ) {
				$ask['language'] = $language;
			}
		}
		$created = ( new RequestService() )->create( $ask, $user_id );
		Visitor::forget();
		if ( ! is_wp_error( $created ) ) {
			return $mentor_id > 0 ? 'sent' : 'queued';
		}
		switch ( $created->get_error_code() ) {
			case 'wayfinder_duplicate_request':
				return 'duplicate';
			case 'wayfinder_has_mentor':
				return 'has_mentor';
			case 'wayfinder_not_a_mentor':
			case 'wayfinder_self_match':
				return 'unavailable';
			default:
				return 'failed';
		}
	}

	/**
	 * What an outcome says to the person; null for an outcome this form never gives.
	 *
	 * @param string $mentor_name The mentor asked; "" for any mentor.
	 * @return array{text: string, error: bool}|null
	 */
	public static function message( string $result, string $mentor_name ): ?array {
		$named = '' !== $mentor_name;
		switch ( $result ) {
			case 'sent':
				return array(
					/* translators: %s: the mentor's name. */
					'text'  => sprintf( __( 'Your request is on its way to %s. You will hear by email when they answer.', 'wayfinder' ), $mentor_name ),
					'error' => false,
				);
			case 'queued':
				return array(
					'text'  => __( 'You are in the queue for a mentor. Mentors and mentoring coordinators see your request, and you will hear by email.', 'wayfinder' ),
					'error' => false,
				);
			case 'duplicate':
				return array(
					/* translators: %s: the mentor's name. */
					'text'  => $named ? sprintf( __( 'You have asked %s already. They have not answered yet.', 'wayfinder' ), $mentor_name ) : __( 'You are already waiting for a mentor.', 'wayfinder' ),
					'error' => true,
				);
			case 'has_mentor':
				return array(
					'text'  => __( 'You already have a mentor.', 'wayfinder' ),
					'error' => true,
				);
			case 'unavailable':
				return array(
					'text'  => __( 'This person cannot be asked to mentor you.', 'wayfinder' ),
					'error' => true,
				);
			case 'expired':
				return array(
					'text'  => __( 'The form had expired, so nothing was sent. Please try again.', 'wayfinder' ),
					'error' => true,
				);
			case 'failed':
				return array(
					'text'  => __( 'Your request could not be sent. Please try again, or ask a mentoring coordinator.', 'wayfinder' ),
					'error' => true,
				);
			default:
				return null;
		}
	}

	/** A page of this site to go back to (the home page otherwise), without an earlier outcome. */
	private static function return_url( string $url ): string {
		$url = wp_validate_redirect( $url, home_url( '/' ) );
		$url = (string) preg_replace( '/#.*$/', '', $url );
		return remove_query_arg( array( MentorCard::ARG_ASKED, MentorCard::ARG_RESULT ), '' !== $url ? $url : home_url( '/' ) );
	}
}
