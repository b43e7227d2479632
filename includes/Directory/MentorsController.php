<?php
/**
 * GET /wayfinder/v1/mentors: the public mentor directory, a page at a time.
 *
 * Public on purpose (permission `__return_true`): it lists exactly what a mentor's public profile
 * (GET /profiles/<id>, no login needed) already shows — name, intro, time zone, languages, teams,
 * weekly availability and status — and nothing else: no email address, no mentee settings, no
 * counts of mentees. A directory of mentors is meant to be read by people who are not members yet.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\Paging;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Profiles\MeetingHours;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class MentorsController extends WP_REST_Controller {

	public function __construct( private readonly MentorDirectory $directory = new MentorDirectory() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'mentors';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					// Public data only (see the class comment).
					'permission_callback' => '__return_true',
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** @return array<string, array<string, mixed>> */
	public function get_collection_params(): array {
		$paging                        = Paging::args();
		$paging['per_page']['maximum'] = DirectoryFilters::MAX_PER_PAGE;
		$paging['per_page']['default'] = 12;
		// A team or a language to filter on is one item of the listing's own lists: the same schema.
		$item = $this->get_item_schema()['properties'];
		return $paging + array(
			'team'     => array( 'description' => __( 'Only mentors in this team (its slug).', 'wayfinder' ) ) + $item['teams']['items'],
			'language' => array( 'description' => __( 'Only mentors who speak this language (a code such as es or pt-BR).', 'wayfinder' ) ) + $item['languages']['items'],
			'meets'    => array(
				'description' => __( 'Only mentors available in part of these hours of the week, in the time zone tz.', 'wayfinder' ),
				'type'        => 'string',
				'enum'        => array_keys( MeetingHours::CHOICES ),
			),
			'tz'       => array(
				'description'       => __( 'The time zone meets is in (IANA, e.g. Europe/Berlin); by default the logged-in person’s, else the site’s.', 'wayfinder' ),
				'type'              => 'string',
				'maxLength'         => 64,
				'validate_callback' => array( self::class, 'validate_timezone' ),
			),
			'room'     => array(
				'description' => __( 'Only mentors who take a new mentee now.', 'wayfinder' ),
				'type'        => 'boolean',
				'default'     => false,
			),
			'search'   => array(
				'description' => __( 'Only mentors whose name contains this.', 'wayfinder' ),
				'type'        => 'string',
				'maxLength'   => 100,
				'default'     => '',
			),
		);
	}

	/**
	 * @param mixed           $value   The value sent.
	 * @param WP_REST_Request $request The request.
	 * @param string          $param   The parameter's name.
	 * @return true|WP_Error
	 */
	public static function validate_timezone( $value, $request, $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		if ( ! DirectoryFilters::valid_timezone( (string) $value ) ) {
			return new WP_Error(
				'rest_invalid_param',
				/* translators: %s: what was sent. */
				sprintf( __( '“%s” is not a time zone. Use a name like Europe/Berlin or America/Sao_Paulo.', 'wayfinder' ), (string) $value ),
				array( 'status' => 400 )
			);
		}
		return true;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$filters                  = new DirectoryFilters(
			(string) ( $request['team'] ?? '' ),
			(string) ( $request['language'] ?? '' ),
			(string) ( $request['meets'] ?? '' ),
			(bool) $request['room'],
			isset( $request['tz'] ) ? (string) $request['tz'] : Visitor::current()->timezone,
			trim( (string) $request['search'] ),
			(int) $request['page'],
			(int) $request['per_page']
		);
		list( $listings, $total ) = $this->directory->page( $filters );
		$pages                    = max( 1, (int) ceil( $total / $filters->per_page ) );
		if ( $filters->page > $pages ) {
			return new WP_Error(
				'rest_invalid_param',
				/* translators: 1: the page asked for, 2: the last page. */
				sprintf( __( 'There is no page %1$d: the last page is %2$d.', 'wayfinder' ), $filters->page, $pages ),
				array(
					'status' => 400,
					'params' => array( 'page' => __( 'The page is past the last page.', 'wayfinder' ) ),
				)
			);
		}
		if ( get_option( 'show_avatars' ) ) {
			cache_users( array_map( static fn ( MentorListing $listing ): int => $listing->id, $listings ) ); // One query for every avatar's user.
		}
		$items = array_map( fn ( MentorListing $listing ) => $this->prepare_response_for_collection( $this->prepare_item_for_response( $listing, $request ) ), $listings );
		return Paging::add_headers( rest_ensure_response( $items ), $total, $filters->per_page );
	}

	/**
	 * @param MentorListing   $item    The mentor.
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$state    = $item->state();
		$avatar   = get_option( 'show_avatars' ) ? get_avatar_url( $item->id, array( 'size' => 96 ) ) : false;
		$data     = array(
			'id'           => $item->id,
			'name'         => $item->name,
			'intro'        => $item->intro,
			'timezone'     => $item->timezone,
			'languages'    => $item->languages,
			'teams'        => $item->teams,
			'availability' => $item->availability,
			'status'       => $state,
			'away_until'   => MentorListing::AWAY === $state ? $item->away_until : null,
			'avatar'       => is_string( $avatar ) ? $avatar : null,
		);
		$response = rest_ensure_response( $this->filter_response_by_context( $data, $request['context'] ?? 'view' ) );
		$response->add_link( 'profile', rest_url( sprintf( '%s/profiles/%d', $this->namespace, $item->id ) ) );
		return $response;
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$view         = array( 'view', 'embed' );
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-mentor',
			'type'       => 'object',
			'properties' => array(
				'id'           => array(
					'description' => __( 'The mentor’s user ID.', 'wayfinder' ),
					'type'        => 'integer',
					'context'     => $view,
					'readonly'    => true,
				),
				'name'         => array(
					'description' => __( 'Display name.', 'wayfinder' ),
					'type'        => 'string',
					'context'     => $view,
					'readonly'    => true,
				),
				'intro'        => array(
					'description' => __( 'The mentor’s introduction, plain text.', 'wayfinder' ),
					'type'        => 'string',
					'context'     => $view,
					'readonly'    => true,
				),
				'timezone'     => array(
					'description' => __( 'IANA time zone.', 'wayfinder' ),
					'type'        => 'string',
					'context'     => $view,
					'readonly'    => true,
				),
				'languages'    => array(
					'description' => __( 'Language codes.', 'wayfinder' ),
					'type'        => 'array',
					'items'       => array(
						'type'      => 'string',
						'pattern'   => DirectoryFilters::LANGUAGE_PATTERN,
						'maxLength' => 12,
					),
					'context'     => $view,
					'readonly'    => true,
				),
				'teams'        => array(
					'description' => __( 'Team slugs.', 'wayfinder' ),
					'type'        => 'array',
					'items'       => array(
						'type'      => 'string',
						'pattern'   => DirectoryFilters::TEAM_PATTERN,
						'maxLength' => 100,
					),
					'context'     => $view,
					'readonly'    => true,
				),
				'availability' => array(
					'description' => __( 'Weekly windows in the mentor’s own time: [weekday 1–7 (Monday = 1), "HH:MM", "HH:MM"].', 'wayfinder' ),
					'type'        => 'array',
					'items'       => array( 'type' => 'array' ),
					'context'     => $view,
					'readonly'    => true,
				),
				'status'       => array(
					'description' => __( 'available: takes a new mentee now; away: on a break; full: no room left.', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => array( MentorListing::AVAILABLE, MentorListing::AWAY, MentorListing::FULL ),
					'context'     => $view,
					'readonly'    => true,
				),
				'away_until'   => array(
					'description' => __( 'The last day of an absence (while away), else null.', 'wayfinder' ),
					'type'        => array( 'string', 'null' ),
					'format'      => 'date',
					'context'     => $view,
					'readonly'    => true,
				),
				'avatar'       => array(
					'description' => __( 'The avatar’s URL (96 pixels), or null where the site shows no avatars.', 'wayfinder' ),
					'type'        => array( 'string', 'null' ),
					'context'     => $view,
					'readonly'    => true,
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
