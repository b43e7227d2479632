<?php
/**
 * The printable certificate of an award (?wayfinder_certificate=<award id>, on template_redirect): a
 * standalone page for the award's person or a coordinator that prints on one A4 or Letter page
 * (portrait) and saves as PDF from the browser's print dialog. It names the issuer (the site), the
 * person, the achievement and its description, the cohort it was earned in, the date, and the
 * verification link as text and as a QR code (drawn by the `certificate/index` script; the text stays
 * without JavaScript). Signed out: to the login and back; anyone else: 404; a revoked award says so.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Credentials\CredentialLinks;
use Wayfinder\Credentials\CredentialRepository;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\DisplayName;

use const Wayfinder\PLUGIN_DIR;
use const Wayfinder\PLUGIN_FILE;

final class CertificatePage {

	/** Asks Credentials\ to issue the award's credential when it has none yet (the action's handler issues it). */
	public const ISSUE = 'wayfinder_issue_credential';

	/** The script that draws the QR code. */
	public const SCRIPT = 'wayfinder-certificate';

	public function __construct(
		private readonly AwardRepository $awards = new AwardRepository(),
		private readonly CredentialRepository $credentials = new CredentialRepository(),
	) {
	}

	/** On template_redirect: the certificate the address asks for, instead of the theme's page. */
	public function maybe_serve(): void {
		// A link to look at, no change: no nonce.
		$asked = isset( $_GET[ CredentialLinks::CERTIFICATE ] ) ? absint( wp_unslash( $_GET[ CredentialLinks::CERTIFICATE ] ) ) : null; // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		if ( null === $asked ) {
			return;
		}
		$answer = $this->respond( $asked, get_current_user_id() );
		if ( isset( $answer['redirect'] ) ) {
			wp_safe_redirect( $answer['redirect'] );
			exit;
		}
		status_header( $answer['status'] );
		nocache_headers();
		header( 'Content-Type: text/html; charset=' . get_option( 'blog_charset' ) );
		header( 'X-Robots-Tag: noindex' );
		echo $answer['html']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
		exit;
	}

	/**
	 * What the address answers for the viewer: a redirect to the login, or a status and the page.
	 *
	 * @return array{status: int, html: string, redirect?: string}
	 */
	public function respond( int $award_id, int $viewer ): array {
		if ( $viewer <= 0 ) {
			return array(
				'status'   => 302,
				'html'     => '',
				'redirect' => wp_login_url( CredentialLinks::certificate( $award_id ) ),
			);
		}
		$award = $this->awards->find( $award_id );
		$badge = null === $award ? null : BadgePostType::find( $award->badge_id );
		if ( null === $award || null === $badge || ( $award->user_id !== $viewer && ! Capabilities::can_coordinate( $viewer ) ) ) {
			return array(
				'status' => 404,
				'html'   => self::page(
					__( 'Certificate not found', 'wayfinder' ),
					'<main class="wayfinder-certificate-message"><h1>' . esc_html__( 'Certificate not found', 'wayfinder' ) . '</h1><p>' . esc_html__( 'There is no certificate at this address that you can see. Each person sees the certificates of their own badges: sign in with the account that earned the badge, or find your certificates in My mentorship.', 'wayfinder' ) . '</p><p><a href="' . esc_url( home_url( '/' ) ) . '">' . esc_html__( 'Go to the home page', 'wayfinder' ) . '</a></p></main>'
				),
			);
		}
		if ( $award->is_revoked() ) {
			return array(
				'status' => 200,
				'html'   => self::page(
					$badge->name,
					'<main class="wayfinder-certificate-message"><h1>' . esc_html( $badge->name ) . '</h1><p>' . esc_html(
						sprintf(
							/* translators: 1: a date, 2: the coordinator's reason. */
							__( 'This badge was revoked on %1$s, so it has no certificate: %2$s', 'wayfinder' ),
							BadgeView::date( (string) $award->revoked_at ),
							$award->revoke_reason
						)
					) . '</p></main>'
				),
			);
		}
		return array(
			'status' => 200,
			'html'   => self::page( $badge->name, $this->certificate( $award, $badge ), true ),
		);
	}

	/** The certificate itself, escaped. */
	private function certificate( Award $award, Badge $badge ): string {
		if ( null === $this->credentials->current_for_award( $award->id ) ) {
			do_action( 'wayfinder_issue_credential', $award->id );
		}
		$credential = $this->credentials->current_for_award( $award->id );
		$verify     = CredentialLinks::verify( null === $credential ? '' : $credential->uuid );
		$issuer     = (string) get_bloginfo( 'name' );
		$cohort     = $this->cohort_name( $award );
		$date       = BadgeView::date( $award->awarded_at );
		$iso        = gmdate( 'Y-m-d', (int) strtotime( $award->awarded_at . ' UTC' ) );

		$html  = '<main class="wayfinder-certificate" aria-labelledby="wayfinder-certificate-title">';
		$html .= '<p class="wayfinder-certificate__issuer">' . esc_html( $issuer ) . '</p>';
		$html .= '<h1 id="wayfinder-certificate-title" class="wayfinder-certificate__title">' . esc_html__( 'Certificate', 'wayfinder' ) . '</h1>';
		$html .= '<p class="wayfinder-certificate__lead">' . esc_html__( 'This certifies that', 'wayfinder' ) . '</p>';
		$html .= '<p class="wayfinder-certificate__person">' . esc_html( DisplayName::of( $award->user_id ) ) . '</p>';
		$html .= '<p class="wayfinder-certificate__lead">' . esc_html__( 'has earned', 'wayfinder' ) . '</p>';
		$html .= '<div class="wayfinder-certificate__achievement">';
		$html .= '<img src="' . esc_url( $badge->image_url ) . '" alt="' . esc_attr( $badge->name ) . '" width="112" height="112">';
		$html .= '<div><h2>' . esc_html( $badge->name ) . '</h2>';
		if ( '' !== trim( $badge->description ) ) {
			$html .= '<p>' . esc_html( $badge->description ) . '</p>';
		}
		if ( '' !== trim( $badge->criteria ) ) {
			/* translators: %s: how the badge is earned, in words. */
			$html .= '<p class="wayfinder-certificate__criteria">' . esc_html( sprintf( __( 'Criteria: %s', 'wayfinder' ), $badge->criteria ) ) . '</p>';
		}
		$html .= '<p>' . esc_html( BadgeView::why( $award, $badge, BadgeView::PUBLIC ) ) . '</p>';
		$html .= '</div></div>';
		$html .= '<dl class="wayfinder-certificate__facts">';
		if ( '' !== $cohort ) {
			$html .= '<div><dt>' . esc_html__( 'Cohort', 'wayfinder' ) . '</dt><dd>' . esc_html( $cohort ) . '</dd></div>';
		}
		$html .= '<div><dt>' . esc_html__( 'Date', 'wayfinder' ) . '</dt><dd><time datetime="' . esc_attr( $iso ) . '">' . esc_html( $date ) . '</time></dd></div>';
		$html .= '<div><dt>' . esc_html__( 'Issued by', 'wayfinder' ) . '</dt><dd>' . esc_html( $issuer ) . ' (' . esc_html( (string) wp_parse_url( home_url( '/' ), PHP_URL_HOST ) ) . ')</dd></div>';
		$html .= '</dl>';
		$html .= '<div class="wayfinder-certificate__verify">';
		$html .= '<div class="wayfinder-certificate__qr" data-wayfinder-qr="' . esc_attr( $verify ) . '" hidden></div>';
		$html .= '<p>' . esc_html__( 'Verify this certificate:', 'wayfinder' ) . '<br><a href="' . esc_url( $verify ) . '">' . esc_html( $verify ) . '</a>';
		if ( null === $credential ) {
			$html .= '<br><span class="wayfinder-certificate__note">' . esc_html__( 'The certificate’s own verification link appears here once its credential is issued: download the credential from My mentorship, then print this page again.', 'wayfinder' ) . '</span>';
		}
		$html .= '</p></div>';
		$html .= '<p class="wayfinder-certificate__actions"><button type="button" data-wayfinder-print hidden>' . esc_html__( 'Print or save as PDF', 'wayfinder' ) . '</button></p>';
		return $html . '</main>';
	}

	/** The cohort the award was earned in: the cohort itself, or the cohort of the mentorship. */
	private function cohort_name( Award $award ): string {
		$cohort_id = 0;
		if ( Award::FOR_COHORT === $award->reason ) {
			$cohort_id = $award->object_id;
		} elseif ( Award::FOR_MATCH === $award->reason ) {
			$match     = ( new MatchRepository() )->find( $award->object_id );
			$cohort_id = null === $match ? 0 : (int) $match->cohort_id;
		}
		$cohort = $cohort_id > 0 ? CohortPostType::find( $cohort_id ) : null;
		return null === $cohort ? '' : $cohort->name;
	}

	/** A whole standalone page, escaped: the title, the body given (escaped) and, for a certificate, its script. */
	private static function page( string $title, string $body, bool $script = false ): string {
		$html  = '<!DOCTYPE html><html ' . get_language_attributes() . '><head><meta charset="' . esc_attr( (string) get_option( 'blog_charset' ) ) . '">';
		$html .= '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">';
		/* translators: 1: the page's subject, 2: the site's name. */
		$html .= '<title>' . esc_html( sprintf( __( '%1$s — %2$s', 'wayfinder' ), $title, get_bloginfo( 'name' ) ) ) . '</title>';
		$html .= '<style>' . self::css() . '</style></head><body>' . $body;
		if ( $script ) {
			$html .= self::script_tag();
		}
		return $html . '</body></html>';
	}

	/** The QR script's tag (the build's `certificate/index`), or nothing when the build is missing. */
	private static function script_tag(): string {
		$asset = PLUGIN_DIR . '/build/certificate/index.asset.php';
		if ( ! is_readable( $asset ) ) {
			return '';
		}
		$meta = require $asset;
		$ver  = is_array( $meta ) && isset( $meta['version'] ) ? (string) $meta['version'] : '';
		return '<script src="' . esc_url( add_query_arg( 'ver', $ver, plugins_url( 'build/certificate/index.js', PLUGIN_FILE ) ) ) . '" defer></script>'; // phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- a standalone page without wp_head().
	}

	/**
	 * On screen a card; in print one portrait page that fits both A4 (210 × 297 mm) and Letter
	 * (216 × 279 mm): the certificate is at most 186 × 250 mm inside 12 mm margins, and never breaks.
	 */
	private static function css(): string {
		return 'html{font-family:Georgia,"Times New Roman",serif;color:#1e1e1e;background:#f4f1ea;}'
			. 'body{margin:0;padding:1.5rem;}'
			. '.wayfinder-certificate,.wayfinder-certificate-message{box-sizing:border-box;max-width:50rem;margin:0 auto;background:#fff;border:3px double #6b5b3e;padding:2.5rem 2rem;text-align:center;}'
			. '.wayfinder-certificate__issuer{font-size:1.1rem;letter-spacing:.08em;text-transform:uppercase;margin:0;}'
			. '.wayfinder-certificate__title{font-size:2.6rem;margin:.4rem 0 1rem;font-weight:400;letter-spacing:.04em;}'
			. '.wayfinder-certificate__lead{margin:.2rem 0;font-style:italic;}'
			. '.wayfinder-certificate__person{font-size:2rem;margin:.3rem 0 .6rem;border-bottom:1px solid #6b5b3e;display:inline-block;padding:0 1.5rem .2rem;}'
			. '.wayfinder-certificate__achievement{display:flex;gap:1.25rem;align-items:center;justify-content:center;text-align:start;margin:1rem auto;max-width:38rem;}'
			. '.wayfinder-certificate__achievement img{flex:none;border-radius:50%;}'
			. '.wayfinder-certificate__achievement h2{margin:0 0 .3rem;font-size:1.5rem;}'
			. '.wayfinder-certificate__achievement p{margin:0 0 .4rem;}'
			. '.wayfinder-certificate__criteria{font-size:.9rem;}'
			. '.wayfinder-certificate__facts{display:flex;flex-wrap:wrap;justify-content:center;gap:.5rem 2.5rem;margin:1.25rem 0;}'
			. '.wayfinder-certificate__facts dt{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;}'
			. '.wayfinder-certificate__facts dd{margin:0;font-size:1.05rem;}'
			. '.wayfinder-certificate__verify{display:flex;gap:1rem;align-items:center;justify-content:center;text-align:start;font-size:.85rem;}'
			. '.wayfinder-certificate__verify a{color:#1e1e1e;word-break:break-all;}'
			. '.wayfinder-certificate__qr{flex:none;width:28mm;height:28mm;}'
			. '.wayfinder-certificate__qr svg{width:100%;height:100%;}'
			. '.wayfinder-certificate__note{font-style:italic;}'
			. '.wayfinder-certificate__actions button{font:inherit;font-size:1rem;padding:.6rem 1.2rem;cursor:pointer;background:#1e1e1e;color:#fff;border:0;border-radius:4px;}'
			. '.wayfinder-certificate__actions button:focus-visible{outline:3px solid #6b5b3e;outline-offset:2px;}'
			. '@media (max-width:40rem){.wayfinder-certificate__achievement,.wayfinder-certificate__verify{flex-direction:column;text-align:center;}}'
			. '@page{size:portrait;margin:12mm;}'
			. '@media print{html,body{background:#fff;}body{padding:0;}'
			. '.wayfinder-certificate{width:186mm;max-width:186mm;padding:14mm 12mm;break-inside:avoid;page-break-inside:avoid;font-size:11pt;}'
			. '.wayfinder-certificate__title{font-size:28pt;}.wayfinder-certificate__person{font-size:22pt;}'
			. '.wayfinder-certificate__actions{display:none;}a{text-decoration:none;}}';
	}
}
