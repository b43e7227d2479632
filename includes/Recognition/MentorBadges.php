<?php
/**
 * A mentor's shown badges on their mentor card and in the directory (Directory\MentorCard's hooks):
 * small pictures with each badge's name as text. A listing tells every mentor's ID first, so the whole
 * page's badges come from one query.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

final class MentorBadges {

	public function __construct( private readonly PublicBadges $badges ) {
	}

	/**
	 * Before a listing renders: every listed mentor's badges, at once.
	 *
	 * @param list<int> $user_ids
	 */
	public function listed( array $user_ids ): void {
		$this->badges->prime( $user_ids );
	}

	/** Inside the mentor's card: their badges, escaped; nothing when they show none. */
	public function render( int $user_id ): void {
		echo $this->html( $user_id ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
	}

	public function html( int $user_id ): string {
		$views = $this->badges->of( $user_id );
		if ( array() === $views ) {
			return '';
		}
		// The card is named after the mentor already: "Badges" is enough (and costs no look-up of the name).
		return '<div class="wayfinder-mentor-card__badges">' . BadgeList::compact( $views, __( 'Badges', 'wayfinder' ) ) . '</div>';
	}
}
