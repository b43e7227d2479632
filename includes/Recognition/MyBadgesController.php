<?php
/**
 * The person's own badges: GET /wayfinder/v1/me/badges (every award of theirs, with why, downloads,
 * the printable certificate and the verification link) and POST /wayfinder/v1/me/badges/<id>
 * {shown} (whether one of their own awards shows on their profile; another person's: 404).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class MyBadgesController extends WP_REST_Controller {

	public function __construct( private readonly MyBadges $badges = new MyBadges() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'me/badges';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/me/badges',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'mine' ),
				'permission_callback' => array( $this, 'permissions_check' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/me/badges/(?P<id>[\d]+)',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'choose' ),
				'permission_callback' => array( $this, 'permissions_check' ),
				'args'                => array(
					'id'    => array(
						'description' => __( 'The award (one of your own).', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
					'shown' => array(
						'description' => __( 'Whether the badge shows on your profile, the mentor card and in the directory.', 'wayfinder' ),
						'type'        => 'boolean',
						'required'    => true,
					),
				),
			)
		);
	}

	/**
	 * Members of the site; each person reaches only their own awards (the service answers 404 for others').
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function permissions_check( $request ) {
		unset( $request );
		return Capabilities::can_take_part() ? true : Capabilities::take_part_error( __( 'Log in to see your badges.', 'wayfinder' ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function mine( $request ): WP_REST_Response {
		unset( $request );
		return rest_ensure_response( array_map( array( self::class, 'item' ), $this->badges->of( get_current_user_id() ) ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function choose( $request ) {
		$chosen = $this->badges->choose( (int) $request['id'], get_current_user_id(), (bool) $request['shown'] );
		return is_wp_error( $chosen ) ? $chosen : rest_ensure_response( self::item( $chosen ) + array( 'message' => (string) $chosen['message'] ) );
	}

	/**
	 * One award as the routes answer it.
	 *
	 * @param array<string, mixed> $view MyBadges::of() for one award.
	 * @return array<string, mixed>
	 */
	public static function item( array $view ): array {
		return array(
			'id'            => (int) $view['id'],
			'badge'         => (int) $view['badge_id'],
			'name'          => (string) $view['name'],
			'description'   => (string) $view['description'],
			'criteria'      => (string) $view['criteria'],
			'image'         => (string) $view['image'],
			'why'           => (string) $view['why'],
			'earned'        => (string) $view['earned'],
			'earned_at'     => (string) $view['earned_iso'],
			'shown'         => (bool) $view['shown'],
			'revoked'       => (bool) $view['revoked'],
			'revoked_on'    => (string) $view['revoked_on'],
			'revoke_reason' => (string) $view['revoke_reason'],
			'verify'        => (string) $view['verify'],
			'downloads'     => (array) $view['downloads'],
			'certificate'   => (string) $view['certificate'],
		);
	}
}
