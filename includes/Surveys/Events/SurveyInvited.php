<?php
/**
 * Someone was asked to answer a wave (the e-mail goes out once, claimed by sent_at).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys\Events;

use Wayfinder\Platform\DomainEvent;
use Wayfinder\Surveys\Invitation;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\Wave;

final class SurveyInvited implements DomainEvent {

	public const HOOK = 'wayfinder_survey_invited';

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
