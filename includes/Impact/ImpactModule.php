<?php
/**
 * Impact: what the program's figures keep about people (each person's outcome after a program).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Impact;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class ImpactModule implements Module {

	public function register( Container $services ): void {
		// Worked out from contributions and places, so erasing a person deletes their rows.
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'impact_outcomes',
				__( 'Program outcomes', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'cohort_id' => __( 'Cohort', 'wayfinder' ),
					'match_id'  => __( 'Mentorship', 'wayfinder' ),
					'ended_on'  => __( 'Ended on', 'wayfinder' ),
					'graduated' => __( 'Graduated', 'wayfinder' ),
					'active_3'  => __( 'Contributing three months later', 'wayfinder' ),
				)
			)
		);
	}
}
