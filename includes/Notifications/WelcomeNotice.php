<?php
/**
 * The welcome email to a new account (when the site sends it), with the site's own text; `{link}` is
 * the page where they take part (My mentorship, else the home page).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Platform\Settings;

final class WelcomeNotice {

	public function send( int $user_id ): void {
		$user = get_userdata( $user_id );
		if ( ! $user || ! Settings::welcome_email_enabled() ) {
			return;
		}
		$text = strtr(
			Settings::welcome_email_text(),
			array(
				'{name}' => $user->display_name,
				'{link}' => Links::my_mentorship(),
			)
		);
		/* translators: %s: the site's name. */
		wp_mail( $user->user_email, sprintf( __( 'Welcome to %s', 'wayfinder' ), get_bloginfo( 'name' ) ), $text );
	}
}
