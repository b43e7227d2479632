<?php
/**
 * Blind review's routes. Reviewers: GET /reviews, GET/PUT /reviews/<id>, POST /reviews/<id>/submit,
 * POST /reviews/<id>/conflict — addressed by review ID, never by application or person. Coordinators:
 * GET /cohorts/<id>/reviews, POST /applications/<id>/extra-review.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class ReviewsController extends WP_REST_Controller {

	public function __construct(
		private readonly Reviewing $reviewing = new Reviewing(),
		private readonly ReviewViews $views = new ReviewViews(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'reviews';
	}

	public function register_routes(): void {
		$id     = array(
			'description' => __( 'Your review (its own number; reviewers never see an application’s).', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		$scores = array(
			'description'          => __( 'Criterion key => score from 1 to the cohort’s scale.', 'wayfinder' ),
			'type'                 => 'object',
			'additionalProperties' => array( 'type' => array( 'integer', 'null' ) ),
		);
		$notes  = array(
			'description'          => __( 'Criterion key => your note (at most 1,000 characters each).', 'wayfinder' ),
			'type'                 => 'object',
			'additionalProperties' => array( 'type' => 'string' ),
		);
		register_rest_route(
			RestNamespace::V1,
			'/reviews',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'queue' ),
				'permission_callback' => array( $this, 'reviewer_permissions_check' ),
				'args'                => array(
					'cohort' => array(
						'description' => __( 'Only this cohort’s reviews.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 0,
						'default'     => 0,
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/reviews/(?P<id>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'show' ),
					'permission_callback' => array( $this, 'reviewer_permissions_check' ),
					'args'                => array( 'id' => $id ),
				),
				array(
					'methods'             => 'PUT',
					'callback'            => array( $this, 'save' ),
					'permission_callback' => array( $this, 'reviewer_permissions_check' ),
					'args'                => array(
						'id'     => $id,
						'scores' => $scores + array( 'default' => array() ),
						'notes'  => $notes + array( 'default' => array() ),
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/reviews/(?P<id>[\d]+)/submit',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'submit' ),
				'permission_callback' => array( $this, 'reviewer_permissions_check' ),
				'args'                => array(
					'id'     => $id,
					'scores' => $scores,
					'notes'  => $notes,
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/reviews/(?P<id>[\d]+)/conflict',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'conflict' ),
				'permission_callback' => array( $this, 'reviewer_permissions_check' ),
				'args'                => array(
					'id'   => $id,
					'note' => array(
						'description' => __( 'Why you cannot review this application (only coordinators read it).', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => Review::CONFLICT_LENGTH,
						'default'     => '',
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/reviews',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'cohort' ),
				'permission_callback' => array( $this, 'coordinator_permissions_check' ),
				'args'                => array(
					'cohort' => array(
						'description' => __( 'The cohort.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/applications/(?P<id>[\d]+)/extra-review',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'extra_review' ),
				'permission_callback' => array( $this, 'coordinator_permissions_check' ),
				'args'                => array(
					'id' => array(
						'description' => __( 'The application.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
				),
			)
		);
	}

	/**
	 * Reviewers who can see nobody's personal data (Reviewing::may_review()).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function reviewer_permissions_check( $request ) {
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to review applications.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		if ( Capabilities::can_review() && ( Capabilities::can_screen() || Capabilities::can_coordinate() ) ) {
			return new WP_Error( 'wayfinder_sees_personal_data', __( 'People who can see applicants’ personal data (screeners, coordinators, administrators) do not review, so that every review is blind. Ask someone with only the Application reviewer role.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		if ( ! Reviewing::may_review( get_current_user_id() ) ) {
			return new WP_Error( 'wayfinder_forbidden', __( 'Only application reviewers can review applications. A mentoring coordinator can give you the Application reviewer role.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * Coordinators only.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function coordinator_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can see and steer the reviews of a cohort.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response
	 */
	public function queue( $request ) {
		return rest_ensure_response( $this->views->queue( get_current_user_id(), (int) $request['cohort'] ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function show( $request ) {
		$review = $this->reviewing->own( (int) $request['id'], get_current_user_id() );
		return is_wp_error( $review ) ? $review : rest_ensure_response( $this->views->blind( $review ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function save( $request ) {
		$review = $this->reviewing->save_draft( (int) $request['id'], get_current_user_id(), (array) $request['scores'], (array) $request['notes'], time() );
		return is_wp_error( $review ) ? $review : rest_ensure_response( $this->views->blind( $review ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function submit( $request ) {
		$scores = $request->has_param( 'scores' ) ? (array) $request['scores'] : null;
		$notes  = $request->has_param( 'notes' ) ? (array) $request['notes'] : null;
		$review = $this->reviewing->submit( (int) $request['id'], get_current_user_id(), $scores, $notes, time() );
		if ( is_wp_error( $review ) ) {
			return $review;
		}
		$view         = $this->views->blind( $review );
		$view['next'] = $this->next_waiting( $review );
		return rest_ensure_response( $view );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function conflict( $request ) {
		$declared = $this->reviewing->declare_conflict( (int) $request['id'], get_current_user_id(), (string) $request['note'], time() );
		if ( is_wp_error( $declared ) ) {
			return $declared;
		}
		$view         = $this->views->blind( $declared['review'] );
		$view['next'] = null === $declared['next'] ? null : $declared['next']->id;
		if ( null !== $declared['next'] ) {
			/* translators: %s: the number of the review given instead. */
			$view['message'] = sprintf( __( 'Thank you for telling us. This application goes to another reviewer, and you have another one to review instead: review %s.', 'wayfinder' ), number_format_i18n( $declared['next']->id ) );
		} else {
			$view['message'] = __( 'Thank you for telling us. This application goes to another reviewer. No other application of this cohort is waiting for a reviewer now.', 'wayfinder' );
		}
		return rest_ensure_response( $view );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function cohort( $request ) {
		$cohort = (int) $request['cohort'];
		if ( null === CohortPostType::find( $cohort ) ) {
			return new WP_Error( 'wayfinder_cohort_not_found', __( 'There is no cohort with this number.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return rest_ensure_response( $this->views->cohort( $cohort, count( $this->reviewing->pool() ) ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function extra_review( $request ) {
		$added = $this->reviewing->extra_review( (int) $request['id'], time() );
		if ( is_wp_error( $added ) ) {
			return $added;
		}
		$application = $added['application'];
		return rest_ensure_response(
			array(
				'id'             => $application->id,
				'applicant'      => $application->pseudonym_label(),
				'reviews_wanted' => $application->reviews_wanted,
				'reviewer'       => $added['reviewer'],
				/* translators: %s: the reviewer's name. */
				'message'        => sprintf( __( '%s will review this application too.', 'wayfinder' ), \Wayfinder\Profiles\DisplayName::of( $added['reviewer'] ) ),
			)
		);
	}

	/** The reviewer's next review waiting in the same cohort (null when none). */
	private function next_waiting( Review $after ): ?int {
		$queue = $this->views->queue( $after->reviewer_id, $after->cohort_id );
		foreach ( $queue['reviews'] as $review ) {
			if ( Review::ASSIGNED === $review['status'] && $review['id'] !== $after->id ) {
				return (int) $review['id'];
			}
		}
		return null;
	}
}
