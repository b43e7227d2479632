<?php
/**
 * The e-mails of badges, each sent by listening to the domain event it tells of: the person hears
 * which badge they earned and why, with the link to their mentorship page, where they choose whether
 * it shows and download its certificate; and, when a coordinator revokes one, the reason.
 *
 * Awards made quietly (the backfill of history from before badges existed, the demo's seeding) e-mail
 * nobody: people are not flooded about what they did months ago; they find those badges on their page.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Badges\AwardReasons;
use Wayfinder\Badges\BadgeRules;
use Wayfinder\Badges\Events\AwardRevoked;
use Wayfinder\Badges\Events\BadgeAwarded;

final class BadgeNotices {

	public function __construct( private readonly AwardReasons $reasons = new AwardReasons() ) {
	}

	public function awarded( BadgeAwarded $event ): void {
		$person = Outbox::person( $event->award->user_id );
		if ( null === $person || BadgeRules::is_quiet() ) {
			return;
		}
		$badge = $event->badge;
		/* translators: %s: the badge's name. */
		$body = sprintf( __( 'Congratulations! You earned the %s badge.', 'wayfinder' ), $badge->name );
		/* translators: %s: why, e.g. "Completed the mentorship with Mei". */
		$body .= "\n\n" . sprintf( __( 'Why: %s', 'wayfinder' ), $this->reasons->words( $event->award, $badge->rule ) );
		if ( '' !== $badge->description ) {
			$body .= "\n\n" . $badge->description;
		}
		$body .= "\n\n" . __( 'It shows on your profile unless you hide it. On your mentorship page you choose what others see and download your certificate, which anyone can verify.', 'wayfinder' );
		/* translators: %s: the badge's name. */
		Outbox::send( $person, sprintf( __( 'You earned the %s badge', 'wayfinder' ), $badge->name ), $body, Links::my_mentorship() );
	}

	public function revoked( AwardRevoked $event ): void {
		$person = Outbox::person( $event->award->user_id );
		if ( null === $person || BadgeRules::is_quiet() ) {
			return;
		}
		$badge = $event->badge;
		/* translators: %s: the badge's name. */
		$body = sprintf( __( 'A mentoring coordinator revoked your %s badge.', 'wayfinder' ), $badge->name );
		/* translators: %s: the coordinator's reason. */
		$body .= "\n\n" . sprintf( __( 'The reason: %s', 'wayfinder' ), $event->award->revoke_reason );
		$body .= "\n\n" . __( 'The badge no longer shows on your profile, and its certificate now shows as revoked to anyone who verifies it. If you think this is a mistake, reply to a mentoring coordinator.', 'wayfinder' );
		/* translators: %s: the badge's name. */
		Outbox::send( $person, sprintf( __( 'Your %s badge was revoked', 'wayfinder' ), $badge->name ), $body, Links::my_mentorship() );
	}
}
