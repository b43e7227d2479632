<?php
/**
 * Released applications and reviewers for the tests of blind review: an application is made
 * submitted and released straight through the repository (its redacted answers filled by the test,
 * as a screener would leave them), then ApplicationReleased is dispatched as the screener's release does.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Applications;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Applications\Events\ApplicationReleased;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Events;

trait ReviewFixtures {

	/** A cohort in review: the default rubric (motivation ×2, readiness ×1, benefit ×1), scale 5, two reviews, disagreement 2. */
	protected function review_cohort( array $meta = array(), string $title = 'Spring cohort' ): int {
		return $this->insert_cohort(
			$meta + array(
				CohortPostType::STAGE => Cohort::OPEN,
				CohortPostType::MODES => array( Cohort::ONE_TO_ONE, Cohort::PROJECT_GROUP ),
			),
			$title
		);
	}

	/**
	 * A mentee's application submitted and released to review, without dispatching the event.
	 *
	 * @param array<string, string> $answers  Question key => the applicant's words.
	 * @param array<string, string> $redacted Question key => the words a screener left.
	 * @param array<string, mixed>  $fields   Other columns (mode, teams, sponsored…).
	 */
	protected function released_application( int $cohort, int $user, array $answers = array(), array $redacted = array(), array $fields = array() ): Application {
		$repo  = new ApplicationRepository();
		$draft = $repo->create_draft( $cohort, $user, Application::MENTEE, time() );
		$this->assertNotFalse(
			$repo->update(
				$draft->id,
				$fields + array(
					'status'       => Application::SUBMITTED,
					'stage'        => Application::REVIEW,
					'answers'      => (string) wp_json_encode( (object) $answers ),
					'redacted'     => (string) wp_json_encode( (object) $redacted ),
					'mode'         => Cohort::ONE_TO_ONE,
					'consented_at' => gmdate( 'Y-m-d H:i:s' ),
					'submitted_at' => gmdate( 'Y-m-d H:i:s' ),
					'released_at'  => gmdate( 'Y-m-d H:i:s' ),
				),
				time()
			)
		);
		$application = $repo->find( $draft->id );
		$this->assertInstanceOf( Application::class, $application );
		return $application;
	}

	/** Releases it as a screener's release does: the event, and reviewers assigned. */
	protected function release( Application $application ): Application {
		$cohort = CohortPostType::find( $application->cohort_id );
		$this->assertInstanceOf( Cohort::class, $cohort );
		Events::dispatch( new ApplicationReleased( $application, $cohort ) );
		$released = ( new ApplicationRepository() )->find( $application->id );
		$this->assertInstanceOf( Application::class, $released );
		return $released;
	}

	/** @return array<string, int> Scores of the default rubric. */
	protected static function scores( int $motivation, int $readiness, int $benefit ): array {
		return array(
			'motivation' => $motivation,
			'readiness'  => $readiness,
			'benefit'    => $benefit,
		);
	}

	protected function settings( int $cohort ): ApplicationSettings {
		return ApplicationSettings::of( $cohort );
	}
}
