<?php
/**
 * Every email Wayfinder sends, in one place: the listeners of the domain events that people hear about.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Mentorship\Events\RequestClosed;
use Wayfinder\Mentorship\Events\RequestOpened;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;

final class NotificationsModule implements Module {

	public function register( Container $services ): void {
		$requests = $services->get( RequestNotices::class );
		add_action( RequestOpened::HOOK, array( $requests, 'opened' ), 20 );
		add_action( RequestClosed::HOOK, array( $requests, 'closed' ), 20 );
		add_action( Cron::HOURLY, array( $requests, 'send_digest' ) );
	}
}
