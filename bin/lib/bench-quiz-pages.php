<?php
/**
 * The pages `npm run bench:pages` (second part) compares (run through bin/lib/wp.php eval on the bench site): the
 * same text, one page with the "Get involved" quiz block and one without. Prints each page's path,
 * then the default quiz's ID. Idempotent: existing pages are kept.
 *
 * @package Wayfinder
 */

$wayfinder_text = '<!-- wp:paragraph --><p>Not sure where to start contributing? Answer a few questions: you will see the teams that fit you, why, and how to start.</p><!-- /wp:paragraph -->';
foreach ( array(
	'bench-quiz'       => $wayfinder_text . '<!-- wp:wayfinder/orientation-quiz /-->',
	'bench-quiz-plain' => $wayfinder_text,
) as $wayfinder_slug => $wayfinder_content ) {
	if ( ! get_page_by_path( $wayfinder_slug ) ) {
		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Get involved',
				'post_name'    => $wayfinder_slug,
				'post_content' => $wayfinder_content,
			)
		);
	}
	echo esc_html( '/' . $wayfinder_slug . '/' ) . "\n";
}
echo (int) \Wayfinder\Orientation\QuizSeeder::default_quiz_id() . "\n";
