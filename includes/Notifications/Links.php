<?php
/**
 * Where an email sends its reader to act: people to the page with the My mentorship block,
 * coordinators to the match in the admin app.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\CheckIns\CheckInPart;
use Wayfinder\MyMentorship\MentorshipPage;

final class Links {

	/** The My mentorship page (the site's home page when no page has the block yet). */
	public static function my_mentorship(): string {
		return MentorshipPage::url() ?? home_url( '/' );
	}

	/** A cohort's check-in form on the My mentorship page (which asks a visitor to log in first). */
	public static function checkin( int $cohort_id ): string {
		return self::my_mentorship() . '#' . CheckInPart::anchor( $cohort_id );
	}

	/** The coordinator app's list of matches, narrowed to this mentee's. */
	public static function match_for_coordinators( string $mentee_name ): string {
		return admin_url( 'admin.php?page=wayfinder&screen=matches&search=' . rawurlencode( $mentee_name ) );
	}
}
