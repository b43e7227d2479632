<?php
/**
 * Applying to a cohort, over REST. The applicant's own (a person only ever reads and writes their
 * own application — the routes take no person): GET/PUT /cohorts/<id>/application,
 * POST /cohorts/<id>/application/submit and /withdraw. Mentors' applications, for coordinators
 * (not blind): GET /cohorts/<id>/mentor-applications and POST /applications/<id>/mentor-decision.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class ApplyingController {

	public function __construct(
		private readonly Applying $applying = new Applying(),
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
	) {
	}

	public function register_routes(): void {
		$cohort = array(
			'description' => __( 'The cohort.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/application',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_mine' ),
					'permission_callback' => array( $this, 'member_check' ),
					'args'                => array( 'cohort' => $cohort ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'save' ),
					'permission_callback' => array( $this, 'member_check' ),
					'args'                => array( 'cohort' => $cohort ) + self::input_args() + array(
						'role'   => array(
							'description' => __( 'On the first save: apply as a mentee (default) or to mentor the cohort.', 'wayfinder' ),
							'type'        => 'string',
							'enum'        => array( Application::MENTEE, Application::MENTOR ),
						),
						'submit' => array(
							'description' => __( 'Submit the application once saved (as POST …/submit does).', 'wayfinder' ),
							'type'        => 'boolean',
							'default'     => false,
						),
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/application/submit',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'submit' ),
				'permission_callback' => array( $this, 'member_check' ),
				'args'                => array( 'cohort' => $cohort ) + self::input_args(),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/application/withdraw',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'withdraw' ),
				'permission_callback' => array( $this, 'member_check' ),
				'args'                => array( 'cohort' => $cohort ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/mentor-applications',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'mentor_applications' ),
				'permission_callback' => array( $this, 'coordinator_check' ),
				'args'                => array( 'cohort' => $cohort ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/applications/(?P<id>[\d]+)/mentor-decision',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'decide_mentor' ),
				'permission_callback' => array( $this, 'coordinator_check' ),
				'args'                => array(
					'id'       => array(
						'description' => __( 'The mentor\'s application.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
					'decision' => array(
						'description' => __( 'Accept the mentor (they are enrolled as the cohort\'s mentor) or decline.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array( Application::ACCEPTED, Application::DECLINED ),
						'required'    => true,
					),
				),
			)
		);
	}

	/** @return array<string, array<string, mixed>> The fields of an application a person sends. */
	private static function input_args(): array {
		$list = static fn ( string $description, string $pattern, int $max ): array => array(
			'description' => $description,
			'type'        => 'array',
			'items'       => array(
				'type'    => 'string',
				'pattern' => $pattern,
			),
			'maxItems'    => $max,
		);
		return array(
			'answers'   => array(
				'description'          => __( 'Question key => your answer (in your own words; each within the question\'s fewest and most characters to submit).', 'wayfinder' ),
				'type'                 => 'object',
				'additionalProperties' => array(
					'type'      => 'string',
					'maxLength' => 5000,
				),
			),
			'mode'      => array(
				'description' => __( 'How you would like to take part: one of the ways the cohort offers (mentees).', 'wayfinder' ),
				'type'        => 'string',
				'enum'        => array( '', 'one_to_one', 'project_group', 'group_only' ),
			),
			'teams'     => $list( __( 'Slugs of the teams you are interested in (or could mentor in): the cohort\'s teams.', 'wayfinder' ), '^[a-z0-9-]+$', 20 ),
			'languages' => $list( __( 'Language codes you speak, e.g. en, pt-BR.', 'wayfinder' ), '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 15 ),
			'sponsored' => array(
				'description' => __( 'Whether a company or organisation sponsors your contributions.', 'wayfinder' ),
				'type'        => 'boolean',
			),
			'sponsor'   => array(
				'description' => __( 'Who sponsors you (required when sponsored).', 'wayfinder' ),
				'type'        => 'string',
				'maxLength'   => Applying::SPONSOR_LENGTH,
			),
			'consent'   => array(
				'description' => __( 'You agree to the program\'s terms (required to submit).', 'wayfinder' ),
				'type'        => 'boolean',
			),
			'capacity'  => array(
				'description' => __( 'Mentors: how many mentees you could mentor in the cohort, 1 to 10.', 'wayfinder' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 10,
			),
		);
	}

	/**
	 * Members of the site; each only ever reaches their own application.
	 *
	 * @return true|WP_Error
	 */
	public function member_check() {
		return Capabilities::can_take_part() ? true : Capabilities::take_part_error( __( 'Log in to apply to a cohort.', 'wayfinder' ) );
	}

	/** @return true|WP_Error */
	public function coordinator_check() {
		return Capabilities::can_coordinate() ? true : new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can see and decide mentors\' applications.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_mine( $request ) {
		$view = ApplicantView::build( (int) $request['cohort'], get_current_user_id(), time() );
		return $view instanceof WP_Error ? $view : rest_ensure_response( $view );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function save( $request ) {
		$saved = $this->applying->save( (int) $request['cohort'], get_current_user_id(), self::input( $request, true ), time() );
		return $this->answer( $saved, (int) $request['cohort'] );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function submit( $request ) {
		$submitted = $this->applying->submit( (int) $request['cohort'], get_current_user_id(), self::input( $request, false ), time() );
		return $this->answer( $submitted, (int) $request['cohort'] );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function withdraw( $request ) {
		$withdrawn = $this->applying->withdraw( (int) $request['cohort'], get_current_user_id(), time() );
		return $this->answer( $withdrawn, (int) $request['cohort'] );
	}

	/**
	 * A cohort's mentor applications, submitted ones (any stage), with names: coordinators decide them.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function mentor_applications( $request ) {
		$cohort = CohortPostType::find( (int) $request['cohort'] );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$teams = \Wayfinder\Teams\TeamList::all();
		$items = array();
		foreach ( $this->applications->in_cohort( $cohort->id, Application::MENTOR ) as $application ) {
			$user    = get_userdata( $application->user_id );
			$items[] = array(
				'id'           => $application->id,
				'user'         => $application->user_id,
				'name'         => $user ? $user->display_name : __( 'A deleted account', 'wayfinder' ),
				'capacity'     => $application->capacity,
				'teams'        => array_map(
					static fn ( string $slug ): array => array(
						'slug' => $slug,
						'name' => $teams[ $slug ]['name'] ?? $slug,
					),
					$application->teams
				),
				'languages'    => $application->languages,
				'stage'        => $application->stage,
				'decision'     => $application->decision,
				'submitted_at' => null === $application->submitted_at ? null : mysql_to_rfc3339( $application->submitted_at ),
				'decided_at'   => null === $application->decided_at ? null : mysql_to_rfc3339( $application->decided_at ),
			);
		}
		return rest_ensure_response(
			array(
				'cohort'        => $cohort->id,
				'name'          => $cohort->name,
				'mentor_places' => $cohort->mentor_places,
				'mentors_apply' => ApplicationSettings::of( $cohort->id )->mentors_apply,
				'items'         => $items,
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function decide_mentor( $request ) {
		$decided = $this->applying->decide_mentor( (int) $request['id'], (string) $request['decision'], get_current_user_id(), time() );
		if ( is_wp_error( $decided ) ) {
			return $decided;
		}
		$user = get_userdata( $decided->user_id );
		$name = $user ? $user->display_name : '';
		return rest_ensure_response(
			array(
				'id'       => $decided->id,
				'cohort'   => $decided->cohort_id,
				'stage'    => $decided->stage,
				'decision' => $decided->decision,
				'name'     => $name,
				'message'  => Application::ACCEPTED === $decided->decision
					/* translators: %s: the mentor's name. */
					? sprintf( __( '%s is accepted and enrolled as a mentor of the cohort. They get an email.', 'wayfinder' ), $name )
					/* translators: %s: the mentor's name. */
					: sprintf( __( '%s\'s application is declined. They get an email.', 'wayfinder' ), $name ),
			)
		);
	}

	/**
	 * The applicant's view after a change, with what happened in a sentence.
	 *
	 * @param Application|WP_Error $result
	 * @return WP_REST_Response|WP_Error
	 */
	private function answer( $result, int $cohort_id ) {
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$view = ApplicantView::build( $cohort_id, $result->user_id, time() );
		if ( $view instanceof WP_Error ) {
			return $view;
		}
		$view['status']  = $result->status;
		$view['message'] = ApplicantView::done_text( $result );
		return rest_ensure_response( $view );
	}

	/**
	 * The fields the request carries (only those sent: the rest stay as they are).
	 *
	 * @return array<string, mixed>
	 */
	private static function input( WP_REST_Request $request, bool $with_role ): array {
		$names = array( 'answers', 'mode', 'teams', 'languages', 'sponsored', 'sponsor', 'consent', 'capacity' );
		if ( $with_role ) {
			$names[] = 'role';
			$names[] = 'submit';
		}
		$input = array();
		foreach ( $names as $name ) {
			if ( null !== $request->get_param( $name ) ) {
				$input[ $name ] = $request->get_param( $name );
			}
		}
		return $input;
	}
}
