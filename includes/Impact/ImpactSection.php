<?php
/**
 * On My mentorship (the `wayfinder_my_sections` hook), for a team representative: "Your team's
 * newcomers: still contributing" — of the newcomers who ended a program with their team, how many
 * still contributed 1, 3, 6 and 12 months later (the months that have passed).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Impact;

use Wayfinder\Applications\Selection\SelectionReport;
use Wayfinder\Teams\Representatives;

final class ImpactSection {

	/**
	 * @param int    $user_id The person looking.
	 * @param string $region  A prefix for element IDs unique on the page.
	 */
	public static function render( int $user_id, string $region = 'wayfinder' ): void {
		$teams = $user_id > 0 ? ( new Representatives() )->teams_of( $user_id ) : array();
		if ( array() === $teams ) {
			return;
		}
		$figures = new ImpactFigures();
		$id      = $region . '-team-impact';
		echo '<section class="wayfinder-section wayfinder-section--impact" aria-labelledby="' . esc_attr( $id ) . '">';
		echo '<h2 id="' . esc_attr( $id ) . '">' . esc_html__( 'Your team’s newcomers: still contributing', 'wayfinder' ) . '</h2>';
		foreach ( $teams as $team ) {
			$totals = $figures->get( $team, time() )['totals'];
			echo '<h3>' . esc_html( SelectionReport::team_name( $team ) ) . '</h3>';
			if ( 0 === $totals['people'] ) {
				echo '<p>' . esc_html__( 'No newcomer has finished a mentorship with this team yet.', 'wayfinder' ) . '</p>';
				continue;
			}
			echo '<ul>';
			foreach ( $totals['retention'] as $month ) {
				echo '<li>' . esc_html( self::sentence( $month['months'], $month['due'], $month['active'] ) ) . '</li>';
			}
			echo '</ul>';
		}
		echo '</section>';
	}

	/** One month's figure in words. */
	public static function sentence( int $months, int $due, int $active ): string {
		if ( 0 === $due ) {
			/* translators: %d: months. */
			return sprintf( _n( 'After %d month: not known yet.', 'After %d months: not known yet.', $months, 'wayfinder' ), $months );
		}
		return sprintf(
			/* translators: 1: months, 2: people still contributing, 3: people, 4: a percentage. */
			_n( 'After %1$d month: %2$d of %3$d still contributing (%4$s).', 'After %1$d months: %2$d of %3$d still contributing (%4$s).', $months, 'wayfinder' ),
			$months,
			$active,
			$due,
			number_format_i18n( 100 * $active / $due ) . ' %'
		);
	}
}
