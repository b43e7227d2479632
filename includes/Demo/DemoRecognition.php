<?php
/**
 * The demo's badges as people see them (issue #18, Recognition), through the Badges services: on top
 * of what the rules awarded from the demo's graduations and mentorships, a coordinator's award by hand
 * ("Contributor day host", a demo badge) to Nadia and to mentor Kenji; Tomás hides one of his badges
 * from his profile; Jonas's by-hand badge was revoked with a reason. So the Badges block on the author
 * pages, the mentor card and directory, "Your badges and certificates" in My mentorship (standing,
 * hidden, revoked) and the printable certificate all have something to show.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Awarding;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;

final class DemoRecognition {

	/** The demo's own badge, awarded by hand. */
	public const BADGE = 'contributor-day-host';

	/**
	 * @throws \RuntimeException When the demo badge cannot be saved.
	 */
	public static function load( int $coordinator, ?int $today = null ): void {
		$now   = $today ?? time();
		$badge = self::badge();
		if ( null === $badge || $coordinator <= 0 ) {
			return;
		}
		$awards   = new AwardRepository();
		$awarding = new Awarding( $awards );
		$id       = static function ( string $login ): int {
			$user = get_user_by( 'login', $login );
			return $user ? $user->ID : 0;
		};
		if ( 0 === $id( 'mentee-nadia' ) || null !== $awards->find_for( $badge->id, $id( 'mentee-nadia' ) ) ) {
			return; // No demo people, or loaded already.
		}
		$awarding->award_by_hand( $badge, $id( 'mentee-nadia' ), 'Hosted the Paris contributor day: 14 newcomers translated their first strings.', $coordinator, $now - 20 * DAY_IN_SECONDS );
		$awarding->award_by_hand( $badge, $id( 'mentor-kenji' ), 'Ran the Polyglots table at the contributor day and reviewed every newcomer’s first strings.', $coordinator, $now - 20 * DAY_IN_SECONDS );

		// Tomás keeps one badge off his profile (the first he holds: the rules' or the demo's).
		$tomas = $awarding->award_by_hand( $badge, $id( 'mentee-tomas' ), 'Photographed the contributor day for the Photo Directory.', $coordinator, $now - 19 * DAY_IN_SECONDS );
		if ( $tomas instanceof Award ) {
			$awarding->choose_shown( $tomas, false );
		}

		// Jonas's was given by mistake and revoked.
		$jonas = $awarding->award_by_hand( $badge, $id( 'mentee-jonas' ), 'Helped set up the contributor day.', $coordinator, $now - 40 * DAY_IN_SECONDS );
		if ( $jonas instanceof Award ) {
			$awarding->revoke( $jonas, 'Given by mistake: Jonas could not come to the contributor day in the end.', $coordinator, $now - 35 * DAY_IN_SECONDS );
		}

		// Mentors' badges on the card: Kenji's mentor badge, when the rules have a published one and he has none yet.
		$mentor = BadgePostType::for_rule( Badge::MENTOR );
		if ( null !== $mentor && null === $awards->find_for( $mentor->id, $id( 'mentor-kenji' ) ) ) {
			$awarding->award_by_hand( $mentor, $id( 'mentor-kenji' ), 'Mentored Nadia and Tomás to graduation in the running cohort.', $coordinator, $now - 10 * DAY_IN_SECONDS );
		}
	}

	/** The demo's by-hand badge, made once. */
	private static function badge(): ?Badge {
		$found = get_page_by_path( self::BADGE, OBJECT, BadgePostType::POST_TYPE );
		if ( $found instanceof \WP_Post ) {
			return BadgePostType::find( $found->ID );
		}
		$id = wp_insert_post(
			array(
				'post_type'    => BadgePostType::POST_TYPE,
				'post_status'  => 'publish',
				'post_name'    => self::BADGE,
				'post_title'   => __( 'Contributor day host', 'wayfinder' ),
				'post_excerpt' => __( 'Helped run a contributor day where newcomers made their first contributions.', 'wayfinder' ),
				'meta_input'   => array(
					BadgePostType::RULE     => Badge::BY_HAND,
					BadgePostType::CRITERIA => __( 'Hosted or ran a table at a contributor day; a coordinator awards it with what the person did.', 'wayfinder' ),
				),
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			throw new \RuntimeException( esc_html( $id->get_error_message() ) );
		}
		return BadgePostType::find( $id );
	}
}
