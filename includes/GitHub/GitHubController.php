<?php
/**
 * The routes of linked accounts and connected repositories: GET/PUT/DELETE /wayfinder/v1/me/github
 * (the person's own GitHub account) and /wayfinder/v1/github/repos (coordinators). Thin: parse,
 * authorise, call the services.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Teams\TeamList;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class GitHubController extends WP_REST_Controller {

	public function __construct(
		private readonly GitHubAccounts $accounts = new GitHubAccounts(),
		private readonly GitHubRepos $repos = new GitHubRepos(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'github';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/me/github',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_account' ),
					'permission_callback' => array( $this, 'take_part_check' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'link_account' ),
					'permission_callback' => array( $this, 'take_part_check' ),
					'args'                => array(
						'login'     => array(
							'description' => __( 'The GitHub username.', 'wayfinder' ),
							'type'        => 'string',
							'required'    => true,
							'maxLength'   => 60,
						),
						'github_id' => array(
							'description'       => __( 'The numeric GitHub user ID, when GitHub cannot be reached to look it up (empty or 0: look it up).', 'wayfinder' ),
							'type'              => array( 'integer', 'string' ),
							'default'           => 0,
							'validate_callback' => array( self::class, 'validate_github_id' ),
							'sanitize_callback' => static fn ( $value ): int => (int) trim( (string) $value ),
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'unlink_account' ),
					'permission_callback' => array( $this, 'take_part_check' ),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/github/repos',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'list_repos' ),
					'permission_callback' => array( $this, 'coordinate_check' ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'connect_repo' ),
					'permission_callback' => array( $this, 'coordinate_check' ),
					'args'                => array(
						'full_name' => array(
							'description' => __( 'The repository, owner/name.', 'wayfinder' ),
							'type'        => 'string',
							'required'    => true,
							'maxLength'   => 200,
						),
						'team'      => self::team_arg(),
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/github/repos/(?P<id>[\d]+)',
			array(
				'args' => array( 'id' => self::id_arg() ),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_repo' ),
					'permission_callback' => array( $this, 'coordinate_check' ),
					'args'                => array( 'team' => self::team_arg() + array( 'required' => true ) ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'disconnect_repo' ),
					'permission_callback' => array( $this, 'coordinate_check' ),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/github/repos/(?P<id>[\d]+)/secret',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'new_secret' ),
				'permission_callback' => array( $this, 'coordinate_check' ),
				'args'                => array( 'id' => self::id_arg() ),
			)
		);
	}

	/** @return array<string, mixed> */
	private static function id_arg(): array {
		return array(
			'description' => __( 'The connected repository.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
	}

	/** @return array<string, mixed> */
	private static function team_arg(): array {
		return array(
			'description' => __( 'The team (slug) its contributions count for; empty for none.', 'wayfinder' ),
			'type'        => 'string',
			'default'     => '',
			'maxLength'   => 100,
		);
	}

	/**
	 * The numeric ID: empty, or a whole number.
	 *
	 * @param mixed $value The value sent.
	 * @return true|WP_Error
	 */
	public static function validate_github_id( $value ) {
		if ( ( is_int( $value ) && $value >= 0 ) || ( is_string( $value ) && 1 === preg_match( '/^\s*\d{0,19}\s*$/', $value ) ) ) {
			return true;
		}
		return new WP_Error( 'rest_invalid_param', __( 'The GitHub user ID is a whole number, such as 583231.', 'wayfinder' ), array( 'status' => 400 ) );
	}

	/**
	 * Members of the site, for their own account.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function take_part_check( $request ) {
		unset( $request );
		return Capabilities::can_take_part() ? true : Capabilities::take_part_error( __( 'Log in to link your GitHub account.', 'wayfinder' ) );
	}

	/**
	 * Coordinators only.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function coordinate_check( $request ) {
		unset( $request );
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can connect GitHub repositories.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function get_account( $request ): WP_REST_Response {
		unset( $request );
		return rest_ensure_response( self::account_data( $this->accounts->of( get_current_user_id() ) ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function link_account( $request ) {
		$account = $this->accounts->link( get_current_user_id(), (string) $request['login'], (int) $request['github_id'], time() );
		if ( is_wp_error( $account ) ) {
			return $account;
		}
		return rest_ensure_response(
			self::account_data( $account ) + array(
				/* translators: %s: a GitHub username. */
				'message' => sprintf( __( 'Your GitHub account %s is linked. Merged pull requests, closed issues, reviews and props in connected repositories are now recorded as your contributions.', 'wayfinder' ), $account->login ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function unlink_account( $request ) {
		unset( $request );
		if ( ! $this->accounts->unlink( get_current_user_id() ) ) {
			return new WP_Error( 'wayfinder_github_not_saved', __( 'Your GitHub account could not be unlinked. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		return rest_ensure_response( self::account_data( null ) + array( 'message' => __( 'Your GitHub account is unlinked. Contributions already recorded stay.', 'wayfinder' ) ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function list_repos( $request ): WP_REST_Response {
		unset( $request );
		return rest_ensure_response( array_map( static fn ( GitHubRepo $repo ): array => self::repo_data( $repo, false ), $this->repos->all() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function connect_repo( $request ) {
		$repo = $this->repos->connect( (string) $request['full_name'], (string) $request['team'], get_current_user_id(), time() );
		if ( is_wp_error( $repo ) ) {
			return $repo;
		}
		$response = rest_ensure_response( self::repo_data( $repo, true ) );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_repo( $request ) {
		$repo = $this->repos->set_team( (int) $request['id'], (string) $request['team'] );
		return is_wp_error( $repo ) ? $repo : rest_ensure_response( self::repo_data( $repo, false ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function new_secret( $request ) {
		$repo = $this->repos->new_secret( (int) $request['id'] );
		return is_wp_error( $repo ) ? $repo : rest_ensure_response( self::repo_data( $repo, true ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function disconnect_repo( $request ) {
		$id   = (int) $request['id'];
		$done = $this->repos->disconnect( $id );
		if ( is_wp_error( $done ) ) {
			return $done;
		}
		return rest_ensure_response(
			array(
				'id'      => $id,
				'deleted' => true,
				'message' => __( 'The repository is disconnected: its deliveries are refused from now on. Contributions already recorded stay. Remove the webhook on GitHub too.', 'wayfinder' ),
			)
		);
	}

	/** @return array{linked: bool, login: string, github_id: int|null, profile_url: string, linked_at: string|null} */
	private static function account_data( ?GitHubAccount $account ): array {
		return array(
			'linked'      => null !== $account,
			'login'       => null === $account ? '' : $account->login,
			'github_id'   => null === $account ? null : $account->github_id,
			'profile_url' => null === $account ? '' : $account->profile_url(),
			'linked_at'   => null === $account ? null : mysql_to_rfc3339( $account->linked_at ),
		);
	}

	/** @return array<string, mixed> What coordinators see of a repository; the secret only when just made. */
	private static function repo_data( GitHubRepo $repo, bool $with_secret ): array {
		$teams = TeamList::all();
		$data  = array(
			'id'               => $repo->id,
			'full_name'        => $repo->full_name,
			'url'              => $repo->url(),
			'team'             => $repo->team,
			'team_name'        => '' === $repo->team ? '' : (string) ( $teams[ $repo->team ]['name'] ?? $repo->team ),
			'created_at'       => mysql_to_rfc3339( $repo->created_at ),
			'last_delivery_at' => null === $repo->last_delivery_at ? null : mysql_to_rfc3339( $repo->last_delivery_at ),
			'webhook_url'      => GitHubRepos::webhook_url(),
			'content_type'     => 'application/json',
			'events'           => WebhookReceiver::EVENTS,
		);
		if ( $with_secret ) {
			$data['secret'] = $repo->secret;
		}
		return $data;
	}
}
