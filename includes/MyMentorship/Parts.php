<?php
/**
 * Markup the mentoring blocks share: the block's root (an Interactivity API island and a router
 * region, so the view script can refresh it from the server after an action), the notice area, the
 * sign-in prompt, the end-a-mentorship form and the list of waiting mentees. Every value is escaped
 * where it is put into the markup.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\MyMentorship;

use Wayfinder\Platform\PageForms;
use Wayfinder\Platform\SignUp;

final class Parts {

	/**
	 * The block's initial Interactivity state for a logged-in person: the REST nonce (never for
	 * visitors who are not logged in), the notice a plain form left, and the texts the view script needs.
	 *
	 * @param array<string, mixed>|null $flash
	 */
	public static function state( string $block, ?array $flash ): void {
		$shown = null !== $flash && ! self::belongs_to_profile( $flash );
		wp_interactivity_state(
			'wayfinder/' . $block,
			array(
				'nonce'       => wp_create_nonce( 'wp_rest' ),
				'notice'      => $shown ? $flash['message'] : '',
				'noticeError' => $shown && 'error' === $flash['type'],
				'invalid'     => PageForms::invalid_heading(),
				'failed'      => __( 'The server could not be reached. Check your connection and try again.', 'wayfinder' ),
			)
		);
	}

	/**
	 * The root element's attributes: an Interactivity island for logged-in people, and a router region
	 * with an ID that is the same on every load of the page.
	 *
	 * @return array<string, string>
	 */
	public static function root( string $block, bool $logged_in ): array {
		static $count = array();
		if ( ! $logged_in ) {
			return array( 'class' => 'is-logged-out' );
		}
		$count[ $block ] = ( $count[ $block ] ?? 0 ) + 1;
		return array(
			'data-wp-interactive'   => 'wayfinder/' . $block,
			'data-wp-router-region' => 'wayfinder-' . $block . '-' . $count[ $block ],
		);
	}

	/**
	 * Where notices appear: the one a plain form left (also the view script's after an action). A
	 * profile form's refusal shows next to that form instead.
	 *
	 * @param array<string, mixed>|null $flash
	 */
	public static function notice( ?array $flash ): string {
		$shown = null !== $flash && ! self::belongs_to_profile( $flash );
		$class = 'wayfinder-notice' . ( $shown && 'error' === $flash['type'] ? ' is-error' : '' );
		return '<p class="' . esc_attr( $class ) . '" role="status" tabindex="-1" data-wp-text="state.notice" data-wp-class--is-error="state.noticeError"'
			. ( $shown ? '' : ' hidden' ) . ' data-wp-bind--hidden="!state.notice">'
			. ( $shown ? esc_html( (string) $flash['message'] ) : '' ) . '</p>';
	}

	/** @param array<string, mixed> $flash */
	public static function belongs_to_profile( array $flash ): bool {
		return 'save_profile' === $flash['form'] && 'error' === $flash['type'];
	}

	/** For visitors who are not logged in: what this is about, a way in that comes back here, and how to get an account. */
	public static function sign_in( string $text ): string {
		return '<p>' . esc_html( $text ) . '</p><p><a class="wp-element-button" href="' . esc_url( wp_login_url( PageForms::current_url() ) ) . '">'
			. esc_html__( 'Log in to take part', 'wayfinder' ) . '</a></p>' . SignUp::html();
	}

	/**
	 * The form that ends a mentorship: the reasons this side may give — none chosen for them — each with
	 * what follows from it, and a box to tick that says what will happen, so nothing ends by a slip;
	 * inside a disclosure that stays closed until wanted.
	 *
	 * @param array<string, string> $reasons Reason => label.
	 */
	public static function end_form( int $match_id, string $other, array $reasons, string $summary, string $block ): string {
		$id     = 'wayfinder-end-' . $match_id;
		$inner  = '<fieldset><legend>' . esc_html__( 'Why? Each choice says what happens next.', 'wayfinder' ) . '</legend>';
		$labels = array(
			'mentee_wants_other' => __( 'I would like a different mentor', 'wayfinder' ),
			'mentee_stopped'     => __( 'I no longer want a mentor', 'wayfinder' ),
			'mentor_quit'        => __( 'I cannot mentor this person any more', 'wayfinder' ),
			'inactivity'         => __( 'Nothing has happened for too long', 'wayfinder' ),
			'completed'          => __( 'We reached our goals', 'wayfinder' ),
			'other'              => __( 'Another reason', 'wayfinder' ),
		);
		foreach ( array_keys( $reasons ) as $reason ) {
			$help   = $id . '-' . $reason;
			$inner .= '<p class="wayfinder-choice"><label><input type="radio" name="reason" value="' . esc_attr( $reason ) . '" required aria-describedby="' . esc_attr( $help ) . '"> '
				. esc_html( $labels[ $reason ] ?? $reasons[ $reason ] ) . '</label> <span class="wayfinder-help" id="' . esc_attr( $help ) . '">' . esc_html( self::what_follows( $reason, $other ) ) . '</span></p>';
		}
		$inner .= '</fieldset>';
		/* translators: %s: the other person's name. */
		$inner .= '<p><label><input type="checkbox" name="confirm" value="1" required> ' . esc_html( sprintf( __( 'Yes, end my mentorship with %s now, with what follows from the reason I chose.', 'wayfinder' ), $other ) ) . '</label></p>';
		return '<details class="wayfinder-end" id="' . esc_attr( $id ) . '"><summary>' . esc_html( $summary ) . '</summary>'
			. PageForms::form(
				'end_match',
				$match_id,
				$block,
				array(
					'label'        => __( 'End mentorship', 'wayfinder' ),
					'name'         => $other,
					'inner'        => $inner,
					'button_class' => 'wp-element-button is-destructive',
				)
			) . '</details>';
	}

	/** What happens when a mentorship ends for this reason, said before anyone confirms it. */
	public static function what_follows( string $reason, string $other ): string {
		switch ( $reason ) {
			case 'mentee_wants_other':
				/* translators: %s: the mentor's name. */
				return sprintf( __( 'We look for another mentor for you at once (never %1$s again); if nobody fits right now, you get a place in the queue. %1$s gets an email.', 'wayfinder' ), $other );
			case 'mentee_stopped':
				/* translators: %s: the mentor's name. */
				return sprintf( __( 'You will have no mentor and no place in the queue; you can ask again at any time. %s gets an email.', 'wayfinder' ), $other );
			case 'mentor_quit':
				/* translators: %s: the mentee's name. */
				return sprintf( __( '%1$s will get a new mentor: we look for one at once, or %1$s gets a place in the queue. %1$s gets an email.', 'wayfinder' ), $other );
			case 'inactivity':
				/* translators: %s: the mentee's name. */
				return sprintf( __( '%1$s gets no new mentor automatically, and can ask for one again. %1$s gets an email.', 'wayfinder' ), $other );
			case 'completed':
				/* translators: %s: the other person's name. */
				return sprintf( __( 'The mentorship is recorded as done. %s gets an email.', 'wayfinder' ), $other );
			default:
				/* translators: %s: the other person's name. */
				return sprintf( __( 'The mentorship ends and nobody gets a new mentor automatically. %s gets an email.', 'wayfinder' ), $other );
		}
	}

	/**
	 * One page of the people waiting for any mentor whom this mentor could take, longest waiting first,
	 * with why they fit and an offer to mentor each (or that one was sent), and links to the other pages.
	 *
	 * @param array{page?: int, more?: bool, people: list<array<string, mixed>>} $waiting
	 * @param string                                                            $anchor  The list's element ID, where page links land.
	 */
	public static function waiting_list( array $waiting, string $block, string $anchor = MentorshipPage::WAITING ): string {
		if ( array() === $waiting['people'] ) {
			return '<p>' . esc_html__( 'Nobody who fits you is waiting for a mentor right now. Mentees who ask later appear here.', 'wayfinder' ) . '</p>';
		}
		$html = '<ul class="wayfinder-people">';
		foreach ( $waiting['people'] as $person ) {
			$name_id = 'wayfinder-' . $block . '-waiting-' . (int) $person['mentee'];
			$html   .= '<li class="wayfinder-person"><p class="wayfinder-person__name" id="' . esc_attr( $name_id ) . '"><strong>' . esc_html( (string) $person['name'] ) . '</strong> ';
			/* translators: %s: a date. */
			$html .= '<span class="wayfinder-meta">' . esc_html( sprintf( __( 'waiting since %s', 'wayfinder' ), (string) $person['since'] ) ) . '</span></p>';
			$html .= self::reasons( (array) $person['reasons'] );
			if ( $person['offered'] ) {
				$html .= '<p class="wayfinder-meta">' . esc_html__( 'You offered to mentor them; they have not answered yet.', 'wayfinder' ) . '</p>';
			} else {
				$html .= '<div class="wayfinder-actions">' . PageForms::form(
					'offer',
					(int) $person['mentee'],
					$block,
					array(
						'label'       => __( 'Offer to mentor', 'wayfinder' ),
						'name'        => (string) $person['name'],
						'describedby' => $name_id,
					)
				);
				// Passing hides this person from this mentor only: their request stays open for everyone else.
				$html .= PageForms::form(
					'pass',
					(int) $person['mentee'],
					$block,
					array(
						'label'        => __( 'Pass', 'wayfinder' ),
						'name'         => (string) $person['name'],
						'describedby'  => $name_id,
						'button_class' => 'wp-element-button is-secondary',
					)
				) . '</div>';
			}
			$html .= '</li>';
		}
		$html .= '</ul>';
		$page  = $waiting['page'] ?? 1;
		$more  = $waiting['more'] ?? false;
		if ( $page > 1 || $more ) {
			$link  = static fn ( int $to, string $label ): string => '<a href="' . esc_url( add_query_arg( MentorshipPage::WAITING_PAGE, $to ) . '#' . $anchor ) . '">' . esc_html( $label ) . '</a>';
			$html .= '<nav class="wayfinder-pages" aria-label="' . esc_attr__( 'Pages of people waiting for a mentor', 'wayfinder' ) . '"><p>';
			$html .= $page > 1 ? $link( $page - 1, __( 'Previous page', 'wayfinder' ) ) . ' ' : '';
			/* translators: %d: this page's number. */
			$html .= '<span class="wayfinder-meta">' . esc_html( sprintf( __( 'Page %d, longest waiting first', 'wayfinder' ), $page ) ) . '</span>';
			$html .= $more ? ' ' . $link( $page + 1, __( 'Next page', 'wayfinder' ) ) : '';
			$html .= '</p></nav>';
		}
		return $html;
	}

	/** @param array<string, mixed> $reasons Criterion => sentence, as the matching engine explains a pair. */
	public static function reasons( array $reasons ): string {
		if ( array() === $reasons ) {
			return '';
		}
		$html = '<ul class="wayfinder-reasons">';
		foreach ( $reasons as $sentence ) {
			$html .= '<li>' . esc_html( (string) $sentence ) . '</li>';
		}
		return $html . '</ul>';
	}
}
