<?php
/**
 * A response was saved. It carries the invitation only for a survey that keeps answers with the
 * person; for an anonymous one it is null, so no listener can tie the two.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys\Events;

use Wayfinder\Platform\DomainEvent;
use Wayfinder\Surveys\Invitation;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\Wave;

final class SurveyAnswered implements DomainEvent {

	public const HOOK = 'wayfinder_survey_answered';

	public function __construct(
		public readonly Wave $wave,
		public readonly Survey $survey,
		public readonly string $response_id,
		public readonly ?Invitation $invitation,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
