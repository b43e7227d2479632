<?php
/**
 * Why an award was given, in words a person reads: "Completed the mentorship with Mei", "Graduated
 * from Spring 2026", "Verified contribution: …", "By hand: …" — for the coordinators' awards list,
 * the person's e-mail and their page.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Profiles\DisplayName;

final class AwardReasons {

	public function __construct(
		private readonly MatchRepository $matches = new MatchRepository(),
		private readonly ContributionRepository $contributions = new ContributionRepository(),
	) {
	}

	/** @param string $rule The badge's rule (what a cohort award was for differs by badge). */
	public function words( Award $award, string $rule ): string {
		switch ( $award->reason ) {
			case Award::FOR_MATCH:
				$match = $this->matches->find( $award->object_id );
				$other = null === $match ? 0 : ( $match->mentee_id === $award->user_id ? $match->mentor_id : $match->mentee_id );
				$name  = $other > 0 ? DisplayName::of( $other ) : '';
				return '' === $name
					? __( 'Completed a mentorship', 'wayfinder' )
					/* translators: %s: the other person of the mentorship. */
					: sprintf( __( 'Completed the mentorship with %s', 'wayfinder' ), $name );
			case Award::FOR_COHORT:
				$cohort = CohortPostType::find( $award->object_id );
				$name   = null === $cohort ? __( 'a cohort', 'wayfinder' ) : $cohort->name;
				if ( Badge::MENTOR === $rule ) {
					/* translators: %s: a cohort's name. */
					return sprintf( __( 'Mentored a graduate of %s', 'wayfinder' ), $name );
				}
				if ( Badge::FACILITATOR === $rule ) {
					/* translators: %s: a cohort's name. */
					return sprintf( __( 'Led group sessions of %s', 'wayfinder' ), $name );
				}
				/* translators: %s: a cohort's name. */
				return sprintf( __( 'Graduated from %s', 'wayfinder' ), $name );
			case Award::FOR_CONTRIBUTION:
				$contribution = $this->contributions->find( $award->object_id );
				$what         = null === $contribution ? '' : ( '' !== $contribution->summary ? $contribution->summary : $contribution->url );
				return '' === $what
					? __( 'Verified contribution', 'wayfinder' )
					/* translators: %s: what the contribution was (its summary or link). */
					: sprintf( __( 'Verified contribution: %s', 'wayfinder' ), $what );
			default:
				/* translators: %s: the coordinator's evidence of what the person did. */
				return sprintf( __( 'By hand: %s', 'wayfinder' ), $award->evidence );
		}
	}
}
