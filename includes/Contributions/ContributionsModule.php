<?php
/**
 * Contributions: what the contributions table keeps about people (the rest of the feature's hooks
 * are added here as it grows).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class ContributionsModule implements Module {

	public function register( Container $services ): void {
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'contributions',
				__( 'Contributions', 'wayfinder' ),
				array(
					'user_id'     => ErasePolicy::DELETE_ROW,
					'reviewed_by' => ErasePolicy::ANONYMISE,
					'created_by'  => ErasePolicy::ANONYMISE,
				),
				array( 'summary', 'review_note' ),
				array(
					'kind'           => __( 'Kind', 'wayfinder' ),
					'team'           => __( 'Team', 'wayfinder' ),
					'url'            => __( 'Link', 'wayfinder' ),
					'summary'        => __( 'Description', 'wayfinder' ),
					'contributed_on' => __( 'Date', 'wayfinder' ),
					'source'         => __( 'Source', 'wayfinder' ),
					'status'         => __( 'Status', 'wayfinder' ),
					'reviewed_by'    => __( 'Verified or rejected by', 'wayfinder' ),
					'review_note'    => __( 'Note', 'wayfinder' ),
				)
			)
		);
	}
}
