<?php
/**
 * Whose contributions Wayfinder records and asks about: newcomers taking part in the program (a
 * mentoring profile or a cohort place) — not coordinators, mentors or team representatives, who verify
 * contributions rather than have theirs verified. The mark in the person's meta is read first: no query.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\ProfileRepository;

final class Contributors {

	public static function takes_part( int $user_id ): bool {
		if ( $user_id <= 0 || Capabilities::can_coordinate( $user_id ) || Capabilities::can_mentor( $user_id ) || Capabilities::can_represent_team( $user_id ) ) {
			return false;
		}
		return '' !== (string) get_user_meta( $user_id, CohortMemberRepository::IN_A_COHORT, true ) || ( new ProfileRepository() )->exists( $user_id );
	}
}
