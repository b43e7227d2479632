<?php
/**
 * An invitation not answered two days before it is due: the one reminder.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys\Events;

use Wayfinder\Platform\DomainEvent;
use Wayfinder\Surveys\Invitation;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\Wave;

final class SurveyReminderDue implements DomainEvent {

	public const HOOK = 'wayfinder_survey_reminder_due';

	public function __construct(
		public readonly Invitation $invitation,
		public readonly Wave $wave,
		public readonly Survey $survey,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
