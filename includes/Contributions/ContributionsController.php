<?php
/**
 * The contributions' routes (wayfinder/v1), thin: parse, check that someone is logged in, call the
 * service (which decides who may see and do what — a 404 for a person or contribution the caller may
 * not see, never revealing that it exists).
 *
 * - GET    /people/<id>/contributions      a person's contributions, with what the caller may do
 * - POST   /people/<id>/contributions      add one by hand (the person, or their current mentor)
 * - POST   /contributions/<id>/verify      verify (optional note)
 * - POST   /contributions/<id>/reject      reject (a note is required)
 * - DELETE /contributions/<id>             delete one's own, added by hand, not yet verified
 * - PUT    /me/contributions-visibility    show or hide one's verified contributions on one's profile
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class ContributionsController extends WP_REST_Controller {

	public function __construct( private readonly ContributionService $service = new ContributionService() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'contributions';
	}

	public function register_routes(): void {
		$id = array(
			'description' => __( 'The ID.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		register_rest_route(
			RestNamespace::V1,
			'/people/(?P<id>[\d]+)/contributions',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'list_items' ),
					'permission_callback' => array( $this, 'logged_in' ),
					'args'                => array( 'id' => $id ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'add' ),
					'permission_callback' => array( $this, 'logged_in' ),
					'args'                => array(
						'id'             => $id,
						'kind'           => array(
							'description' => __( 'What kind of contribution it is.', 'wayfinder' ),
							'type'        => 'string',
							'enum'        => Contribution::KINDS,
							'required'    => true,
						),
						'team'           => array(
							'description' => __( 'The team it was for (a team slug), or empty for none.', 'wayfinder' ),
							'type'        => 'string',
							'default'     => '',
						),
						'url'            => array(
							'description' => __( 'A link to the contribution (http or https).', 'wayfinder' ),
							'type'        => 'string',
							'required'    => true,
						),
						'summary'        => array(
							'description' => __( 'What the person did, in a few words (1 to 300 characters).', 'wayfinder' ),
							'type'        => 'string',
							'required'    => true,
						),
						'contributed_on' => array(
							'description' => __( 'The day of the contribution (YYYY-MM-DD): not in the future, not before 2003-05-27.', 'wayfinder' ),
							'type'        => 'string',
							'required'    => true,
						),
					),
				),
			)
		);
		$note = array(
			'description' => __( 'A note to the person.', 'wayfinder' ),
			'type'        => 'string',
			'default'     => '',
		);
		register_rest_route(
			RestNamespace::V1,
			'/contributions/(?P<id>[\d]+)/verify',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'verify' ),
				'permission_callback' => array( $this, 'logged_in' ),
				'args'                => array(
					'id'   => $id,
					'note' => $note,
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/contributions/(?P<id>[\d]+)/reject',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'reject' ),
				'permission_callback' => array( $this, 'logged_in' ),
				'args'                => array(
					'id'   => $id,
					'note' => $note,
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/contributions/(?P<id>[\d]+)',
			array(
				'methods'             => WP_REST_Server::DELETABLE,
				'callback'            => array( $this, 'delete' ),
				'permission_callback' => array( $this, 'logged_in' ),
				'args'                => array( 'id' => $id ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/me/contributions-visibility',
			array(
				'methods'             => WP_REST_Server::EDITABLE,
				'callback'            => array( $this, 'visibility' ),
				'permission_callback' => array( $this, 'logged_in' ),
				'args'                => array(
					'public' => array(
						'description' => __( 'Whether the person\'s verified contributions show on their profile.', 'wayfinder' ),
						'type'        => 'boolean',
						'required'    => true,
					),
				),
			)
		);
	}

	/**
	 * Members of the site; what they may see and do is the service's.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function logged_in( $request ) {
		unset( $request );
		return Capabilities::can_take_part() ? true : Capabilities::take_part_error( __( 'Log in to see and add contributions.', 'wayfinder' ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function list_items( $request ) {
		$list = $this->service->list_for( get_current_user_id(), (int) $request['id'] );
		return is_wp_error( $list ) ? $list : rest_ensure_response( $list );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function add( $request ) {
		$viewer = get_current_user_id();
		$made   = $this->service->add(
			(int) $request['id'],
			array(
				'kind'           => (string) $request['kind'],
				'team'           => (string) $request['team'],
				'url'            => (string) $request['url'],
				'summary'        => (string) $request['summary'],
				'contributed_on' => (string) $request['contributed_on'],
			),
			$viewer,
			time()
		);
		if ( is_wp_error( $made ) ) {
			return $made;
		}
		$response = rest_ensure_response( $this->one( $made, $viewer ) + array( 'message' => __( 'Contribution added. It now waits to be verified by a mentor or a team representative.', 'wayfinder' ) ) );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function verify( $request ) {
		$viewer = get_current_user_id();
		$done   = $this->service->verify( (int) $request['id'], $viewer, (string) $request['note'], time() );
		return is_wp_error( $done ) ? $done : rest_ensure_response( $this->one( $done, $viewer ) + array( 'message' => __( 'Contribution verified. The person has been told.', 'wayfinder' ) ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function reject( $request ) {
		$viewer = get_current_user_id();
		$done   = $this->service->reject( (int) $request['id'], $viewer, (string) $request['note'], time() );
		return is_wp_error( $done ) ? $done : rest_ensure_response( $this->one( $done, $viewer ) + array( 'message' => __( 'Contribution not accepted. The person has been told, with your note.', 'wayfinder' ) ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete( $request ) {
		$done = $this->service->delete( (int) $request['id'], get_current_user_id() );
		if ( is_wp_error( $done ) ) {
			return $done;
		}
		return rest_ensure_response(
			array(
				'deleted' => true,
				'id'      => (int) $request['id'],
				'message' => __( 'Contribution deleted.', 'wayfinder' ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function visibility( $request ) {
		$user   = get_current_user_id();
		$public = (bool) $request['public'];
		if ( ! $this->service->set_public( $user, $public ) ) {
			return new WP_Error( 'wayfinder_contribution_not_saved', __( 'Your choice could not be saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		return rest_ensure_response(
			array(
				'public'  => $public,
				'message' => $public
					? __( 'Your verified contributions now show on your profile.', 'wayfinder' )
					: __( 'Your contributions no longer show on your profile.', 'wayfinder' ),
			)
		);
	}

	/** @return array<string, mixed> One contribution as the caller sees it. */
	private function one( Contribution $contribution, int $viewer ): array {
		return $this->service->shape( array( $contribution ), $viewer )[0];
	}
}
