<?php
/**
 * The demo site's pages: "Mentorship" (slug mentorship) with the mentoring button and My mentorship,
 * so `npm start` shows the community side of the program, and "Survey" (slug survey) with the Survey
 * block, where invitation e-mails link to. Created once; a page that exists (even one
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
		$page = get_page_by_path( self::MENTORSHIP, OBJECT, 'page' );
		if ( $page instanceof \WP_Post ) {
			return $page->ID;
		}
		$content = "<!-- wp:paragraph -->\n<p>" . esc_html__( 'New contributors get a mentor who helps them find their way around; experienced contributors mentor them. Start here.', 'wayfinder' ) . "</p>\n<!-- /wp:paragraph -->\n\n"
			. "<!-- wp:wayfinder/mentoring-button /-->\n\n<!-- wp:wayfinder/my-mentorship /-->";
		$id      = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_name'    => self::MENTORSHIP,
				'post_title'   => __( 'Mentorship', 'wayfinder' ),
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

	/** The slug of the page with the Survey block, where invitation e-mails link to. */
	public const SURVEY = 'survey';

	/** @return int The Survey page's ID. */
	public static function survey(): int {
		$page = get_page_by_path( self::SURVEY, OBJECT, 'page' );
		if ( $page instanceof \WP_Post ) {
			return $page->ID;
		}
		$id = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_name'    => self::SURVEY,
				'post_title'   => __( 'Survey', 'wayfinder' ),
				'post_content' => '<!-- wp:wayfinder/survey /-->',
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
