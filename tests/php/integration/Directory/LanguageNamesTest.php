<?php
/**
 * Language names come from PHP's intl extension once and are kept for the next requests.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\LanguageNames;
use Wayfinder\Tests\Integration\TestCase;

final class LanguageNamesTest extends TestCase {

	public function test_a_name_is_intls_and_kept_for_the_next_request(): void {
		$this->assertTrue( class_exists( \Locale::class ), 'this machine has intl' );
		$locale = determine_locale();
		$this->assertSame( \Locale::getDisplayName( 'pt_BR', $locale ), LanguageNames::of( 'pt-BR' ) );
		$this->assertSame( 'Portuguese (Brazil)', get_option( LanguageNames::OPTION )[ $locale ]['pt-BR'] ?? null, 'kept, under the reader’s locale' );
		$this->assertSame( 'Tamil', LanguageNames::of( 'ta' ) );
		$this->assertSame( 'qqq', LanguageNames::of( 'qqq' ), 'a code intl does not know is shown as it is' );
		$kept = get_option( LanguageNames::OPTION )[ $locale ];
		$this->assertSame( 'Tamil', $kept['ta'] );
		$this->assertSame( 'qqq', $kept['qqq'] );
	}
}
