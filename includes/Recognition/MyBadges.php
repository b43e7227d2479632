<?php
/**
 * A person's own badges, for My mentorship and GET /me/badges: every award (standing and revoked,
 * newest first) in words for the person, with their downloads, printable certificate and
 * verification link while it stands; and their choice of which show publicly (their own awards only).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Awarding;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Credentials\Credential;
use Wayfinder\Credentials\CredentialLinks;
use Wayfinder\Credentials\CredentialRepository;
use WP_Error;

final class MyBadges {

	public function __construct(
		private readonly AwardRepository $awards = new AwardRepository(),
		private readonly CredentialRepository $credentials = new CredentialRepository(),
	) {
	}

	/**
	 * The person's awards.
	 *
	 * @return list<array<string, mixed>> BadgeView::of() for the person, with `downloads` (format => url),
	 *         `certificate` (url) — both empty once revoked.
	 */
	public function of( int $user_id ): array {
		$awards = $user_id > 0 ? $this->awards->of_user( $user_id ) : array();
		if ( array() === $awards ) {
			return array();
		}
		$badges      = BadgeView::badges_of( $awards );
		$credentials = $this->credentials->current_for_awards( array_map( static fn ( Award $award ): int => $award->id, $awards ) );
		$views       = array();
		foreach ( $awards as $award ) {
			if ( isset( $badges[ $award->badge_id ] ) ) {
				$views[] = $this->view( $award, $credentials[ $award->id ] ?? null, $badges[ $award->badge_id ] );
			}
		}
		return $views;
	}

	/**
	 * Shows or hides one of the person's own awards on their profile, the mentor card and the directory.
	 *
	 * @return array<string, mixed>|WP_Error The award as of() gives it, with a `message`.
	 */
	public function choose( int $award_id, int $user_id, bool $shown ): array|WP_Error {
		$award = $this->awards->find( $award_id );
		$badge = null === $award ? null : BadgePostType::find( $award->badge_id );
		if ( null === $award || null === $badge || $award->user_id !== $user_id || $user_id <= 0 ) {
			return self::not_found();
		}
		if ( $award->is_revoked() ) {
			return new WP_Error( 'wayfinder_badge_revoked', __( 'This badge was revoked, so it is not shown anywhere.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$chosen = ( new Awarding( $this->awards ) )->choose_shown( $award, $shown );
		/* translators: %s: a badge's name. */
		$message = $shown ? __( 'Your %s badge now shows on your profile.', 'wayfinder' ) : __( 'Your %s badge is now hidden from your profile.', 'wayfinder' );
		return $this->view( $chosen, $this->credentials->current_for_award( $chosen->id ), $badge ) + array( 'message' => sprintf( $message, $badge->name ) );
	}

	public static function not_found(): WP_Error {
		return new WP_Error( 'wayfinder_badge_not_found', __( 'There is no badge of yours with that number. Reload the page to see your badges.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	/** @return array<string, mixed> */
	private function view( Award $award, ?Credential $credential, Badge $badge ): array {
		$view      = BadgeView::of( $award, $badge, BadgeView::OWN, $credential );
		$standing  = ! $award->is_revoked();
		$downloads = array();
		foreach ( CredentialLinks::FORMAT as $format ) {
			$downloads[ $format ] = $standing ? CredentialLinks::download( $award->id, $format ) : '';
		}
		return $view + array(
			'downloads'   => $downloads,
			'certificate' => $standing ? CredentialLinks::certificate( $award->id ) : '',
		);
	}
}
