<?php
/**
 * "Your badges and certificates" in My mentorship (on the `wayfinder_my_sections` hook): each of the
 * person's awards with why it was earned; while it stands, whether it shows on their profile (a page
 * form that works without JavaScript: the `show_badge` PageAction), the downloads of its credential,
 * the printable certificate and its verification; a revoked one with its reason and nothing else.
 * With none yet, how badges are earned.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

use Wayfinder\Credentials\CredentialLinks;
use Wayfinder\Platform\PageForms;

final class MyBadgesSection {

	/** The page action that shows or hides an award. */
	public const ACTION = 'show_badge';

	/** The section's anchor (links may lead to it). */
	public const ANCHOR = 'wayfinder-my-badges';

	/** The block whose forms these are (notices show there). */
	private const PLACE = 'my-mentorship';

	public function __construct( private readonly MyBadges $badges = new MyBadges() ) {
	}

	/**
	 * @param int    $user_id The person looking.
	 * @param string $region  A prefix for element IDs unique on the page.
	 */
	public function render( int $user_id, string $region = 'wayfinder' ): void {
		if ( $user_id <= 0 ) {
			return;
		}
		echo $this->html( $user_id, $region ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
	}

	/** The section, escaped. */
	public function html( int $user_id, string $region = 'wayfinder' ): string {
		$views = $this->badges->of( $user_id );
		$id    = $region . '-badges';
		BadgeList::enqueue_style();
		$html  = '<section class="wayfinder-section wayfinder-section--badges" id="' . esc_attr( self::ANCHOR ) . '" aria-labelledby="' . esc_attr( $id ) . '">';
		$html .= '<h2 id="' . esc_attr( $id ) . '">' . esc_html__( 'Your badges and certificates', 'wayfinder' ) . '</h2>';
		if ( array() === $views ) {
			$html .= '<p>' . esc_html__( 'You have no badges yet. Badges recognise what you do: mentoring someone to a completed mentorship, completing a mentorship as a mentee, graduating from a cohort with a verified contribution, leading a cohort’s group sessions, and verified contributions to a team. A coordinator can also award one for something else you did. Each badge comes with a certificate anyone can verify.', 'wayfinder' ) . '</p>';
			return $html . '</section>';
		}
		$html .= '<p>' . esc_html__( 'Choose which badges show on your profile, your mentor card and in the mentor directory. Each badge comes with a certificate: download it, print it, or send its verification link to anyone who wants to check it.', 'wayfinder' ) . '</p>';
		$html .= '<ul class="wayfinder-my-badges" role="list">';
		foreach ( $views as $n => $view ) {
			$html .= $this->item( $view, $id . '-' . $n );
		}
		return $html . '</ul></section>';
	}

	/**
	 * One award, escaped.
	 *
	 * @param array<string, mixed> $view MyBadges::of() for one award.
	 */
	private function item( array $view, string $id ): string {
		$html  = '<li class="wayfinder-my-badge' . ( $view['revoked'] ? ' is-revoked' : '' ) . '">';
		$html .= BadgeList::image( $view, 72 );
		$html .= '<div class="wayfinder-my-badge__text">';
		$html .= '<h3 id="' . esc_attr( $id ) . '">' . esc_html( (string) $view['name'] ) . '</h3>';
		$html .= '<p>' . esc_html( (string) $view['why'] ) . '</p>';
		$html .= '<p class="wayfinder-meta">' . sprintf(
			/* translators: %s: a date. */
			esc_html__( 'Earned %s', 'wayfinder' ),
			'<time datetime="' . esc_attr( (string) $view['earned_iso'] ) . '">' . esc_html( (string) $view['earned'] ) . '</time>'
		) . '</p>';
		if ( $view['revoked'] ) {
			$html .= '<p class="wayfinder-notice is-error">' . esc_html(
				sprintf(
					/* translators: 1: a date, 2: the coordinator's reason. */
					__( 'Revoked on %1$s: %2$s It no longer shows anywhere, and its certificate no longer verifies.', 'wayfinder' ),
					(string) $view['revoked_on'],
					(string) $view['revoke_reason']
				)
			) . '</p>';
			return $html . '</div></li>';
		}
		$shown = (bool) $view['shown'];
		$html .= '<p class="wayfinder-my-badge__shown">' . esc_html( $shown ? __( 'Shown on your profile.', 'wayfinder' ) : __( 'Hidden from your profile.', 'wayfinder' ) ) . '</p>';
		$html .= PageForms::form(
			self::ACTION,
			(int) $view['id'],
			self::PLACE,
			array(
				'label'        => $shown ? __( 'Hide from my profile', 'wayfinder' ) : __( 'Show on my profile', 'wayfinder' ),
				'inner'        => '<input type="hidden" name="shown" value="' . ( $shown ? '0' : '1' ) . '">',
				'describedby'  => $id,
				'button_class' => 'wp-element-button is-secondary',
				'anchor'       => self::ANCHOR,
			)
		);
		$links = array(
			array( (string) $view['downloads'][ CredentialLinks::JWT ], __( 'Credential (JWT)', 'wayfinder' ), true ),
			array( (string) $view['downloads'][ CredentialLinks::JSON ], __( 'Credential (JSON)', 'wayfinder' ), true ),
			array( (string) $view['downloads'][ CredentialLinks::PNG ], __( 'Badge image with the credential inside', 'wayfinder' ), true ),
			array( (string) $view['certificate'], __( 'Print the certificate', 'wayfinder' ), false ),
		);
		if ( '' !== $view['verify'] ) {
			$links[] = array( (string) $view['verify'], __( 'Verify', 'wayfinder' ), false );
		}
		$html .= '<ul class="wayfinder-my-badge__links" aria-labelledby="' . esc_attr( $id ) . '">';
		foreach ( $links as list( $url, $label, $download ) ) {
			$html .= '<li><a href="' . esc_url( $url ) . '"' . ( $download ? ' download' : '' ) . ' aria-describedby="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</a></li>';
		}
		return $html . '</ul></div></li>';
	}
}
