<?php
/**
 * Answers the mentor directory's question about the person looking (Directory\Visitor, a lower
 * layer that does not know mentoring): do they have a mentor, are they waiting in the queue.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

final class DirectoryStanding {

	public function __construct( private readonly MentoringState $state = new MentoringState() ) {
	}

	/**
	 * @param array{has_mentor: bool, waiting: bool} $standing What another listener answered.
	 * @return array{has_mentor: bool, waiting: bool}
	 */
	public function of( $standing, int $user_id ): array {
		$mentee = $this->state->of( $user_id )['mentee'];
		return array(
			'has_mentor' => (bool) $mentee['has_mentor'],
			'waiting'    => null !== $mentee['queue'],
		);
	}
}
