<?php
/**
 * The demo site's pages: "Mentorship" (slug mentorship) with the mentoring button and My mentorship,
 * so `npm start` shows the community side of the program, and "Survey" (slug survey) with the Survey
 * block, where invitation e-mails link to, and "Certificates" (slug verify) with the Verify a
 * certificate block, where every certificate's link and QR code lead. Created once; a page that exists (even one
 * someone edited since) is left as it is.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

final class DemoPages {

	public const MENTORSHIP = 'mentorship';

	/** @return int The Mentorship page's ID. */
	public static function mentorship(): int {
		$content = "<!-- wp:paragraph -->\n<p>" . esc_html__( 'New contributors get a mentor who helps them find their way around; experienced contributors mentor them. Start here.', 'wayfinder' ) . "</p>\n<!-- /wp:paragraph -->\n\n"
			. "<!-- wp:wayfinder/mentoring-button /-->\n\n<!-- wp:wayfinder/my-mentorship /-->";
		return self::page( self::MENTORSHIP, __( 'Mentorship', 'wayfinder' ), $content );
	}

	/** The slug of the page with the Survey block, where invitation e-mails link to. */
	public const SURVEY = 'survey';

	/** @return int The Survey page's ID. */
	public static function survey(): int {
		return self::page( self::SURVEY, __( 'Survey', 'wayfinder' ), '<!-- wp:wayfinder/survey /-->' );
	}

	/** The slug of the Certificates page, with the Verify a certificate block. */
	public const VERIFY = 'verify';

	/** @return int The Certificates page's ID. */
	public static function verify(): int {
		return self::page( self::VERIFY, __( 'Certificates', 'wayfinder' ), '<!-- wp:wayfinder/verify-credential /-->' );
	}

	/**
	 * The published page with this slug: made with the title and content when there is none.
	 *
	 * @throws \RuntimeException When WordPress refuses the page.
	 */
	public static function page( string $slug, string $title, string $content ): int {
		$page = get_page_by_path( $slug, OBJECT, 'page' );
		if ( $page instanceof \WP_Post ) {
			return $page->ID;
		}
		$id = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_name'    => $slug,
				'post_title'   => $title,
				'post_content' => $content,
				'post_author'  => self::author(),
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			throw new \RuntimeException( esc_html( $id->get_error_message() ) );
		}
		return $id;
	}

	/** The demo's coordinator wrote it; on a site without one, the first administrator. */
	private static function author(): int {
		$user = get_user_by( 'login', 'coordinator' );
		if ( $user ) {
			return $user->ID;
		}
		$admins = get_users(
			array(
				'role'   => 'administrator',
				'number' => 1,
				'fields' => 'ID',
			)
		);
		return (int) ( $admins[0] ?? 0 );
	}
}
