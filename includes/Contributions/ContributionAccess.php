<?php
/**
 * Who may see, add, verify and reject a person's contributions.
 *
 * - See: the person; any mentor who mentors or mentored them (a 1:1 match — cohort pairs included —
 *   or their project group's leader); coordinators; the representatives of any team they have a
 *   contribution for or that they are heading to (a hand-off).
 * - Verify or reject: their mentor (now or before), a representative of the contribution's team, a
 *   coordinator — never the person themselves. Rejecting a verified one: coordinators only.
 * - Add: the person, or their current mentor on their behalf.
 *
 * Team representatives: `Teams\Representatives`.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Teams\Representatives;

final class ContributionAccess {

	public function __construct(
		private readonly ContributionAccessRepository $links = new ContributionAccessRepository(),
		private readonly ContributionRepository $contributions = new ContributionRepository(),
		private readonly Representatives $representatives = new Representatives(),
	) {
	}

	/** Whether $viewer may see $person's contributions (all of them, whatever their status). */
	public function can_see( int $viewer, int $person ): bool {
		if ( $viewer <= 0 || $person <= 0 ) {
			return false;
		}
		if ( $viewer === $person || Capabilities::can_coordinate( $viewer ) || $this->links->has_mentored( $viewer, $person ) ) {
			return true;
		}
		$mine = $this->representatives->teams_of( $viewer );
		if ( array() === $mine ) {
			return false;
		}
		$theirs = array_merge( $this->contributions->teams_of_user( $person ), $this->links->heading_to( $person ) );
		return array() !== array_intersect( $mine, $theirs );
	}

	/** Whether $viewer may verify this contribution (or reject it while it is unverified). */
	public function can_review( int $viewer, Contribution $contribution ): bool {
		if ( $viewer <= 0 || $viewer === $contribution->user_id ) {
			return false;
		}
		return Capabilities::can_coordinate( $viewer )
			|| ( '' !== $contribution->team && $this->representatives->represents( $viewer, $contribution->team ) )
			|| $this->links->has_mentored( $viewer, $contribution->user_id );
	}

	/** Whether $viewer may reject a contribution that is already verified: coordinators, never the person. */
	public function can_overturn( int $viewer, Contribution $contribution ): bool {
		return $viewer > 0 && $viewer !== $contribution->user_id && Capabilities::can_coordinate( $viewer );
	}

	/** Whether $viewer may add a contribution for $person: themselves, or their current mentor. */
	public function can_add( int $viewer, int $person ): bool {
		if ( $viewer <= 0 || $person <= 0 ) {
			return false;
		}
		return $viewer === $person || in_array( $viewer, $this->links->current_mentors( $person ), true );
	}

	/**
	 * The person's current mentors (who hear of what they add by hand).
	 *
	 * @return list<int>
	 */
	public function current_mentors( int $person ): array {
		return $this->links->current_mentors( $person );
	}

	/**
	 * Everyone the mentor mentors or mentored.
	 *
	 * @return list<int>
	 */
	public function mentees_of( int $mentor ): array {
		return $this->links->mentees_of( $mentor );
	}
}
