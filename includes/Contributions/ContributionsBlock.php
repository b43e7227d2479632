<?php
/**
 * What the Contributions block shows (blocks/contributions/render.php): a person's verified
 * contributions, newest first, only when they chose to show them on their profile
 * (ContributionService::PUBLIC_META); an empty string otherwise — nothing says the person exists or
 * has contributions. Every value is escaped here.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Profiles\DisplayName;
use Wayfinder\Teams\TeamList;

final class ContributionsBlock {

	/** How many contributions the block lists at most. */
	public const LIMIT = 50;

	/**
	 * Whose contributions: the block's user, else the author of the author archive being shown, else
	 * the author of the post the block sits in (or of the post being shown).
	 */
	public static function person( int $user_id, int $post_id = 0 ): int {
		if ( $user_id > 0 ) {
			return $user_id;
		}
		if ( is_author() ) {
			return (int) get_queried_object_id();
		}
		$post = get_post( $post_id > 0 ? $post_id : (int) get_the_ID() );
		return $post instanceof \WP_Post ? (int) $post->post_author : 0;
	}

	/** The list (escaped), or '' when the person shows nothing. */
	public static function render( int $user_id, int $heading_level = 2 ): string {
		if ( $user_id <= 0 || ! ContributionService::is_public( $user_id ) || false === get_userdata( $user_id ) ) {
			return '';
		}
		$rows = ( new ContributionRepository() )->of_user( $user_id, Contribution::VERIFIED, self::LIMIT );
		if ( array() === $rows ) {
			return '';
		}
		$level = 'h' . max( 2, min( 4, $heading_level ) );
		$teams = TeamList::all();
		$kinds = Contribution::kind_labels();
		$html  = '<' . $level . '>' . esc_html(
			/* translators: %s: the person's name. */
			sprintf( __( 'Contributions by %s', 'wayfinder' ), DisplayName::of( $user_id ) )
		) . '</' . $level . '>';
		$html .= '<ul class="wayfinder-contributions">';
		foreach ( $rows as $row ) {
			$meta = array( $kinds[ $row->kind ] ?? $row->kind );
			if ( '' !== $row->team ) {
				$meta[] = $teams[ $row->team ]['name'] ?? $row->team;
			}
			$date  = wp_date( (string) get_option( 'date_format', 'Y-m-d' ), (int) strtotime( $row->contributed_on . ' 12:00:00 UTC' ) );
			$html .= '<li class="wayfinder-contribution"><a href="' . esc_url( $row->url ) . '">' . esc_html( $row->summary ) . '</a>'
				. ' <span class="wayfinder-meta">(' . esc_html( implode( ' · ', $meta ) ) . ')</span>'
				. ' <time datetime="' . esc_attr( $row->contributed_on ) . '">' . esc_html( (string) $date ) . '</time></li>';
		}
		return $html . '</ul>';
	}
}
