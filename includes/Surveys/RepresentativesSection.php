<?php
/**
 * "What representatives said" in My mentorship (on the `wayfinder_my_sections` hook), for team
 * representatives: the figures of the team representatives' surveys in aggregate — no text answers,
 * nothing from a group smaller than the report setting — shown only when there is something to show.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Settings;

final class RepresentativesSection {

	public function __construct(
		private readonly SurveyReports $reports = new SurveyReports(),
	) {
	}

	public function render( int $user_id, string $region = 'wayfinder' ): void {
		if ( $user_id <= 0 ) {
			return;
		}
		$reports = $this->reports->for_representative( $user_id );
		if ( array() === $reports ) {
			return;
		}
		$id = $region . '-representatives-said';
		echo '<section class="wayfinder-section wayfinder-section--surveys" aria-labelledby="' . esc_attr( $id ) . '">';
		echo '<h2 id="' . esc_attr( $id ) . '">' . esc_html__( 'What representatives said', 'wayfinder' ) . '</h2>';
		foreach ( $reports as $n => $report ) {
			echo '<h3 id="' . esc_attr( $id . '-' . $n ) . '">' . esc_html( (string) $report['survey']['title'] ) . '</h3>';
			echo '<ul>';
			foreach ( (array) $report['questions'] as $question ) {
				$parts = array();
				foreach ( (array) $question['waves'] as $wave ) {
					$figure = self::figure( $wave );
					if ( '' !== $figure ) {
						$parts[] = $figure;
					}
				}
				if ( array() !== $parts ) {
					echo '<li><strong>' . esc_html( (string) $question['text'] ) . '</strong> ' . esc_html( implode( ' ', $parts ) ) . '</li>';
				}
			}
			echo '</ul>';
		}
		/* translators: %d: the fewest answers a figure is shown from. */
		echo '<p class="wayfinder-meta">' . esc_html( sprintf( __( 'Figures from fewer than %d answers are not shown, so nobody can be recognised.', 'wayfinder' ), Settings::report_min_group() ) ) . '</p>';
		echo '</section>';
	}

	/**
	 * One wave's figure in words; '' when withheld or none.
	 *
	 * @param array<string, mixed> $wave A question's wave entry of SurveyReports::report().
	 */
	private static function figure( array $wave ): string {
		if ( null !== $wave['withheld'] ) {
			return '';
		}
		$n = (int) $wave['n'];
		if ( is_array( $wave['nps'] ) ) {
			/* translators: 1: the Net Promoter Score, 2: its margin of error, 3: how many answered. */
			return sprintf( _n( 'Net Promoter Score %1$s ± %2$s (%3$d answer).', 'Net Promoter Score %1$s ± %2$s (%3$d answers).', $n, 'wayfinder' ), number_format_i18n( (float) $wave['nps']['score'] ), number_format_i18n( (float) $wave['nps']['margin'] ), $n );
		}
		if ( null !== $wave['share_agreeing'] ) {
			/* translators: 1: the mean on the 1–5 scale, 2: the percentage who agree, 3: how many answered. */
			return sprintf( _n( 'Mean %1$s of 5; %2$s%% agree (%3$d answer).', 'Mean %1$s of 5; %2$s%% agree (%3$d answers).', $n, 'wayfinder' ), number_format_i18n( (float) $wave['mean'], 1 ), number_format_i18n( (float) $wave['share_agreeing'] * 100 ), $n );
		}
		if ( array() !== $wave['distribution'] ) {
			$chosen = array_map( static fn ( array $one ): string => $one['label'] . ': ' . $one['count'], (array) $wave['distribution'] );
			/* translators: 1: each option with how many chose it, 2: how many answered. */
			return sprintf( _n( '%1$s (%2$d answer).', '%1$s (%2$d answers).', $n, 'wayfinder' ), implode( ', ', $chosen ), $n );
		}
		return '';
	}
}
