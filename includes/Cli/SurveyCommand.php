<?php
/**
 * WP-CLI: `wp wayfinder survey resend <invitation>` — one survey invitation e-mailed again, through
 * Surveys\Resending (which refuses answered or closed invitations, and withdrawn surveys).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Profiles\DisplayName;
use Wayfinder\Surveys\Resending;

/**
 * Sends survey invitations again.
 */
final class SurveyCommand {

	public function __construct( private readonly Resending $resending = new Resending() ) {
	}

	/**
	 * E-mails one survey invitation again.
	 *
	 * With the same personal link: for someone who lost the e-mail or whose mailbox refused it. An
	 * invitation already answered, or past its due day, is not sent again.
	 *
	 * ## OPTIONS
	 *
	 * <invitation>
	 * : The invitation's ID (the number in its survey link, `wayfinder_invitation=<ID>`).
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder survey resend 314
	 *
	 * @param list<string>          $args       The invitation.
	 * @param array<string, string> $assoc_args Options (none).
	 */
	public function resend( array $args, array $assoc_args ): void {
		unset( $assoc_args );
		if ( ! preg_match( '/^\d{1,18}$/', $args[0] ) ) {
			/* translators: %s: what was typed. */
			\WP_CLI::error( sprintf( __( '"%s" is not an invitation ID: give its number, for example 314.', 'wayfinder' ), $args[0] ) );
		}
		$sent = $this->resending->resend( (int) $args[0], get_current_user_id(), time() );
		if ( is_wp_error( $sent ) ) {
			\WP_CLI::error( $sent->get_error_message() );
		}
		/* translators: 1: an invitation's number, 2: a person's name. */
		\WP_CLI::success( sprintf( __( 'Invitation %1$d was e-mailed again to %2$s.', 'wayfinder' ), $sent->id, DisplayName::of( $sent->user_id ) ) );
	}
}
