<?php
/**
 * The one way a contribution is recorded, whatever its source: the row (deduplicated by the person's
 * source key), then `ContributionRecorded`. The sources (by hand, this site's activity, GitHub) check
 * their own input first.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Contributions\Events\ContributionRecorded;
use Wayfinder\Platform\Events;

final class Recorder {

	public function __construct( private readonly ContributionRepository $contributions = new ContributionRepository() ) {
	}

	/**
	 * Records one contribution; null when the person already has this source key (seen before).
	 *
	 * @param array{user_id: int, kind: string, team: string, url: string, summary: string, contributed_on: string, source: string, source_key: string, status?: string, created_by?: int} $fields
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function record( array $fields, int $now ): ?Contribution {
		$fields['url']        = mb_substr( $fields['url'], 0, Contribution::URL_LENGTH );
		$fields['summary']    = mb_substr( $fields['summary'], 0, Contribution::SUMMARY_LENGTH );
		$fields['source_key'] = mb_substr( $fields['source_key'], 0, Contribution::KEY_LENGTH );
		$made                 = $this->contributions->record( $fields, $now );
		if ( null !== $made ) {
			Events::dispatch( new ContributionRecorded( $made ) );
		}
		return $made;
	}
}
