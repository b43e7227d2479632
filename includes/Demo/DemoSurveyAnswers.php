<?php
/**
 * The demo's survey answering (issue #17, part A), through the services: the "Survey" page with the
 * Survey block; in the running cohort the "before" survey (the default mentees' survey) answered by
 * Mei and Rafael in the cohort's first week, and Nadia's left unanswered (her link says it closed);
 * and Tamil, in a 1:1 mentorship with Priya, asked at its start — open, so "Surveys waiting for you"
 * shows in her My mentorship and her link shows the form.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Surveys\Answering;
use Wayfinder\Surveys\DefaultSurveys;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\Wave;
use Wayfinder\Surveys\WaveRepository;
use Wayfinder\Surveys\WaveTiming;

final class DemoSurveyAnswers {

	/** Login => answers to the mentees' survey before the cohort. */
	private const BEFORE = array(
		'mentee-mei'    => array( 3, 2, 2, 1, 3, 4, 8 ),
		'mentee-rafael' => array( 2, 2, 3, 2, 2, 4, 7 ),
	);

	/**
	 * @throws \RuntimeException When a step is refused.
	 */
	public static function load( ?int $now = null ): void {
		$now = $now ?? time();
		DemoPages::survey();
		$running = get_page_by_path( DemoCohorts::RUNNING, OBJECT, CohortPostType::POST_TYPE );
		$cohort  = $running instanceof \WP_Post ? CohortPostType::find( $running->ID ) : null;
		$survey  = SurveyPostType::published_for( Survey::MENTEES, Wave::PRE )[0] ?? null;
		if ( null === $cohort || null === $survey ) {
			return;
		}
		$waves       = new WaveRepository();
		$invitations = new InvitationRepository();
		if ( null !== $waves->find_for( $survey->id, $cohort->id, Wave::PRE ) ) {
			return; // Loaded before.
		}
		$opens = WaveTiming::start_of_day( $cohort->start_date );
		$wave  = $waves->ensure( $survey->id, $cohort->id, Wave::PRE, $opens, WaveTiming::pre_closes( $cohort->start_date ), $now );
		$keys  = array( DefaultSurveys::FAMILIARITY, DefaultSurveys::CONFIDENCE, DefaultSurveys::WHERE_TO_ASK, DefaultSurveys::WHOM_TO_PING, DefaultSurveys::BELONGING, DefaultSurveys::KEEP_CONTRIBUTING, DefaultSurveys::RECOMMEND );
		foreach ( self::BEFORE + array( 'mentee-nadia' => array() ) as $login => $numbers ) {
			$user = get_user_by( 'login', $login );
			if ( ! $user ) {
				continue;
			}
			$invitation = $invitations->invite( $wave->id, $user->ID, 0, $opens, WaveTiming::pre_due( $cohort->start_date, $opens, $survey->answer_days ) );
			if ( null === $invitation || array() === $numbers ) {
				continue; // Nadia never answered: her link now says it closed.
			}
			$answered = ( new Answering() )->answer( $invitation, array_combine( $keys, $numbers ), $opens + 2 * DAY_IN_SECONDS );
			if ( is_wp_error( $answered ) ) {
				throw new \RuntimeException( esc_html( $login . ': ' . $answered->get_error_message() ) );
			}
		}
		// A 1:1 mentorship's start: Tamil's survey is open.
		$tamil = get_user_by( 'login', 'mentee-tamil' );
		$match = $tamil ? ( new MatchRepository() )->open_for_mentee( $tamil->ID ) : null;
		if ( $tamil && null !== $match ) {
			$start = $waves->ensure( $survey->id, 0, Wave::START, $now - DAY_IN_SECONDS, null, $now );
			$invitations->invite( $start->id, $tamil->ID, $match->id, $now - DAY_IN_SECONDS, WaveTiming::due( $now - DAY_IN_SECONDS, $survey->answer_days ) );
		}
	}
}
