<?php
/**
 * Recognition: where people see badges — the Badges block (and on author archives), the mentor card
 * and the directory (through Directory\MentorCard's hooks, one query a listing), "Your badges and
 * certificates" in My mentorship with its routes and no-JavaScript form, and the printable certificate.
 * Uses Badges\ and Credentials\; nothing uses Recognition\.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

use Wayfinder\Directory\MentorCard;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;

final class RecognitionModule implements Module {

	public function register( Container $services ): void {
		$services->share( MentorBadges::class, static fn ( Container $c ): MentorBadges => new MentorBadges( $c->get( PublicBadges::class ) ) );
		add_action( MentorCard::LISTED, static fn ( array $user_ids ) => $services->get( MentorBadges::class )->listed( array_values( array_map( 'intval', $user_ids ) ) ) );
		add_action( MentorCard::EXTRAS, static fn ( int $user_id ) => $services->get( MentorBadges::class )->render( $user_id ) );
		add_filter( 'render_block_core/query-title', array( BadgesBlock::class, 'in_author_archive' ), 10, 2 );

		add_action( 'rest_api_init', static fn () => $services->get( MyBadgesController::class )->register_routes() );
		add_action( 'wayfinder_my_sections', static fn ( int $user_id, string $region = 'wayfinder' ) => $services->get( MyBadgesSection::class )->render( $user_id, $region ), 30, 2 );
		PageForms::add(
			new PageAction(
				MyBadgesSection::ACTION,
				'POST',
				'me/badges/%d',
				fields: array( 'shown' ),
				check: static fn ( array $post ): string => isset( $post['shown'] ) && in_array( $post['shown'], array( '0', '1' ), true ) ? '' : __( 'Choose whether the badge shows on your profile.', 'wayfinder' ),
			)
		);

		add_action( 'template_redirect', static fn () => $services->get( CertificatePage::class )->maybe_serve(), 1 );
	}
}
