<?php
/**
 * The teams a person may choose to be handed off to: the published teams that take newcomers, the
 * orientation quiz's pick first (the first result's top team, Orientation\QuizTaken), then the teams
 * in their profile, then the rest by name — each with a sentence that says why it is offered.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Orientation\QuizTaken;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\TeamList;
use Wayfinder\Teams\TeamPostType;

final class TeamOptions {

	public const QUIZ    = 'quiz';
	public const PROFILE = 'profile';
	public const OTHER   = 'other';

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository() ) {
	}

	/** Whether a published team has this slug and takes newcomers. */
	public static function accepts( string $slug ): bool {
		if ( '' === $slug || ! isset( TeamList::all()[ $slug ] ) ) {
			return false;
		}
		$team = get_page_by_path( $slug, OBJECT, TeamPostType::POST_TYPE );
		return $team instanceof \WP_Post && 'publish' === $team->post_status && (bool) get_post_meta( $team->ID, TeamPostType::ACCEPTS_NEWCOMERS, true );
	}

	/** The team's name ('' for a team that no longer exists: then the slug stands in). */
	public static function name( string $slug ): string {
		return TeamList::all()[ $slug ]['name'] ?? $slug;
	}

	/**
	 * The options in the order they are offered.
	 *
	 * @return list<array{team: string, name: string, url: string, why: string, reason: string}>
	 */
	public function for_person( int $user_id ): array {
		$quiz    = QuizTaken::team( $user_id );
		$profile = $this->profiles->find( $user_id )->teams;
		$groups  = array(
			self::QUIZ    => array(),
			self::PROFILE => array(),
			self::OTHER   => array(),
		);
		foreach ( TeamList::all() as $slug => $team ) {
			$slug = (string) $slug;
			if ( ! self::accepts( $slug ) ) {
				continue;
			}
			if ( $slug === $quiz ) {
				$why    = self::QUIZ;
				$reason = __( 'Your orientation quiz recommended this team first.', 'wayfinder' );
			} elseif ( in_array( $slug, $profile, true ) ) {
				$why    = self::PROFILE;
				$reason = __( 'It is one of the teams in your profile.', 'wayfinder' );
			} else {
				$why    = self::OTHER;
				$reason = __( 'It welcomes newcomers too.', 'wayfinder' );
			}
			$groups[ $why ][] = array(
				'team'   => $slug,
				'name'   => $team['name'],
				'url'    => $team['url'],
				'why'    => $why,
				'reason' => $reason,
			);
		}
		return array_merge( $groups[ self::QUIZ ], $groups[ self::PROFILE ], $groups[ self::OTHER ] );
	}
}
