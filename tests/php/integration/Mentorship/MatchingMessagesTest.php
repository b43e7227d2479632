<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Matching\Messages;
use Wayfinder\Mentorship\MatchingMessages;
use Wayfinder\Tests\Integration\TestCase;

final class MatchingMessagesTest extends TestCase {

	/** @return array<string, array{0: string, 1: list<string|int>}> */
	public function codes(): array {
		$params = array(
			'languages.shared'        => array( 'en' ),
			'languages.none'          => array( 'ta', 'en' ),
			'time.shared'             => array( '2.5' ),
			'time.none'               => array(),
			'teams.shared'            => array( 'core' ),
			'teams.none'              => array( 'docs' ),
			'teams.any'               => array(),
			'load.room'               => array( 2, 1, 3, 'normal' ),
			'preference.asked'        => array(),
			'unmatched.no_mentors'    => array(),
			'unmatched.no_language'   => array( 'ta' ),
			'unmatched.all_away'      => array( 'ta' ),
			'unmatched.all_full'      => array( 'ta' ),
			'unmatched.manual_only'   => array( 'ta' ),
			'unmatched.excluded'      => array(),
			'unmatched.capacity_used' => array(),
			'unmatched.no_candidates' => array(),
		);
		$cases  = array();
		foreach ( $params as $code => $values ) {
			$cases[ $code ] = array( $code, $values );
		}
		return $cases;
	}

	/**
	 * @dataProvider codes
	 * @param list<string|int> $params
	 */
	public function test_every_reason_reads_the_same_in_english_as_the_engine_says_it( string $code, array $params ): void {
		$this->assertSame( ( new Messages() )->format( $code, $params ), ( new MatchingMessages() )->format( $code, $params ) );
		$this->assertNotSame( $code, ( new MatchingMessages() )->format( $code, $params ), 'a template exists' );
	}

	public function test_reasons_go_through_the_sites_translations(): void {
		$translate = static fn ( string $translation, string $text, string $domain ): string =>
			'wayfinder' === $domain && 'No mentor speaks %1$s.' === $text ? 'Niemand spricht %1$s.' : $translation;
		add_filter( 'gettext', $translate, 10, 3 );
		$reason    = ( new MatchingMessages() )->format( 'unmatched.no_language', array( 'ta' ) );
		remove_filter( 'gettext', $translate, 10 );

		$this->assertSame( 'Niemand spricht ta.', $reason );
	}

	public function test_lists_read_as_a_sentence(): void {
		$this->assertSame( 'en, es, and pt', ( new MatchingMessages() )->list_of( array( 'en', 'es', 'pt' ) ) );
	}
}
