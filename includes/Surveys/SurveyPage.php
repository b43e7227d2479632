<?php
/**
 * Where an invited person answers: the published page with the Survey block, else the My mentorship
 * page (whose block shows the survey when the address names an invitation). The personal link names
 * the invitation and carries its key, so it works without signing in.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\MyMentorship\MentorshipPage;

final class SurveyPage {

	public const BLOCK = 'wayfinder/survey';

	/** In the address: the invitation and its key. */
	public const INVITATION = 'wayfinder_invitation';
	public const KEY        = 'wayfinder_key';

	/** The invitation's personal link. */
	public static function link( Invitation $invitation ): string {
		return add_query_arg(
			array(
				self::INVITATION => $invitation->id,
				self::KEY        => InvitationToken::key( $invitation ),
			),
			self::url()
		);
	}

	/** The page with the Survey block; the My mentorship page (or the home page) when there is none. */
	public static function url(): string {
		$key   = 'survey_page:' . wp_cache_get_last_changed( 'posts' );
		$found = wp_cache_get( $key, 'wayfinder' );
		if ( false === $found ) {
			$found = 0;
			$ids   = get_posts(
				array(
					'post_type'      => 'page',
					'post_status'    => 'publish',
					'posts_per_page' => 1,
					'fields'         => 'ids',
					's'              => '<!-- wp:' . self::BLOCK,
					'sentence'       => true,
					'search_columns' => array( 'post_content' ),
					'orderby'        => 'ID',
					'order'          => 'ASC',
					'no_found_rows'  => true,
				)
			);
			$found = array() === $ids ? 0 : (int) $ids[0];
			wp_cache_set( $key, $found, 'wayfinder', HOUR_IN_SECONDS );
		}
		return $found > 0 ? (string) get_permalink( (int) $found ) : ( MentorshipPage::url() ?? home_url( '/' ) );
	}
}
