<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Orientation;

use Wayfinder\Demo\DemoContent;
use Wayfinder\Tests\Integration\TestCase;

final class GetInvolvedPageTest extends TestCase {

	public function test_the_demo_publishes_one_get_involved_page_with_the_quiz(): void {
		$id   = DemoContent::get_involved_page();
		$page = get_post( $id );
		$this->assertSame( 'get-involved', $page->post_name );
		$this->assertSame( 'publish', $page->post_status );
		$this->assertTrue( has_block( 'wayfinder/orientation-quiz', $page ) );

		$this->assertSame( $id, DemoContent::get_involved_page(), 'loading again makes no second page' );
		wp_update_post(
			array(
				'ID'           => $id,
				'post_content' => '<!-- wp:paragraph --><p>Edited.</p><!-- /wp:paragraph -->',
			)
		);
		DemoContent::get_involved_page();
		$this->assertTrue( has_block( 'wayfinder/orientation-quiz', get_post( $id ) ), 'the quiz is put back' );
		$this->assertCount(
			1,
			get_posts(
				array(
					'name'        => 'get-involved',
					'post_type'   => 'page',
					'post_status' => 'any',
				)
			)
		);
	}
}
