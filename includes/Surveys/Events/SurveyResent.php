<?php
/**
 * An operator sent someone's survey invitation again (they lost the e-mail, or it bounced): the same
 * invitation e-mail, with the same personal link, goes out once more.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys\Events;

use Wayfinder\Platform\DomainEvent;
use Wayfinder\Surveys\Invitation;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\Wave;

final class SurveyResent implements DomainEvent {

	public const HOOK = 'wayfinder_survey_resent';

	public function __construct(
		public readonly Invitation $invitation,
		public readonly Wave $wave,
		public readonly Survey $survey,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
