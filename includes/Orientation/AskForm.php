<?php
/**
 * "Ask for a mentor in this team" without JavaScript: the result's button posts to admin-post.php
 * (action wayfinder_quiz_ask, with a nonce that only pages rendered for a signed-in member carry),
 * and the visitor comes back to the same result, which then shows that they asked — or why not.
 * Signed-out visitors who post anyway are sent to sign in and back to the result.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Platform\Capabilities;

final class AskForm {

	public const ACTION = 'wayfinder_quiz_ask';

	/** Outcome codes the result page knows how to explain (see QuizBlock::ask_error_message()). */
	public const ERRORS = array( 'expired', 'not_member', 'no_quiz', 'has_mentor', 'team_closed', 'unknown_team', 'other' );

	public static function register(): void {
		add_action( 'admin_post_' . self::ACTION, array( self::class, 'handle' ) );
		add_action( 'admin_post_nopriv_' . self::ACTION, array( self::class, 'handle' ) );
	}

	public static function handle(): void {
		wp_safe_redirect( self::outcome_url() );
		exit;
	}

	/** Does what the form asks and says where to go next. */
	public static function outcome_url(): string {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- verified below, after reading where to go back to.
		$return = isset( $_POST['return'] ) ? esc_url_raw( wp_unslash( $_POST['return'] ) ) : '';
		$team   = isset( $_POST['team'] ) ? sanitize_key( wp_unslash( $_POST['team'] ) ) : '';
		$quiz   = isset( $_POST['quiz'] ) ? absint( $_POST['quiz'] ) : 0;
		// phpcs:enable
		$return = wp_validate_redirect( remove_query_arg( array( 'wayfinder_asked', 'wayfinder_request', 'wayfinder_ask_error', 'wayfinder_ask' ), $return ), home_url( '/' ) );
		$anchor = '#wayfinder-quiz-' . $quiz . '-team-' . $team;
		if ( ! is_user_logged_in() ) {
			return Results::sign_in_url( $return, $team, ltrim( $anchor, '#' ) );
		}
		if ( ! isset( $_POST['_wpnonce'] ) || ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST['_wpnonce'] ) ), self::ACTION ) ) {
			return add_query_arg( 'wayfinder_ask_error', 'expired', $return ) . $anchor;
		}
		if ( ! Capabilities::can_take_part() ) {
			return add_query_arg( 'wayfinder_ask_error', 'not_member', $return ) . $anchor;
		}
		if ( null === QuizPostType::published( $quiz ) ) {
			return add_query_arg( 'wayfinder_ask_error', 'no_quiz', $return );
		}
		$asked = ( new MentorAsk() )->ask( get_current_user_id(), $quiz, $team );
		if ( is_wp_error( $asked ) ) {
			$code = str_replace( 'wayfinder_', '', (string) $asked->get_error_code() );
			return add_query_arg( 'wayfinder_ask_error', in_array( $code, self::ERRORS, true ) ? $code : 'other', $return ) . $anchor;
		}
		return add_query_arg(
			array(
				'wayfinder_asked'   => $team,
				'wayfinder_request' => $asked['status'],
			),
			$return
		) . $anchor;
	}
}
