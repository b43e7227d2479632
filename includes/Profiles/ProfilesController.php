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

use Wayfinder\Matching\InvalidInput;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\Person;
use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\Mentorship\Departures;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Platform\Schema;
use Wayfinder\Teams\TeamPostType;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class ProfilesController extends WP_REST_Controller {

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository() ) {
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
						'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
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
		if ( ! $user || ( ! $private && ! Capabilities::can_mentor( $user_id ) ) ) {
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
		$user_id = $this->target( $request );
		if ( ! get_userdata( $user_id ) ) {
			return new WP_Error( 'wayfinder_profile_not_found', __( 'There is no such user.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$profile = $this->profiles->find( $user_id );
		$was     = $profile->mentor_status;
		$seeking = $profile->seeking;
		$changed = $this->apply( $profile, $request );
		if ( is_wp_error( $changed ) ) {
			return $changed;
		}
		$this->profiles->save( $profile );
		( new Departures() )->status_changed( $profile, $was );
		if ( $profile->seeking && ! $seeking ) {
			// Saying "I am looking for a mentor" is opting in: a mentor at once, or a place in the queue.
			( new AutoAssigner( $this->profiles ) )->assign( $user_id );
		}
		$request->set_param( 'context', 'edit' );
		return $this->prepare_item_for_response( $this->profiles->find( $user_id ), $request );
	}

	/**
	 * Copies the request's fields onto the profile after checking each; nothing is saved on error.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	private function apply( Profile $profile, $request ) {
		$bad    = static fn ( string $message ): WP_Error => new WP_Error( 'wayfinder_invalid_profile', $message, array( 'status' => 400 ) );
		$fields = $this->get_item_schema()['properties'];
		foreach ( array_keys( $request->get_body_params() + (array) $request->get_json_params() ) as $name ) {
			if ( ! isset( $fields[ $name ] ) || ! empty( $fields[ $name ]['readonly'] ) ) {
				/* translators: %s: the field name that was sent. */
				return $bad( sprintf( __( 'There is no profile field “%s” that can be changed. Check the name against the REST API reference.', 'wayfinder' ), $name ) );
			}
		}
		if ( isset( $request['timezone'] ) ) {
			if ( ! in_array( $request['timezone'], Person::known_timezones(), true ) ) {
				/* translators: %s: what was sent. */
				return $bad( sprintf( __( '“%s” is not a timezone. Use a name like Europe/Berlin or America/Sao_Paulo.', 'wayfinder' ), $request['timezone'] ) );
			}
			$profile->timezone = $request['timezone'];
		}
		foreach ( array( 'languages', 'skills' ) as $field ) {
			if ( isset( $request[ $field ] ) ) {
				$profile->$field = array_values( array_unique( array_map( 'sanitize_text_field', $request[ $field ] ) ) );
			}
		}
		if ( isset( $request['teams'] ) ) {
			$teams = array_values( array_unique( $request['teams'] ) );
			foreach ( $teams as $slug ) {
				if ( ! TeamPostType::exists( $slug ) ) {
					/* translators: %s: a team slug. */
					return $bad( sprintf( __( 'There is no team “%s”. Pick teams from Mentorship → Teams.', 'wayfinder' ), $slug ) );
				}
			}
			$profile->teams = $teams;
		}
		if ( isset( $request['availability'] ) ) {
			try {
				Person::read_windows( $request['availability'], __( 'Availability', 'wayfinder' ) );
			} catch ( InvalidInput $e ) {
				return $bad( $e->getMessage() );
			}
			$profile->availability = $request['availability'];
		}
		if ( isset( $request['intro'] ) ) {
			$profile->intro = sanitize_textarea_field( $request['intro'] );
		}
		if ( isset( $request['mentor'] ) ) {
			if ( ! Capabilities::can_mentor( $profile->user_id ) ) {
				return new WP_Error( 'wayfinder_not_a_mentor', __( 'Mentor settings are for mentors. Ask a mentoring coordinator to make you one.', 'wayfinder' ), array( 'status' => 403 ) );
			}
			$mentor                   = $request['mentor'];
			$profile->mentor_capacity = $mentor['capacity'] ?? $profile->mentor_capacity;
			$profile->mentor_weight   = $mentor['weight'] ?? $profile->mentor_weight;
			$profile->mentor_status   = $mentor['status'] ?? $profile->mentor_status;
			if ( array_key_exists( 'away_until', $mentor ) ) {
				$profile->away_until = $mentor['away_until'];
			}
			if ( 'away' === $profile->mentor_status && null !== $profile->away_until && strtotime( $profile->away_until ) < strtotime( 'today' ) ) {
				return $bad( __( 'The end of an absence cannot be in the past. Leave it empty, or set your status back to available.', 'wayfinder' ) );
			}
		}
		if ( isset( $request['mentee'] ) ) {
			$mentee = $request['mentee'];
			if ( isset( $mentee['seeking'] ) ) {
				$profile->seeking = (bool) $mentee['seeking'];
			}
			if ( array_key_exists( 'preferred_mentor', $mentee ) ) {
				$preferred = $mentee['preferred_mentor'];
				if ( null !== $preferred && ( ! get_userdata( (int) $preferred ) || ! Capabilities::can_mentor( (int) $preferred ) || (int) $preferred === $profile->user_id ) ) {
					return $bad( __( 'The preferred mentor must be someone else who is a mentor here.', 'wayfinder' ) );
				}
				$profile->preferred_mentor = null === $preferred ? null : (int) $preferred;
			}
			if ( isset( $mentee['preferred_team'] ) ) {
				if ( '' !== $mentee['preferred_team'] && ! TeamPostType::exists( $mentee['preferred_team'] ) ) {
					/* translators: %s: a team slug. */
					return $bad( sprintf( __( 'There is no team “%s”. Pick teams from Mentorship → Teams.', 'wayfinder' ), $mentee['preferred_team'] ) );
				}
				$profile->preferred_team = $mentee['preferred_team'];
			}
			if ( isset( $mentee['preferred_language'] ) ) {
				$profile->preferred_language = $mentee['preferred_language'];
			}
		}
		if ( isset( $request['sponsored'] ) ) {
			$profile->sponsored = (bool) $request['sponsored'];
		}
		return true;
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
		global $wpdb;
		$table = Schema::matches_table();
		$open  = MatchService::OPEN_STATUSES;
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE status IN {$open} AND ( ( mentee_id = %d AND ( mentor_id = %d OR backup_mentor_id = %d ) ) OR ( mentee_id = %d AND ( mentor_id = %d OR backup_mentor_id = %d ) ) ) LIMIT 1", $user_id, $me, $me, $me, $user_id, $user_id ) ); // phpcs:ignore WordPress.DB -- our table.
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
				'capacity'   => $item->mentor_capacity,
				'weight'     => $item->mentor_weight,
				'status'     => $item->mentor_status,
				'away_until' => $item->away_until,
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
		$both         = array( 'view', 'edit' );
		$code_list    = static fn ( string $description, string $pattern ): array => array(
			'description' => $description,
			'type'        => 'array',
			'items'       => array(
				'type'    => 'string',
				'pattern' => $pattern,
			),
			'maxItems'    => 20,
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
				'languages'    => $code_list( __( 'Language codes, e.g. en, pt-BR.', 'wayfinder' ), '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$' ),
				'teams'        => $code_list( __( 'Slugs of the teams the person is interested in.', 'wayfinder' ), '^[a-z0-9-]{1,100}$' ),
				'skills'       => $code_list( __( 'Skills, in the person’s words.', 'wayfinder' ), '^.{1,50}$' ),
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
						'capacity'   => array(
							'type'    => 'integer',
							'minimum' => 0,
							'maximum' => 50,
						),
						'weight'     => array(
							'type' => 'string',
							'enum' => Mentor::WEIGHTS,
						),
						'status'     => array(
							'type' => 'string',
							'enum' => Mentor::STATUSES,
						),
						'away_until' => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'date',
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
