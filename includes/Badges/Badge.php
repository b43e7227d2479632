<?php
/**
 * A badge: what someone earns by what they did (a definition coordinators edit as a `wayfinder_badge`
 * post), with the rule that awards it on its own and, for a team contributor badge, its team.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

final class Badge {

	/** Mentored someone through to a completed mentorship or a graduation. */
	public const MENTOR = 'mentor';
	/** Completed a 1:1 mentorship as the mentee. */
	public const MENTEE = 'mentee';
	/** Graduated from a cohort (graduation needs a verified contribution). */
	public const GRADUATE = 'graduate';
	/** Led a group session of a cohort that finished. */
	public const FACILITATOR = 'facilitator';
	/** Made a verified contribution to the badge's team. */
	public const TEAM_CONTRIBUTOR = 'team_contributor';
	/** Awarded by a coordinator only, with evidence. */
	public const BY_HAND = 'by_hand';
	public const RULES   = array( self::MENTOR, self::MENTEE, self::GRADUATE, self::FACILITATOR, self::TEAM_CONTRIBUTOR, self::BY_HAND );

	public const NAME_LENGTH     = 100;
	public const CRITERIA_LENGTH = 1000;

	/**
	 * @param string $image_url The badge's picture: its featured image, or the default for its rule (a PNG).
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $name,
		public readonly string $description,
		public readonly string $criteria,
		public readonly string $rule,
		public readonly string $team,
		public readonly string $image_url,
		public readonly string $status,
	) {
	}

	public function is_published(): bool {
		return 'publish' === $this->status;
	}

	/** @return array<string, string> Each rule in words, for the editor and the awards list. */
	public static function rule_labels(): array {
		return array(
			self::MENTOR           => __( 'Mentored someone to a completed mentorship or a graduation', 'wayfinder' ),
			self::MENTEE           => __( 'Completed a mentorship as the mentee', 'wayfinder' ),
			self::GRADUATE         => __( 'Graduated from a cohort with a verified contribution', 'wayfinder' ),
			self::FACILITATOR      => __( 'Led a group session of a cohort that finished', 'wayfinder' ),
			self::TEAM_CONTRIBUTOR => __( 'Made a verified contribution to the team', 'wayfinder' ),
			self::BY_HAND          => __( 'Awarded by a coordinator', 'wayfinder' ),
		);
	}
}
