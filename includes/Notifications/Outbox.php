<?php
/**
 * How the notices send: one e-mail to one person once the change that caused it is committed (a
 * rolled-back change sends nothing), and who the coordinators are.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Transaction;
use WP_User;

final class Outbox {

	/** Sends once the change is committed, with the link on its own line at the end. */
	public static function send( WP_User $to, string $subject, string $body, string $link ): void {
		$address = $to->user_email;
		Transaction::after_commit(
			static function () use ( $address, $subject, $body, $link ): void {
				wp_mail( $address, $subject, $body . "\n\n" . $link );
			}
		);
	}

	/** @return list<WP_User> The people who coordinate the program (at most 200). */
	public static function coordinators(): array {
		return array_values(
			get_users(
				array(
					'capability' => Capabilities::COORDINATE,
					'number'     => 200,
				)
			)
		);
	}

	/** The account, or null when there is none (0, or deleted). */
	public static function person( int $id ): ?WP_User {
		$user = $id > 0 ? get_userdata( $id ) : false;
		return $user instanceof WP_User ? $user : null;
	}
}
