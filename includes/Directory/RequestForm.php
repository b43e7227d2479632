<?php
/**
 * "Request this mentor" (a card) and "Ask for any mentor" (a directory with nobody to show) as an
 * action of the one page-form mechanism (Platform\PageForms): POST /requests as the person. Without
 * JavaScript the form posts to admin-post.php and comes back to the card or the directory, which
 * shows the notice; with JavaScript the view module sends the same REST call.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;

final class RequestForm {

	/** The action's name in forms; its object is the mentor (0: any mentor). */
	public const DO = 'request_mentor';

	/** Where the notice shows: one card, or the directory's notice for any mentor. */
	public const PLACE_DIRECTORY = 'mentor-directory';

	public static function register(): void {
		PageForms::add(
			new PageAction(
				self::DO,
				'POST',
				'requests',
				fields: array( 'team', 'language' ),
				read: static fn ( array $fields, int $mentor_id ): array => self::body( $fields, $mentor_id ),
				done: static fn ( string $name ): string => '' !== $name
					/* translators: %s: the mentor's name. */
					? sprintf( __( 'Your request is on its way to %s. You will hear by email when they answer.', 'wayfinder' ), $name )
					: __( 'You are in the queue for a mentor. Mentors and mentoring coordinators see your request, and you will hear by email.', 'wayfinder' ),
				name_in: 'mentor_name',
			)
		);
	}

	/** Where a card's notice shows. */
	public static function card_place( int $mentor_id ): string {
		return 'mentor-card-' . $mentor_id;
	}

	/**
	 * The plain form's hidden fields for asking this mentor (0: any mentor, with the team and language
	 * chosen in the directory as the request's preferences).
	 */
	public static function hidden_fields( int $mentor_id, string $back, string $team = '', string $language = '' ): string {
		$place  = $mentor_id > 0 ? self::card_place( $mentor_id ) : self::PLACE_DIRECTORY;
		$anchor = $mentor_id > 0 ? 'wayfinder-mentor-' . $mentor_id : 'wayfinder-directory-notice';
		$html   = PageForms::hidden_fields( self::DO, $mentor_id, $place, $back, $anchor );
		$html  .= '<input type="hidden" name="mentor" value="' . esc_attr( (string) $mentor_id ) . '">';
		if ( 0 === $mentor_id ) {
			$html .= '<input type="hidden" name="team" value="' . esc_attr( $team ) . '"><input type="hidden" name="language" value="' . esc_attr( $language ) . '">';
		}
		return $html;
	}

	/**
	 * The notice a plain form left for this card (a mentor's ID) or for the directory (0), once.
	 *
	 * @return array{text: string, error: bool}|null
	 */
	public static function notice( int $mentor_id ): ?array {
		$flash = Flash::take( get_current_user_id(), $mentor_id > 0 ? self::card_place( $mentor_id ) : self::PLACE_DIRECTORY );
		return null === $flash ? null : array(
			'text'  => $flash['message'],
			'error' => 'error' === $flash['type'],
		);
	}

	/**
	 * POST /requests's body: this mentor, or any mentor with the team and language as preferences
	 * (left out when malformed).
	 *
	 * @param array<string, mixed> $fields
	 * @return array<string, mixed>
	 */
	private static function body( array $fields, int $mentor_id ): array {
		$ask = array( 'type' => 'mentee_request' );
		if ( $mentor_id > 0 ) {
			$ask['mentor'] = $mentor_id;
			return $ask;
		}
		$team     = is_string( $fields['team'] ?? null ) ? $fields['team'] : '';
		$language = is_string( $fields['language'] ?? null ) ? $fields['language'] : '';
		if ( DirectoryFilters::valid_team( $team ) ) {
			$ask['team'] = $team;
		}
		if ( DirectoryFilters::valid_language( $language ) ) {
			$ask['language'] = $language;
		}
		return $ask;
	}
}
