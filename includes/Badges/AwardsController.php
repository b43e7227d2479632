<?php
/**
 * The coordinators' award routes: GET /wayfinder/v1/awards (the list, filtered, a page at a time with
 * X-WP-Total), POST /wayfinder/v1/awards (award a badge by hand, with evidence) and
 * POST /wayfinder/v1/awards/<id>/revoke (with a reason). The rules are Awarding's.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Profiles\DisplayName;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class AwardsController extends WP_REST_Controller {

	private readonly Awarding $awarding;

	public function __construct(
		private readonly AwardRepository $awards = new AwardRepository(),
		private readonly AwardListRepository $list = new AwardListRepository(),
		private readonly AwardReasons $reasons = new AwardReasons(),
		?Awarding $awarding = null,
	) {
		$this->awarding  = $awarding ?? new Awarding( $this->awards );
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'awards';
	}

	public function register_routes(): void {
		$id = array(
			'description' => __( 'The award.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		register_rest_route(
			RestNamespace::V1,
			'/awards',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'index' ),
					'permission_callback' => array( $this, 'permissions_check' ),
					'args'                => array(
						'badge'    => array(
							'description' => __( 'Only awards of this badge.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 0,
							'default'     => 0,
						),
						'user'     => array(
							'description' => __( 'Only awards of this person.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 0,
							'default'     => 0,
						),
						'status'   => array(
							'description' => __( 'Only awards that stand, or only revoked ones.', 'wayfinder' ),
							'type'        => 'string',
							'enum'        => array( '', AwardListRepository::STANDING, AwardListRepository::REVOKED ),
							'default'     => '',
						),
						'search'   => array(
							'description' => __( 'Part of the person\'s name.', 'wayfinder' ),
							'type'        => 'string',
							'maxLength'   => 100,
							'default'     => '',
						),
						'page'     => array(
							'description' => __( 'The page of the list.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'default'     => 1,
						),
						'per_page' => array(
							'description' => __( 'Awards per page.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'maximum'     => 100,
							'default'     => 20,
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create' ),
					'permission_callback' => array( $this, 'permissions_check' ),
					'args'                => array(
						'badge'    => array(
							'description' => __( 'The badge to award.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
						'user'     => array(
							'description' => __( 'The person who earned it.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
						'evidence' => array(
							'description' => __( 'What the person did to earn it, in a sentence or a link.', 'wayfinder' ),
							'type'        => 'string',
							'maxLength'   => Award::EVIDENCE_LENGTH,
							'required'    => true,
						),
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/awards/(?P<id>[\d]+)/revoke',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'revoke' ),
				'permission_callback' => array( $this, 'permissions_check' ),
				'args'                => array(
					'id'     => $id,
					'reason' => array(
						'description' => __( 'Why the badge is revoked; the person is told.', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => Award::REVOKE_LENGTH,
						'required'    => true,
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
	public function permissions_check( $request ) { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter -- the REST signature.
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can see and change badge awards.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function index( $request ): WP_REST_Response {
		$per_page           = (int) $request['per_page'];
		list( $page, $all ) = $this->list->page( (int) $request['badge'], (int) $request['user'], (string) $request['status'], (string) $request['search'], (int) $request['page'], $per_page );
		$response           = rest_ensure_response( $this->rows( $page ) );
		$response->header( 'X-WP-Total', (string) $all );
		$response->header( 'X-WP-TotalPages', (string) max( 1, (int) ceil( $all / $per_page ) ) );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create( $request ) {
		$badge = BadgePostType::find( (int) $request['badge'] );
		if ( null === $badge ) {
			return new WP_Error( 'wayfinder_badge_not_found', __( 'There is no such badge. It may have been deleted; reload the list of badges.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$award = $this->awarding->award_by_hand( $badge, (int) $request['user'], (string) $request['evidence'], get_current_user_id(), time() );
		if ( is_wp_error( $award ) ) {
			return $award;
		}
		$response = rest_ensure_response( $this->rows( array( $award ) )[0] );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function revoke( $request ) {
		$award = $this->awards->find( (int) $request['id'] );
		if ( null === $award ) {
			return new WP_Error( 'wayfinder_award_not_found', __( 'There is no such award. It may have been deleted with its badge or its person; reload the list.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$revoked = $this->awarding->revoke( $award, (string) $request['reason'], get_current_user_id(), time() );
		return is_wp_error( $revoked ) ? $revoked : rest_ensure_response( $this->rows( array( $revoked ) )[0] );
	}

	/**
	 * The awards as the list shows them.
	 *
	 * @param list<Award> $awards
	 * @return list<array<string, mixed>>
	 */
	private function rows( array $awards ): array {
		$people = array();
		foreach ( $awards as $award ) {
			$people[] = $award->user_id;
			$people[] = $award->awarded_by;
			$people[] = $award->revoked_by;
		}
		$names  = DisplayName::many( $people );
		$badges = array();
		$rows   = array();
		foreach ( $awards as $award ) {
			$badges[ $award->badge_id ] ??= BadgePostType::find( $award->badge_id );
			$badge                        = $badges[ $award->badge_id ];
			$rows[]                       = array(
				'id'            => $award->id,
				'badge'         => array(
					'id'    => $award->badge_id,
					'name'  => null === $badge ? '' : $badge->name,
					'image' => null === $badge ? '' : $badge->image_url,
				),
				'person'        => array(
					'id'   => $award->user_id,
					'name' => $names[ $award->user_id ] ?? '',
				),
				'reason'        => $this->reasons->words( $award, null === $badge ? Badge::BY_HAND : $badge->rule ),
				'reason_kind'   => $award->reason,
				'object_id'     => $award->object_id,
				'evidence'      => $award->evidence,
				'awarded_at'    => mysql_to_rfc3339( $award->awarded_at ),
				'awarded_by'    => $award->awarded_by > 0 ? ( $names[ $award->awarded_by ] ?? '' ) : '',
				'shown'         => $award->shown,
				'revoked_at'    => null === $award->revoked_at ? null : mysql_to_rfc3339( $award->revoked_at ),
				'revoked_by'    => $award->revoked_by > 0 ? ( $names[ $award->revoked_by ] ?? '' ) : '',
				'revoke_reason' => $award->revoke_reason,
			);
		}
		return $rows;
	}
}
