<?php
/**
 * The badges everyone may see of a person: their awards that stand and that they chose to show, in
 * words for the public (BadgeView::PUBLIC). A listing of people (the mentor directory) tells their
 * IDs first (prime()), so every card's badges come from one query.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Credentials\CredentialRepository;

final class PublicBadges {

	/** @var array<int, list<Award>> What was read in this request, by person (an empty list: none). */
	private array $known = array();

	public function __construct(
		private readonly AwardRepository $awards = new AwardRepository(),
		private readonly CredentialRepository $credentials = new CredentialRepository(),
	) {
	}

	/**
	 * Reads the shown awards of everyone listed, in one query, for the cards that follow.
	 *
	 * @param list<int> $user_ids
	 */
	public function prime( array $user_ids ): void {
		$missing = array_values( array_diff( array_unique( array_map( 'intval', $user_ids ) ), array_keys( $this->known ) ) );
		if ( array() === $missing ) {
			return;
		}
		$found = $this->awards->shown_of_users( $missing );
		foreach ( $missing as $user_id ) {
			$this->known[ $user_id ] = $found[ $user_id ] ?? array();
		}
	}

	/**
	 * The person's public badges, newest first.
	 *
	 * @param bool $with_links Also each badge's verification link (one more query, for the credentials).
	 * @return list<array<string, mixed>> BadgeView::of() for each.
	 */
	public function of( int $user_id, bool $with_links = false ): array {
		if ( $user_id <= 0 ) {
			return array();
		}
		$this->prime( array( $user_id ) );
		$awards      = $this->known[ $user_id ] ?? array();
		$badges      = BadgeView::badges_of( $awards );
		$credentials = $with_links && array() !== $awards ? $this->credentials->current_for_awards( array_map( static fn ( Award $award ): int => $award->id, $awards ) ) : array();
		$views       = array();
		foreach ( $awards as $award ) {
			if ( isset( $badges[ $award->badge_id ] ) && $badges[ $award->badge_id ]->is_published() ) {
				$views[] = BadgeView::of( $award, $badges[ $award->badge_id ], BadgeView::PUBLIC, $credentials[ $award->id ] ?? null );
			}
		}
		return $views;
	}

	/** Forgets what was read (a test changes the awards between two renders). */
	public function forget(): void {
		$this->known = array();
	}
}
