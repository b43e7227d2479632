<?php
/**
 * The two pages `npm run bench:pages` compares (run through bin/lib/wp.php eval on the bench site):
 * the same text, one page with the mentor directory block and one without. Prints each page's path.
 * Idempotent: existing pages are kept.
 *
 * @package Wayfinder
 */

$wayfinder_text = '<!-- wp:paragraph --><p>Our mentors help new contributors find their way: pick a team, a language and a time that suits you, then ask one of them.</p><!-- /wp:paragraph -->';
foreach ( array(
	'bench-directory' => $wayfinder_text . '<!-- wp:wayfinder/mentor-directory /-->',
	'bench-plain'     => $wayfinder_text,
) as $wayfinder_slug => $wayfinder_content ) {
	$wayfinder_page = get_page_by_path( $wayfinder_slug );
	if ( ! $wayfinder_page ) {
		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Mentors',
				'post_name'    => $wayfinder_slug,
				'post_content' => $wayfinder_content,
			)
		);
	}
	echo esc_html( '/' . $wayfinder_slug . '/' ) . "\n";
}
