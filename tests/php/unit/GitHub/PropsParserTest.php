<?php
/**
 * Props lines in commit messages: which lines count, how names are separated, what is dropped.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\GitHub;

use PHPUnit\Framework\TestCase;
use Wayfinder\GitHub\PropsParser;

final class PropsParserTest extends TestCase {

	public function test_a_wordpress_style_props_line_gives_each_name(): void {
		$message = "Editor: Fix the block inserter's focus.\n\nThe inserter lost focus after a search.\n\nProps joedolson, afercia, sabernhardt.\nFixes #61234.";
		$this->assertSame( array( 'joedolson', 'afercia', 'sabernhardt' ), PropsParser::names( $message ) );
	}

	public function test_props_is_found_in_any_case_with_a_colon_and_on_several_lines(): void {
		$message = "Fix typo.\n\nprops: Ana-Lima and  @kofi_m;\r\nPROPS   ines.dev, ana-lima.";
		$this->assertSame( array( 'Ana-Lima', 'kofi_m', 'ines.dev' ), PropsParser::names( $message ), 'and/@/;/spaces dropped, each name once whatever its case' );
	}

	public function test_only_lines_that_start_with_props_count(): void {
		$this->assertSame( array(), PropsParser::names( "Proposal: rename the hook.\n\nThanks to props from everyone.\nProps-checker: no." ) );
		$this->assertSame( array( 'mateo' ), PropsParser::names( "Fix.\n   Props mateo." ), 'leading spaces are fine' );
	}

	public function test_words_that_cannot_be_names_are_dropped(): void {
		$this->assertSame( array( 'anna' ), PropsParser::names( 'Props anna, <script>, (someone), ' . str_repeat( 'x', 61 ) . '.' ) );
	}

	public function test_a_message_without_props_gives_no_names(): void {
		$this->assertSame( array(), PropsParser::names( '' ) );
		$this->assertSame( array(), PropsParser::names( "Props\nProps." ), 'a props line without names' );
	}

	public function test_names_are_capped(): void {
		$names = array_map( static fn ( int $n ): string => 'user' . $n, range( 1, 150 ) );
		$this->assertCount( PropsParser::MAX_NAMES, PropsParser::names( 'Props ' . implode( ', ', $names ) . '.' ) );
	}
}
