<?php
/**
 * /wayfinder/v1/profiles: read and edit mentoring profiles.
 *
 * Who sees what: a mentor's profile is public (the directory shows it); everything else — a mentee's
 * profile, mentee settings, the sponsored flag — only the person, the people in a running match with
 * them (mentor, mentee, backup mentor) and coordinators see.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Matching\Mentor;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class ProfilesController extends WP_REST_Controller {

	/**
	 * Filter: whether two people share a running match (mentor, mentee or backup), so each sees the
	 * other's private profile fields. Mentoring answers it; without an answer, nobody does.
	 */
	public const PARTNERS_FILTER = 'wayfinder_profile_partners';

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly ProfileService $service = new ProfileService(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'profiles';
	}

	public function register_routes(): void {
		foreach ( array( '/me', '/(?P<id>[\d]+)' ) as $route ) {
			register_rest_route(
				RestNamespace::V1,
				'/' . $this->rest_base . $route,
				array(
					array(
						'methods'             => WP_REST_Server::READABLE,
						'callback'            => array( $this, 'get_item' ),
						'permission_callback' => array( $this, 'get_item_permissions_check' ),
						'args'                => array(
							'id'      => array(
								'description' => __( 'The user’s ID.', 'wayfinder' ),
								'type'        => 'integer',
								'minimum'     => 1,
							),
							'context' => $this->get_context_param( array( 'default' => 'view' ) ),
						),
					),
					array(
						'methods'             => WP_REST_Server::EDITABLE,
						'callback'            => array( $this, 'update_item' ),
						'permission_callback' => array( $this, 'update_item_permissions_check' ),
						'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
					),
					'schema' => array( $this, 'get_public_item_schema' ),
				)
			);
		}
	}

	/** @param WP_REST_Request $request */
	private function target( $request ): int {
		return null === $request['id'] ? get_current_user_id() : (int) $request['id'];
	}

	/**
	 * Anyone may ask; what they get back depends on who they are (see get_item).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		if ( null === $request['id'] && ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to see your mentoring profile.', 'wayfinder' ) );
		}
		return true;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to edit your mentoring profile.', 'wayfinder' ) );
		}
		if ( $this->target( $request ) !== get_current_user_id() && ! Capabilities::can_coordinate() ) {
			return new WP_Error( 'wayfinder_forbidden', __( 'You can edit only your own profile. Mentoring coordinators can edit anyone’s.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		if ( isset( $request['sponsored'] ) && ! Capabilities::can_coordinate() ) {
			return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators mark sponsored contributors.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$user_id = $this->target( $request );
		$user    = get_userdata( $user_id );
		$private = self::can_see_private( $user_id );
		// Public: only people who chose to be listed mentors (the Mentor role and a saved profile).
		if ( ! $user || ( ! $private && ! ( Capabilities::can_mentor( $user_id ) && $this->profiles->exists( $user_id ) ) ) ) {
			return new WP_Error( 'wayfinder_profile_not_found', __( 'This person has no public mentoring profile.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$request->set_param( 'context', $private ? 'edit' : 'view' );
		return $this->prepare_item_for_response( $this->profiles->find( $user_id ), $request );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$fields = $this->get_item_schema()['properties'];
		$sent   = array_keys( $request->get_body_params() + (array) $request->get_json_params() );
		foreach ( $sent as $name ) {
			if ( ! isset( $fields[ $name ] ) || ! empty( $fields[ $name ]['readonly'] ) ) {
				/* translators: %s: the field name that was sent. */
				return new WP_Error( 'wayfinder_invalid_profile', sprintf( __( 'There is no profile field “%s” that can be changed. Check the name against the REST API reference.', 'wayfinder' ), $name ), array( 'status' => 400 ) );
			}
		}
		$changes = array();
		foreach ( $sent as $name ) {
			$changes[ $name ] = $request[ $name ];
		}
		$profile = $this->service->update( $this->target( $request ), $changes, get_current_user_id() );
		if ( is_wp_error( $profile ) ) {
			return $profile;
		}
		$request->set_param( 'context', 'edit' );
		return $this->prepare_item_for_response( $profile, $request );
	}

	/** The person, coordinators, and the people in a running match with them (mentor, mentee, backup). */
	private static function can_see_private( int $user_id ): bool {
		if ( ! Capabilities::can_take_part() ) {
			return false;
		}
		$me = get_current_user_id();
		if ( $me === $user_id || Capabilities::can_coordinate() ) {
			return true;
		}
		return (bool) apply_filters( self::PARTNERS_FILTER, false, $me, $user_id ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_profile_partners.
	}

	/**
	 * @param Profile         $item    The profile.
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$user      = get_userdata( $item->user_id );
		$is_mentor = Capabilities::can_mentor( $item->user_id );
		$data      = array(
			'id'           => $item->user_id,
			'name'         => $user ? $user->display_name : '',
			'timezone'     => $item->timezone,
			'languages'    => $item->languages,
			'teams'        => $item->teams,
			'skills'       => $item->skills,
			'availability' => $item->availability,
			'intro'        => $item->intro,
			'mentor'       => $is_mentor ? array(
				'capacity'      => $item->mentor_capacity,
				'weight'        => $item->mentor_weight,
				'status'        => $item->mentor_status,
				'away_until'    => $item->away_until,
				'backup_mentor' => $item->backup_mentor,
			) : null,
			'mentee'       => array(
				'seeking'            => $item->seeking,
				'preferred_mentor'   => $item->preferred_mentor,
				'preferred_team'     => $item->preferred_team,
				'preferred_language' => $item->preferred_language,
			),
			'sponsored'    => $item->sponsored,
		);
		$data      = $this->filter_response_by_context( $data, $request['context'] ?? 'view' );
		$response  = rest_ensure_response( $data );
		$response->add_link( 'self', rest_url( sprintf( '%s/%s/%d', $this->namespace, $this->rest_base, $item->user_id ) ) );
		return $response;
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$both = array( 'view', 'edit' );
		// Each list is stored comma-separated in a column of its own size: at most so many items of at
		// most so many characters fit (languages 255: 15 × 12 + 14 commas; teams and skills 1000:
		// 20 × 48 + 19), and no item may hold a comma (it would come back as two).
		$code_list    = static fn ( string $description, string $pattern, int $max_items, int $max_length ): array => array(
			'description' => $description,
			'type'        => 'array',
			'items'       => array(
				'type'      => 'string',
				'pattern'   => $pattern,
				'minLength' => 1,
				'maxLength' => $max_length,
			),
			'maxItems'    => $max_items,
			'context'     => $both,
		);
		$this->schema = array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'wayfinder-profile',
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'id'           => array(
					'description' => __( 'The user’s ID.', 'wayfinder' ),
					'type'        => 'integer',
					'context'     => $both,
					'readonly'    => true,
				),
				'name'         => array(
					'description' => __( 'Display name.', 'wayfinder' ),
					'type'        => 'string',
					'context'     => $both,
					'readonly'    => true,
				),
				'timezone'     => array(
					'description' => __( 'IANA timezone, e.g. Europe/Berlin.', 'wayfinder' ),
					'type'        => 'string',
					'maxLength'   => 64,
					'context'     => $both,
				),
				'languages'    => $code_list( __( 'Language codes, e.g. en, pt-BR (at most 15).', 'wayfinder' ), '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 15, 12 ),
				'teams'        => $code_list( __( 'Slugs of the teams the person is interested in (at most 20).', 'wayfinder' ), '^[a-z0-9-]+$', 20, 48 ),
				'skills'       => $code_list( __( 'Skills, in the person’s words: at most 20, each up to 48 characters, without commas.', 'wayfinder' ), '^[^,]+$', 20, 48 ),
				'availability' => array(
					'description' => __( 'Weekly windows in the person’s own time: [weekday 1–7 (Monday = 1), "HH:MM", "HH:MM"].', 'wayfinder' ),
					'type'        => 'array',
					'items'       => array(
						'type'     => 'array',
						'minItems' => 3,
						'maxItems' => 3,
						'items'    => array( 'type' => array( 'integer', 'string' ) ),
					),
					'maxItems'    => 50,
					'context'     => $both,
				),
				'intro'        => array(
					'description' => __( 'A short introduction.', 'wayfinder' ),
					'type'        => 'string',
					'maxLength'   => 2000,
					'context'     => $both,
				),
				'mentor'       => array(
					'description'          => __( 'Mentor settings; null for people who are not mentors.', 'wayfinder' ),
					'type'                 => array( 'object', 'null' ),
					'context'              => $both,
					'additionalProperties' => false,
					'properties'           => array(
						'capacity'      => array(
							'type'    => 'integer',
							'minimum' => 0,
							'maximum' => 50,
						),
						'weight'        => array(
							'type' => 'string',
							'enum' => Mentor::WEIGHTS,
						),
						'status'        => array(
							'type' => 'string',
							'enum' => Mentor::STATUSES,
						),
						'away_until'    => array(
							'description' => __( 'The last day of the absence (inclusive, in the mentor’s time zone), YYYY-MM-DD; null for an absence without an end.', 'wayfinder' ),
							'type'        => array( 'string', 'null' ),
							'format'      => 'date',
							'pattern'     => '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
						),
						'backup_mentor' => array(
							'description' => __( 'Another mentor who covers this mentor’s mentees while they are away, by user ID (or, when saving, by user name or email address); null for none.', 'wayfinder' ),
							'type'        => array( 'integer', 'string', 'null' ),
							'minimum'     => 1,
							'context'     => array( 'edit' ),
						),
					),
				),
				'mentee'       => array(
					'description'          => __( 'Mentee settings: only the person, their match partners and coordinators see them.', 'wayfinder' ),
					'type'                 => 'object',
					'context'              => array( 'edit' ),
					'additionalProperties' => false,
					'properties'           => array(
						'seeking'            => array( 'type' => 'boolean' ),
						'preferred_mentor'   => array(
							'type'    => array( 'integer', 'null' ),
							'minimum' => 1,
						),
						'preferred_team'     => array(
							'type'    => 'string',
							'pattern' => '^[a-z0-9-]{0,100}$',
						),
						'preferred_language' => array(
							'type'    => 'string',
							'pattern' => '^([a-z]{2,3}(-[A-Za-z0-9]{2,8})?)?$',
						),
					),
				),
				'sponsored'    => array(
					'description' => __( 'A sponsored contributor (set by coordinators; only the person, their match partners and coordinators see it).', 'wayfinder' ),
					'type'        => 'boolean',
					'context'     => array( 'edit' ),
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
