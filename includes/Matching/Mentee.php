<?php
/**
 * A mentee as matching sees them: a person plus a preferred mentor and mentors to avoid.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Mentee extends Person {

	/**
	 * @param list<string>                   $languages
	 * @param list<string>                   $teams
	 * @param list<array{0:int,1:int,2:int}> $windows
	 * @param list<string>                   $excluded_mentors Mentors whose match with this mentee ended badly.
	 */
	public function __construct(
		string $id,
		string $timezone,
		array $languages,
		array $teams,
		array $windows,
		public readonly ?string $preferred_mentor,
		public readonly array $excluded_mentors,
	) {
		parent::__construct( $id, $timezone, $languages, $teams, $windows );
	}

	/** @param array<string, mixed> $data */
	public static function from_array( array $data ): self {
		$common    = self::read_common( $data, 'mentee' );
		$who       = sprintf( 'mentee "%s"', $common['id'] );
		$preferred = $data['preferred_mentor'] ?? null;
		if ( null !== $preferred && ! is_string( $preferred ) && ! is_int( $preferred ) ) {
			throw new InvalidInput( sprintf( '%s: "preferred_mentor" must be a mentor id.', $who ) );
		}
		return new self(
			$common['id'],
			$common['timezone'],
			$common['languages'],
			$common['teams'],
			$common['windows'],
			null === $preferred ? null : (string) $preferred,
			Input::strings( $data, 'excluded_mentors', $who )
		);
	}
}
