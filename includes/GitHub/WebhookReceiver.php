<?php
/**
 * The rules of GitHub's webhook: which repository a delivery is for and whether its signature is that
 * repository's (HMAC-SHA256 of the raw body with the repository's secret); each delivery taken once;
 * what is recorded for whom. People are found by their linked account's numeric GitHub ID — never by
 * username — except props credits, which carry only names: a linked account's username or a site
 * user's login or nicename. Everything goes through Contributions\Recorder (source github, unverified,
 * the repository's team).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Contributions\Recorder;
use Wayfinder\Platform\Transaction;
use WP_Error;

final class WebhookReceiver {

	/** The events Wayfinder subscribes to (what the repository's webhook should send). */
	public const EVENTS = array( 'pull_request', 'issues', 'pull_request_review', 'push' );

	public function __construct(
		private readonly GitHubRepoRepository $repos = new GitHubRepoRepository(),
		private readonly GitHubDeliveryRepository $deliveries = new GitHubDeliveryRepository(),
		private readonly GitHubAccountRepository $accounts = new GitHubAccountRepository(),
		private readonly Recorder $recorder = new Recorder( new ContributionRepository() ),
	) {
	}

	/** The X-Hub-Signature-256 value of a body signed with a secret. */
	public static function signature( string $body, string $secret ): string {
		return 'sha256=' . hash_hmac( 'sha256', $body, $secret );
	}

	/**
	 * The connected repository that signed this raw body, found by the payload's repository.full_name.
	 *
	 * @return GitHubRepo|WP_Error 401 when the repository is not connected or the signature is missing or wrong.
	 */
	public function authenticate( string $body, string $signature ) {
		$payload = json_decode( $body, true );
		$name    = is_array( $payload ) ? self::text( $payload, 'repository', 'full_name' ) : '';
		$repo    = '' === $name ? null : $this->repos->find_by_name( $name );
		$given   = trim( $signature );
		if ( null === $repo || '' === $given || ! hash_equals( self::signature( $body, $repo->secret ), $given ) ) {
			return new WP_Error(
				'wayfinder_github_signature',
				__( 'This delivery is not signed with the secret of a repository connected to Wayfinder. Connect the repository in Mentorship → GitHub and copy its secret into the webhook’s settings on GitHub (content type application/json).', 'wayfinder' ),
				array( 'status' => 401 )
			);
		}
		return $repo;
	}

	/**
	 * Takes one authenticated delivery: once per delivery ID, all of it or nothing (a recording the
	 * database refused leaves the delivery untaken, so GitHub's redelivery records it).
	 *
	 * @param array<mixed> $payload The decoded body.
	 * @return array{status: int, message: string, event: string, recorded: int, already_recorded: int, ignored: int}|WP_Error
	 */
	public function receive( GitHubRepo $repo, string $event, string $delivery, array $payload, int $now ) {
		if ( 1 !== preg_match( '/^[A-Za-z0-9-]{1,64}$/', $delivery ) || 1 !== preg_match( '/^[a-z_]{1,40}$/', $event ) ) {
			return new WP_Error( 'wayfinder_github_headers', __( 'A GitHub delivery needs its X-GitHub-Event and X-GitHub-Delivery headers.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		try {
			return Transaction::run(
				function () use ( $repo, $event, $delivery, $payload, $now ): array {
					$counts = array(
						'status'           => 202,
						'message'          => '',
						'event'            => $event,
						'recorded'         => 0,
						'already_recorded' => 0,
						'ignored'          => 0,
					);
					if ( ! $this->deliveries->claim( $delivery, $repo->id, $event, $now ) ) {
						return array(
							'status'  => 200,
							'message' => __( 'This delivery was already received; nothing was recorded again.', 'wayfinder' ),
						) + $counts;
					}
					if ( ! $this->repos->touch( $repo->id, $now ) ) {
						throw new \RuntimeException( 'The repository\'s last delivery could not be saved.' );
					}
					if ( 'ping' === $event ) {
						return array(
							'status'  => 200,
							'message' => __( 'Wayfinder received the ping: the webhook is set up.', 'wayfinder' ),
						) + $counts;
					}
					list( $items, $counts['ignored'] ) = $this->contributions_of( $repo, $event, $payload );
					foreach ( $items as $fields ) {
						if ( null === $this->recorder->record( $fields, $now ) ) {
							++$counts['already_recorded'];
						} else {
							++$counts['recorded'];
						}
					}
					/* translators: %d: how many contributions. */
					$counts['message'] = sprintf( _n( '%d contribution recorded.', '%d contributions recorded.', $counts['recorded'], 'wayfinder' ), $counts['recorded'] );
					return $counts;
				}
			);
		} catch ( \RuntimeException $error ) {
			return new WP_Error( 'wayfinder_github_not_saved', __( 'The delivery could not be saved. Redeliver it from the webhook’s Recent Deliveries on GitHub.', 'wayfinder' ), array( 'status' => 500 ) );
		}
	}

	/**
	 * What a delivery records, and how many people in it have no linked account here.
	 *
	 * @param array<mixed> $payload
	 * @return array{0: list<array{user_id: int, kind: string, team: string, url: string, summary: string, contributed_on: string, source: string, source_key: string, status: string, created_by: int}>, 1: int}
	 */
	private function contributions_of( GitHubRepo $repo, string $event, array $payload ): array {
		$action = self::text( $payload, 'action' );
		$found  = array();
		switch ( $event ) {
			case 'pull_request':
				if ( 'closed' === $action && true === self::at( $payload, 'pull_request', 'merged' ) && self::number( $payload, 'pull_request', 'number' ) > 0 ) {
					$number  = self::number( $payload, 'pull_request', 'number' );
					$found[] = array(
						self::number( $payload, 'pull_request', 'user', 'id' ),
						Contribution::CODE,
						'github:pr:' . $repo->full_name . '#' . $number,
						self::link( self::text( $payload, 'pull_request', 'html_url' ) ),
						/* translators: 1: a pull request's number, 2: a repository (owner/name), 3: its title. */
						sprintf( __( 'Pull request #%1$d merged in %2$s: %3$s', 'wayfinder' ), $number, $repo->full_name, self::title( $payload, 'pull_request' ) ),
						self::text( $payload, 'pull_request', 'merged_at' ),
					);
				}
				break;
			case 'issues':
				$reason = self::at( $payload, 'issue', 'state_reason' );
				if ( 'closed' === $action && ( null === $reason || 'completed' === $reason ) && self::number( $payload, 'issue', 'number' ) > 0 ) {
					$number  = self::number( $payload, 'issue', 'number' );
					$found[] = array(
						self::number( $payload, 'issue', 'user', 'id' ),
						Contribution::TESTING,
						'github:issue:' . $repo->full_name . '#' . $number,
						self::link( self::text( $payload, 'issue', 'html_url' ) ),
						/* translators: 1: an issue's number, 2: a repository (owner/name), 3: its title. */
						sprintf( __( 'Reported issue #%1$d, fixed in %2$s: %3$s', 'wayfinder' ), $number, $repo->full_name, self::title( $payload, 'issue' ) ),
						self::text( $payload, 'issue', 'closed_at' ),
					);
				}
				break;
			case 'pull_request_review':
				$reviewer = self::number( $payload, 'review', 'user', 'id' );
				// A review of one's own pull request is a comment, not a review.
				if ( 'submitted' === $action && self::number( $payload, 'pull_request', 'user', 'id' ) !== $reviewer && self::number( $payload, 'review', 'id' ) > 0 ) {
					$number  = self::number( $payload, 'pull_request', 'number' );
					$found[] = array(
						$reviewer,
						Contribution::CODE,
						'github:review:' . $repo->full_name . '#' . self::number( $payload, 'review', 'id' ),
						self::link( self::text( $payload, 'review', 'html_url' ) ),
						/* translators: 1: a pull request's number, 2: a repository (owner/name), 3: its title. */
						sprintf( __( 'Reviewed pull request #%1$d in %2$s: %3$s', 'wayfinder' ), $number, $repo->full_name, self::title( $payload, 'pull_request' ) ),
						self::text( $payload, 'review', 'submitted_at' ),
					);
				}
				break;
			case 'push':
				return $this->props_of( $repo, $payload );
		}
		$items   = array();
		$ignored = 0;
		foreach ( $found as list( $github_id, $kind, $key, $url, $summary, $when ) ) {
			$account = $github_id > 0 ? $this->accounts->find_by_github_id( $github_id ) : null;
			if ( null === $account ) {
				++$ignored;
				continue;
			}
			$items[] = self::fields( $repo, $account->user_id, $kind, $key, $url, $summary, $when );
		}
		return array( $items, $ignored );
	}

	/**
	 * Props credits in the commits pushed to the repository's default branch.
	 *
	 * @param array<mixed> $payload
	 * @return array{0: list<array{user_id: int, kind: string, team: string, url: string, summary: string, contributed_on: string, source: string, source_key: string, status: string, created_by: int}>, 1: int}
	 */
	private function props_of( GitHubRepo $repo, array $payload ): array {
		$default = self::text( $payload, 'repository', 'default_branch' );
		$commits = self::at( $payload, 'commits' );
		if ( ( '' !== $default && self::text( $payload, 'ref' ) !== 'refs/heads/' . $default ) || ! is_array( $commits ) ) {
			return array( array(), 0 );
		}
		$credits = array();
		$names   = array();
		foreach ( $commits as $commit ) {
			$sha = is_array( $commit ) ? self::text( $commit, 'id' ) : '';
			if ( 1 !== preg_match( '/^[0-9a-f]{7,64}$/', $sha ) ) {
				continue;
			}
			$credited = PropsParser::names( self::text( $commit, 'message' ) );
			if ( array() === $credited ) {
				continue;
			}
			$credits[] = array( $sha, $credited, $commit );
			array_push( $names, ...$credited );
		}
		$people  = $this->people_named( $names );
		$items   = array();
		$ignored = 0;
		foreach ( $credits as list( $sha, $credited, $commit ) ) {
			$first = strtok( self::text( $commit, 'message' ), "\n" );
			$seen  = array();
			foreach ( $credited as $name ) {
				$user_id = $people[ strtolower( $name ) ] ?? 0;
				if ( 0 === $user_id ) {
					++$ignored;
					continue;
				}
				if ( isset( $seen[ $user_id ] ) ) {
					continue; // Named twice (their GitHub username and their login): credited once.
				}
				$seen[ $user_id ] = true;
				$items[]          = self::fields(
					$repo,
					$user_id,
					Contribution::CODE,
					'github:props:' . $repo->full_name . '@' . $sha,
					self::link( self::text( $commit, 'url' ) ),
					/* translators: 1: a commit's short hash, 2: a repository (owner/name), 3: the commit's first line. */
					sprintf( __( 'Props in commit %1$s to %2$s: %3$s', 'wayfinder' ), substr( $sha, 0, 7 ), $repo->full_name, sanitize_text_field( false === $first ? '' : $first ) ),
					self::text( $commit, 'timestamp' )
				);
			}
		}
		return array( $items, $ignored );
	}

	/**
	 * Who the names of props lines are: a linked account's GitHub username first, else a member of
	 * this site by login or nicename (all case-insensitive).
	 *
	 * @param list<string> $names
	 * @return array<string, int> Lower-case name => user ID.
	 */
	private function people_named( array $names ): array {
		$names = array_values( array_unique( array_map( 'strtolower', $names ) ) );
		if ( array() === $names ) {
			return array();
		}
		$people = $this->accounts->users_by_logins( $names );
		$rest   = array_values( array_diff( $names, array_keys( $people ) ) );
		if ( array() !== $rest ) {
			foreach ( array(
				'login__in'    => 'user_login',
				'nicename__in' => 'user_nicename',
			) as $query => $field ) {
				$users = get_users(
					array(
						$query        => $rest,
						'fields'      => array( 'ID', $field ),
						'number'      => count( $rest ),
						'count_total' => false,
					)
				);
				foreach ( $users as $user ) {
					$people[ strtolower( (string) $user->{$field} ) ] ??= (int) $user->ID;
				}
			}
		}
		return $people;
	}

	/** @return array{user_id: int, kind: string, team: string, url: string, summary: string, contributed_on: string, source: string, source_key: string, status: string, created_by: int} */
	private static function fields( GitHubRepo $repo, int $user_id, string $kind, string $key, string $url, string $summary, string $when ): array {
		$time = '' === $when ? false : strtotime( $when );
		return array(
			'user_id'        => $user_id,
			'kind'           => $kind,
			'team'           => $repo->team,
			'url'            => $url,
			'summary'        => $summary,
			'contributed_on' => gmdate( 'Y-m-d', false === $time ? time() : $time ),
			'source'         => Contribution::GITHUB,
			'source_key'     => $key,
			'status'         => Contribution::UNVERIFIED,
			'created_by'     => 0,
		);
	}

	/**
	 * A value deep in the payload; null when any step is missing.
	 *
	 * @param array<mixed> $data
	 * @return mixed
	 */
	private static function at( array $data, string ...$path ) {
		foreach ( $path as $step ) {
			if ( ! is_array( $data ) || ! array_key_exists( $step, $data ) ) {
				return null;
			}
			$data = $data[ $step ];
		}
		return $data;
	}

	/** @param array<mixed> $data */
	private static function text( array $data, string ...$path ): string {
		$value = self::at( $data, ...$path );
		return is_string( $value ) ? $value : '';
	}

	/** @param array<mixed> $data */
	private static function number( array $data, string ...$path ): int {
		$value = self::at( $data, ...$path );
		return is_int( $value ) && $value > 0 ? $value : 0;
	}

	/** @param array<mixed> $data */
	private static function title( array $data, string $what ): string {
		return sanitize_text_field( self::text( $data, $what, 'title' ) );
	}

	/** A link on github.com, or none. */
	private static function link( string $url ): string {
		return str_starts_with( $url, 'https://github.com/' ) ? esc_url_raw( $url ) : '';
	}
}
