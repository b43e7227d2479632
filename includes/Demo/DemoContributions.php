<?php
/**
 * The demo's contributions, through the contributions' own rules (idempotent: nothing is added while
 * Aisha has any): in the running cohort Aisha (Kenji's project group) and Kofi (paired with Anna), and
 * outside it Jonas (Anna's 1:1 mentee) and Tamil (Priya's), with contributions added by hand and from
 * this site's activity — a post Aisha publishes and a comment of Jonas's, approved — in every status:
 * waiting (two of Aisha's for Kenji, Kofi's and Jonas's for Anna), verified (one with a note) and not
 * accepted (with the note that says why). Tamil shows her verified ones on her profile.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Contributions\ContributionService;

final class DemoContributions {

	/** @throws \RuntimeException When a step is refused. */
	public static function load(): void {
		$id     = static function ( string $login ): int {
			$user = get_user_by( 'login', $login );
			return $user ? $user->ID : 0;
		};
		$aisha  = $id( 'mentee-aisha' );
		$jonas  = $id( 'mentee-jonas' );
		$kofi   = $id( 'mentee-kofi' );
		$tamil  = $id( 'mentee-tamil' );
		$kenji  = $id( 'mentor-kenji' );
		$anna   = $id( 'mentor-anna' );
		$priya  = $id( 'mentor-priya' );
		$people = array( $aisha, $jonas, $kofi, $tamil, $kenji, $anna, $priya );
		if ( in_array( 0, $people, true ) || array() !== ( new ContributionRepository() )->of_user( $aisha, '', 1 ) ) {
			return;
		}
		$now     = time();
		$day     = static fn ( int $ago ): string => gmdate( 'Y-m-d', $now - $ago * DAY_IN_SECONDS );
		$service = new ContributionService();
		$add     = static function ( int $person, string $kind, string $team, string $url, string $summary, int $ago ) use ( $service, $day, $now ): Contribution {
			$made = $service->add(
				$person,
				array(
					'kind'           => $kind,
					'team'           => $team,
					'url'            => $url,
					'summary'        => $summary,
					'contributed_on' => $day( $ago ),
				),
				$person,
				$now
			);
			if ( ! $made instanceof Contribution ) {
				throw new \RuntimeException( esc_html( $summary . ': ' . $made->get_error_message() ) );
			}
			return $made;
		};
		$check   = static function ( $result, string $what ): void {
			if ( ! $result instanceof Contribution ) {
				throw new \RuntimeException( esc_html( $what . ': refused.' ) );
			}
		};

		// Aisha: two waiting for Kenji, one he verified; her post on this site is recorded for her.
		$add( $aisha, Contribution::SUPPORT, 'support', 'https://wordpress.org/support/topic/menus-disappeared-after-update/', __( 'Answered a forum thread about menus that disappeared after an update', 'wayfinder' ), 2 );
		$add( $aisha, Contribution::DOCUMENTATION, 'docs', 'https://github.com/WordPress/Documentation-Issue-Tracker/issues/1523', __( 'Reported an outdated screenshot in the user documentation', 'wayfinder' ), 4 );
		$forum = $add( $aisha, Contribution::SUPPORT, 'support', 'https://wordpress.org/support/topic/cannot-upload-images-2/', __( 'Helped someone who could not upload images', 'wayfinder' ), 9 );
		$check( $service->verify( $forum->id, $kenji, __( 'A clear, kind answer — exactly how the support team likes it.', 'wayfinder' ), $now ), 'Kenji verifies Aisha\'s answer' );
		$post = wp_insert_post(
			array(
				'post_type'    => 'post',
				'post_status'  => 'publish',
				'post_author'  => $aisha,
				'post_title'   => __( 'What I learned in my first forum answers', 'wayfinder' ),
				'post_content' => '<!-- wp:paragraph --><p>' . esc_html__( 'Read the whole question, ask before guessing, and link to the handbook.', 'wayfinder' ) . '</p><!-- /wp:paragraph -->',
			),
			true
		);
		if ( is_wp_error( $post ) ) {
			throw new \RuntimeException( esc_html( 'Aisha\'s post: ' . $post->get_error_message() ) );
		}

		// Jonas: a comment on Aisha's post, approved (recorded from this site), and one waiting for Anna.
		$comment = wp_insert_comment(
			array(
				'comment_post_ID'  => $post,
				'user_id'          => $jonas,
				'comment_author'   => 'Jonas',
				'comment_content'  => __( 'Linking to the handbook is such a good tip. Thank you!', 'wayfinder' ),
				'comment_approved' => 0,
			)
		);
		if ( false === $comment ) {
			throw new \RuntimeException( 'Jonas\'s comment: refused.' );
		}
		wp_set_comment_status( $comment, 'approve' );
		$add( $jonas, Contribution::CODE, 'core', 'https://core.trac.wordpress.org/ticket/60123', __( 'Tested a patch for the site health screen and reported the results', 'wayfinder' ), 6 );

		// Kofi: one waiting for Anna, one she did not accept (with why).
		$add( $kofi, Contribution::TRANSLATION, 'polyglots', 'https://translate.wordpress.org/locale/tw/default/wp/dev/', __( 'Translated 80 strings of WordPress into Twi', 'wayfinder' ), 3 );
		$wrong = $add( $kofi, Contribution::DESIGN, 'design', 'https://www.figma.com/community/file/wordpress-design-library', __( 'Worked on the design library', 'wayfinder' ), 8 );
		$check( $service->reject( $wrong->id, $anna, __( 'This links to the whole design library, not to your own work. Add it again with a link to your comment or file.', 'wayfinder' ), $now ), 'Anna rejects Kofi\'s link' );

		// Tamil: verified by Priya, and shown on her profile.
		$tested = $add( $tamil, Contribution::TRANSLATION, 'polyglots', 'https://translate.wordpress.org/locale/ta/default/wp-plugins/wordpress-importer/', __( 'Translated the WordPress Importer plugin into Tamil', 'wayfinder' ), 20 );
		$check( $service->verify( $tested->id, $priya, '', $now ), 'Priya verifies Tamil\'s translation' );
		if ( ! $service->set_public( $tamil, true ) ) {
			throw new \RuntimeException( 'Tamil\'s profile: refused.' );
		}
	}
}
