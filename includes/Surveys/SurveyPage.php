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
use Wayfinder\Platform\BlockPage;

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
		$found = BlockPage::find( self::BLOCK );
		return $found > 0 ? (string) get_permalink( (int) $found ) : ( MentorshipPage::url() ?? home_url( '/' ) );
	}
}
