<?php
/**
 * Hand-offs to a team: what the handoffs table keeps about people (the feature's hooks are added here).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class HandoffsModule implements Module {

	public function register( Container $services ): void {
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'handoffs',
				__( 'Hand-offs to a team', 'wayfinder' ),
				array(
					'user_id'     => ErasePolicy::DELETE_ROW,
					'mentor_id'   => ErasePolicy::ANONYMISE,
					'accepted_by' => ErasePolicy::ANONYMISE,
					'contact_id'  => ErasePolicy::ANONYMISE,
				),
				array( 'mentor_note', 'welcome' ),
				array(
					'cohort_id'   => __( 'Cohort', 'wayfinder' ),
					'team'        => __( 'Team', 'wayfinder' ),
					'status'      => __( 'Status', 'wayfinder' ),
					'mentor_id'   => __( 'Mentor', 'wayfinder' ),
					'mentor_note' => __( 'The mentor\'s note', 'wayfinder' ),
					'sent_at'     => __( 'Sent to the team (UTC)', 'wayfinder' ),
					'accepted_by' => __( 'Accepted by', 'wayfinder' ),
					'contact_id'  => __( 'Contact person in the team', 'wayfinder' ),
					'welcome'     => __( 'Welcome message', 'wayfinder' ),
					'accepted_at' => __( 'Accepted (UTC)', 'wayfinder' ),
				)
			)
		);
	}
}
