<?php
/**
 * Kept options are unserialized once a request, and read again once anyone writes or deletes them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\KeptValues;
use Wayfinder\Tests\Integration\TestCase;

final class KeptValuesTest extends TestCase {

	public function test_a_kept_option_is_read_once_and_again_after_any_write_or_delete(): void {
		update_option( KeptValues::ZONE_OFFSETS, array( 'quarter' => 1 ), true );
		$this->assertSame( array( 'quarter' => 1 ), KeptValues::option( KeptValues::ZONE_OFFSETS ) );

		$unserialized = 0;
		$count        = static function ( $value ) use ( &$unserialized ) {
			++$unserialized;
			return $value;
		};
		add_filter( 'option_' . KeptValues::ZONE_OFFSETS, $count );
		for ( $i = 0; $i < 12; $i++ ) {
			KeptValues::option( KeptValues::ZONE_OFFSETS );
		}
		$this->assertSame( 0, $unserialized, 'read once already: get_option() is not asked again' );
		remove_filter( 'option_' . KeptValues::ZONE_OFFSETS, $count );

		update_option( KeptValues::ZONE_OFFSETS, array( 'quarter' => 2 ), true );
		$this->assertSame( array( 'quarter' => 2 ), KeptValues::option( KeptValues::ZONE_OFFSETS ), 'an update is seen' );
		delete_option( KeptValues::ZONE_OFFSETS );
		$this->assertFalse( KeptValues::option( KeptValues::ZONE_OFFSETS ), 'a delete is seen' );
		add_option( KeptValues::ZONE_OFFSETS, array( 'quarter' => 3 ), '', true );
		$this->assertSame( array( 'quarter' => 3 ), KeptValues::option( KeptValues::ZONE_OFFSETS ), 'an add is seen' );
		add_filter( 'option_' . KeptValues::ZONE_OFFSETS, $count );
		KeptValues::option( KeptValues::ZONE_OFFSETS );
		$this->assertSame( 0, $unserialized, 'and then kept again' );
		remove_filter( 'option_' . KeptValues::ZONE_OFFSETS, $count );
	}
}
