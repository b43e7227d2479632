<?php
/**
 * Mentorship → Quiz results: the quiz's anonymous weekly counts for coordinators — how often each
 * team was recommended and came out on top, and how many mentor requests were started from a
 * result — as a bar chart and as tables. Server-rendered; the chart is decoration over numbers that
 * are in the text and the tables too.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Admin\AdminPage;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Network;

final class StatsPage {

	public const SLUG  = 'wayfinder-quiz-results';
	public const WEEKS = array( 4, 12, 26, 52 );

	public static function register(): void {
		// After the Quizzes screen (added with the post type at priority 10).
		add_action( 'admin_menu', array( self::class, 'add_menu' ), 11 );
	}

	public static function add_menu(): void {
		if ( Network::is_team_site() ) {
			return; // The quiz's counts are the program site's screen.
		}
		add_submenu_page( AdminPage::SLUG, __( 'Quiz results', 'wayfinder' ), __( 'Quiz results', 'wayfinder' ), Capabilities::COORDINATE, self::SLUG, array( self::class, 'render' ) );
	}

	public static function render(): void {
		if ( ! Capabilities::can_coordinate() ) {
			wp_die( esc_html__( 'Only mentoring coordinators can see the quiz results.', 'wayfinder' ), 403 );
		}
		// A read-only filter form: nothing changes, so no nonce.
		// phpcs:disable WordPress.Security.NonceVerification.Recommended
		$weeks   = isset( $_GET['weeks'] ) ? absint( $_GET['weeks'] ) : 12;
		$weeks   = in_array( $weeks, self::WEEKS, true ) ? $weeks : 12;
		$quiz_id = isset( $_GET['quiz'] ) ? absint( $_GET['quiz'] ) : 0;
		// phpcs:enable
		$list    = QuizCounts::weeks( $weeks );
		$summary = ( new QuizCounts() )->summary( $list, $quiz_id );
		$teams   = new TeamDirectory();
		$results = array_sum( array_column( $summary['weeks'], QuizCounts::TOP ) );
		$asked   = array_sum( array_column( $summary['weeks'], QuizCounts::ASKED ) );
		$quizzes = get_posts(
			array(
				'post_type'      => QuizPostType::POST_TYPE,
				'post_status'    => array( 'publish', 'draft', 'private' ),
				'posts_per_page' => 100,
				'orderby'        => 'title',
				'order'          => 'ASC',
			)
		);

		echo '<div class="wrap wayfinder-quiz-stats">';
		printf( '<h1>%s</h1>', esc_html__( 'Quiz results', 'wayfinder' ) );
		printf( '<p>%s</p>', esc_html__( 'Anonymous counts from the “Get involved” quiz: no answers, names or addresses are kept, only how often each team was recommended and how often someone asked for a mentor in it, per week.', 'wayfinder' ) );

		printf( '<form method="get" class="wayfinder-quiz-stats__filter"><input type="hidden" name="page" value="%s">', esc_attr( self::SLUG ) );
		printf( '<label for="wayfinder-quiz-stats-quiz">%s</label> <select id="wayfinder-quiz-stats-quiz" name="quiz"><option value="0">%s</option>', esc_html__( 'Quiz', 'wayfinder' ), esc_html__( 'All quizzes', 'wayfinder' ) );
		foreach ( $quizzes as $quiz ) {
			printf( '<option value="%1$d" %2$s>%3$s</option>', (int) $quiz->ID, selected( $quiz_id, $quiz->ID, false ), esc_html( get_the_title( $quiz ) ) );
		}
		printf( '</select> <label for="wayfinder-quiz-stats-weeks">%s</label> <select id="wayfinder-quiz-stats-weeks" name="weeks">', esc_html__( 'Period', 'wayfinder' ) );
		foreach ( self::WEEKS as $option ) {
			/* translators: %d: a number of weeks. */
			printf( '<option value="%1$d" %2$s>%3$s</option>', (int) $option, selected( $weeks, $option, false ), esc_html( sprintf( _n( 'Last %d week', 'Last %d weeks', $option, 'wayfinder' ), $option ) ) );
		}
		printf( '</select> <button type="submit" class="button">%s</button></form>', esc_html__( 'Show', 'wayfinder' ) );

		printf(
			'<p class="wayfinder-quiz-stats__totals">%s</p>',
			esc_html(
				sprintf(
					/* translators: 1: results shown; 2: first week; 3: last week; 4: requests started. */
					__( '%1$s results shown from %2$s to %3$s; %4$s requests for a mentor started from a result.', 'wayfinder' ),
					number_format_i18n( $results ),
					$list[0],
					$list[ count( $list ) - 1 ],
					number_format_i18n( $asked )
				)
			)
		);

		if ( array() === $summary['teams'] ) {
			printf( '<p>%s</p></div>', esc_html__( 'Nobody has taken the quiz in this period yet. Add the “Get involved quiz” block to a page to start.', 'wayfinder' ) );
			return;
		}

		self::chart( $summary['teams'], $teams );
		self::team_table( $summary['teams'], $teams );
		self::week_table( $summary['weeks'] );
		echo '</div>';
	}

	/**
	 * One row per team: a bar for how often it was shown, one for requests started, with the numbers.
	 *
	 * @param array<string, array{shown: int, top: int, asked: int}> $rows
	 */
	private static function chart( array $rows, TeamDirectory $teams ): void {
		$max = max( 1, ...array_column( $rows, QuizCounts::SHOWN ) );
		printf( '<h2 id="wayfinder-quiz-stats-chart">%s</h2>', esc_html__( 'Recommendations and requests by team', 'wayfinder' ) );
		printf(
			'<p class="wayfinder-quiz-stats__legend" aria-hidden="true"><span class="wayfinder-quiz-stats__key is-shown"></span> %1$s <span class="wayfinder-quiz-stats__key is-asked"></span> %2$s</p>',
			esc_html__( 'Shown in a result', 'wayfinder' ),
			esc_html__( 'Mentor requests started', 'wayfinder' )
		);
		echo '<ul class="wayfinder-quiz-stats__chart" aria-labelledby="wayfinder-quiz-stats-chart">';
		foreach ( $rows as $slug => $row ) {
			printf(
				'<li><span class="wayfinder-quiz-stats__team">%1$s</span><span class="wayfinder-quiz-stats__bars" aria-hidden="true"><span class="wayfinder-quiz-stats__bar is-shown" style="width:%2$s%%"></span><span class="wayfinder-quiz-stats__bar is-asked" style="width:%3$s%%"></span></span><span class="wayfinder-quiz-stats__numbers">%4$s</span></li>',
				esc_html( $teams->name( (string) $slug ) ),
				esc_attr( (string) round( 100 * $row['shown'] / $max, 1 ) ),
				esc_attr( (string) round( 100 * $row['asked'] / $max, 1 ) ),
				esc_html(
					sprintf(
						/* translators: 1: times shown; 2: requests started. */
						__( 'shown %1$s, requests %2$s', 'wayfinder' ),
						number_format_i18n( $row['shown'] ),
						number_format_i18n( $row['asked'] )
					)
				)
			);
		}
		echo '</ul>';
		// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a fixed stylesheet, nothing from input.
		echo '<style>.wayfinder-quiz-stats__chart{max-width:60rem}.wayfinder-quiz-stats__chart li{display:grid;grid-template-columns:12rem 1fr 12rem;gap:.75rem;align-items:center;margin:0 0 .5rem}.wayfinder-quiz-stats__bars{display:grid;gap:2px}.wayfinder-quiz-stats__bar{display:block;height:.625rem;min-width:1px}.is-shown{background:#2271b1}.is-asked{background:#00a32a}.wayfinder-quiz-stats__key{display:inline-block;width:.75rem;height:.75rem;vertical-align:middle}.wayfinder-quiz-stats table{max-width:60rem;margin-top:1rem}</style>';
	}

	/** @param array<string, array{shown: int, top: int, asked: int}> $rows */
	private static function team_table( array $rows, TeamDirectory $teams ): void {
		printf(
			'<h2>%1$s</h2><table class="widefat striped"><thead><tr><th scope="col">%2$s</th><th scope="col">%3$s</th><th scope="col">%4$s</th><th scope="col">%5$s</th><th scope="col">%6$s</th></tr></thead><tbody>',
			esc_html__( 'By team', 'wayfinder' ),
			esc_html__( 'Team', 'wayfinder' ),
			esc_html__( 'Shown in a result', 'wayfinder' ),
			esc_html__( 'Came out on top', 'wayfinder' ),
			esc_html__( 'Mentor requests started', 'wayfinder' ),
			esc_html__( 'Requests per 100 times shown', 'wayfinder' )
		);
		foreach ( $rows as $slug => $row ) {
			$rate = $row['shown'] > 0 ? number_format_i18n( 100 * $row['asked'] / $row['shown'], 1 ) : '—';
			printf(
				'<tr><th scope="row">%1$s</th><td>%2$s</td><td>%3$s</td><td>%4$s</td><td>%5$s</td></tr>',
				esc_html( $teams->name( (string) $slug ) ),
				esc_html( number_format_i18n( $row['shown'] ) ),
				esc_html( number_format_i18n( $row['top'] ) ),
				esc_html( number_format_i18n( $row['asked'] ) ),
				esc_html( $rate )
			);
		}
		echo '</tbody></table>';
	}

	/** @param array<string, array{shown: int, top: int, asked: int}> $rows */
	private static function week_table( array $rows ): void {
		printf(
			'<h2>%1$s</h2><table class="widefat striped"><thead><tr><th scope="col">%2$s</th><th scope="col">%3$s</th><th scope="col">%4$s</th></tr></thead><tbody>',
			esc_html__( 'By week', 'wayfinder' ),
			esc_html__( 'ISO week', 'wayfinder' ),
			esc_html__( 'Results shown', 'wayfinder' ),
			esc_html__( 'Mentor requests started', 'wayfinder' )
		);
		foreach ( array_reverse( $rows, true ) as $week => $row ) {
			printf(
				'<tr><th scope="row">%1$s</th><td>%2$s</td><td>%3$s</td></tr>',
				esc_html( (string) $week ),
				esc_html( number_format_i18n( $row['top'] ) ),
				esc_html( number_format_i18n( $row['asked'] ) )
			);
		}
		echo '</tbody></table>';
	}
}
