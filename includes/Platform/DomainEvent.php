<?php
/**
 * Something that happened in the program, carrying the records it is about, so listeners
 * (notifications, the audit trail, later cohorts, surveys and recognition) need not read them again.
 * Fired once with `Events::dispatch()`; listened to with `add_action( TheEvent::HOOK, … )`.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

interface DomainEvent {

	/** The WordPress action the event is fired on (each event class's HOOK constant). */
	/** @return non-empty-string */
	public function hook(): string;
}
