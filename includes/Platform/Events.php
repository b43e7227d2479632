<?php
/**
 * Fires domain events as WordPress actions whose one argument is the event object.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Events {

	public static function dispatch( DomainEvent $event ): void {
		do_action( $event->hook(), $event ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- every event's hook starts with wayfinder_.
	}
}
