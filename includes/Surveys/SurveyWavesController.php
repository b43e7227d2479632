<?php
/**
 * The survey waves' routes, for coordinators: GET /wayfinder/v1/survey-waves (the schedule, opened
 * and planned, with response rates) and POST /wayfinder/v1/survey-waves/<id>/remind (the one reminder
 * to everyone of an open wave who has not answered and was not reminded yet).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class SurveyWavesController extends WP_REST_Controller {

	/** The most people one coordinator's reminder reaches. */
	public const REMIND_LIMIT = 200;

	public function __construct(
		private readonly WaveSchedule $schedule = new WaveSchedule(),
		private readonly WaveRepository $waves = new WaveRepository(),
		private readonly WavePlanner $planner = new WavePlanner(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'survey-waves';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/survey-waves',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_items' ),
				'permission_callback' => array( $this, 'get_items_permissions_check' ),
				'args'                => array(
					'cohort' => array(
						'description' => __( 'Only this cohort\'s waves (0: the 1:1 mentorships outside cohorts). Leave out for every cohort\'s.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 0,
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/survey-waves/(?P<id>[\d]+)/remind',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'remind' ),
				'permission_callback' => array( $this, 'get_items_permissions_check' ),
				'args'                => array(
					'id' => array(
						'description' => __( 'The wave.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
				),
			)
		);
	}

	/**
	 * Coordinators only.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can see and remind survey waves.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response
	 */
	public function get_items( $request ) {
		$cohort = $request->get_param( 'cohort' );
		return rest_ensure_response( $this->schedule->rows( null === $cohort ? null : (int) $cohort, time() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function remind( $request ) {
		$now  = time();
		$wave = $this->waves->find( (int) $request['id'] );
		if ( null === $wave ) {
			return new WP_Error( 'wayfinder_wave_not_found', __( 'There is no such survey wave. Reload the schedule and choose a wave from it.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$opens  = (int) strtotime( $wave->opens_at . ' UTC' );
		$closes = null === $wave->closes_at ? null : (int) strtotime( $wave->closes_at . ' UTC' );
		if ( $opens > $now || ( null !== $closes && $closes < $now ) ) {
			return new WP_Error( 'wayfinder_wave_not_open', __( 'This wave is not open, so nobody can answer it now: reminders go only to a wave people can still answer.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$reminded = $this->planner->remind_wave( $wave, $now, self::REMIND_LIMIT );
		return rest_ensure_response(
			array(
				'wave'     => $wave->id,
				'reminded' => $reminded,
				'message'  => 0 === $reminded
					? __( 'Nobody to remind: everyone asked has answered, was reminded already, or their answering time is over.', 'wayfinder' )
					/* translators: %d: how many people. */
					: sprintf( _n( 'A reminder is on its way to %d person.', 'A reminder is on its way to %d people.', $reminded, 'wayfinder' ), $reminded ),
			)
		);
	}
}
