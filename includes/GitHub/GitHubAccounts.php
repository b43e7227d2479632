<?php
/**
 * The rules of linking a GitHub account: the username is checked and its numeric ID looked up on
 * GitHub (api.github.com/users/<login>); when GitHub cannot be reached the person may give the
 * numeric ID themselves. One GitHub ID per person and one person per GitHub ID.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Platform\Transaction;
use WP_Error;

final class GitHubAccounts {

	/** Where GitHub's public user records are read. */
	public const USERS_API = 'https://api.github.com/users/';

	public function __construct( private readonly GitHubAccountRepository $accounts = new GitHubAccountRepository() ) {
	}

	public function of( int $user_id ): ?GitHubAccount {
		return $this->accounts->find( $user_id );
	}

	/**
	 * Links the person's GitHub account (replacing an earlier link of theirs).
	 *
	 * @param int $github_id The numeric ID the person gave (0: look it up on GitHub).
	 * @return GitHubAccount|WP_Error
	 */
	public function link( int $user_id, string $login, int $github_id, int $now ) {
		$login = ltrim( trim( $login ), '@' );
		if ( 1 !== preg_match( GitHubAccount::LOGIN_PATTERN, $login ) ) {
			return new WP_Error( 'wayfinder_github_login_invalid', __( 'Enter your GitHub username as it appears in your profile’s address (github.com/username): letters, digits and single hyphens, at most 39 characters.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$found = $this->lookup( $login );
		if ( is_wp_error( $found ) ) {
			// GitHub could not be reached: the person's own numeric ID will do; without one, they are told how to find it.
			if ( 'wayfinder_github_unreachable' !== $found->get_error_code() || $github_id <= 0 ) {
				return $found;
			}
		} elseif ( $github_id > 0 && $github_id !== $found['id'] ) {
			return new WP_Error(
				'wayfinder_github_id_mismatch',
				/* translators: 1: a GitHub username, 2: its numeric ID on GitHub, 3: the ID entered. */
				sprintf( __( 'GitHub says the account %1$s has the ID %2$d, not %3$d. Leave the ID empty, or check the username.', 'wayfinder' ), $found['login'], $found['id'], $github_id ),
				array( 'status' => 400 )
			);
		} else {
			$login     = $found['login'];
			$github_id = $found['id'];
		}
		$linked = Transaction::run(
			function () use ( $user_id, $github_id, $login, $now ) {
				$mine = $this->accounts->find( $user_id );
				if ( null !== $mine && ! $this->accounts->delete( $user_id ) ) {
					return new WP_Error( 'wayfinder_github_not_saved', __( 'Your GitHub account could not be linked. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
				}
				if ( ! $this->accounts->insert( $user_id, $github_id, $login, $now ) ) {
					return new WP_Error(
						'wayfinder_github_taken',
						/* translators: %s: a GitHub username. */
						sprintf( __( 'Someone else on this site already linked the GitHub account %s. If it is yours, ask a mentoring coordinator to help.', 'wayfinder' ), $login ),
						array( 'status' => 409 )
					);
				}
				return $this->accounts->find( $user_id );
			}
		);
		if ( null === $linked ) {
			return new WP_Error( 'wayfinder_github_not_saved', __( 'Your GitHub account could not be linked. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		return $linked;
	}

	/** Unlinks the person's GitHub account; contributions already recorded stay. */
	public function unlink( int $user_id ): bool {
		return $this->accounts->delete( $user_id );
	}

	/**
	 * A GitHub account's numeric ID and username as GitHub spells it.
	 *
	 * @return array{id: int, login: string}|WP_Error Not found (404), or GitHub unreachable (503, code wayfinder_github_unreachable).
	 */
	public function lookup( string $login ) {
		$response = wp_remote_get(
			self::USERS_API . rawurlencode( $login ),
			array(
				'timeout' => 5,
				'headers' => array(
					'Accept'     => 'application/vnd.github+json',
					'User-Agent' => 'Wayfinder/' . \Wayfinder\VERSION . '; ' . home_url( '/' ),
				),
			)
		);
		$status   = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );
		if ( 404 === $status ) {
			return new WP_Error(
				'wayfinder_github_login_unknown',
				/* translators: %s: a GitHub username. */
				sprintf( __( 'GitHub has no account named %s. Check the spelling: it is the name in your profile’s address, github.com/username.', 'wayfinder' ), $login ),
				array( 'status' => 404 )
			);
		}
		$body = 200 === $status ? json_decode( (string) wp_remote_retrieve_body( $response ), true ) : null;
		if ( ! is_array( $body ) || ! is_int( $body['id'] ?? null ) || $body['id'] <= 0 ) {
			return self::unreachable( $login );
		}
		return array(
			'id'    => $body['id'],
			'login' => is_string( $body['login'] ?? null ) && 1 === preg_match( GitHubAccount::LOGIN_PATTERN, $body['login'] ) ? $body['login'] : $login,
		);
	}

	/** GitHub did not answer: how to find the numeric ID by hand. */
	private static function unreachable( string $login ): WP_Error {
		return new WP_Error(
			'wayfinder_github_unreachable',
			sprintf(
				/* translators: %s: the address of the person's record on GitHub's API. */
				__( 'GitHub could not be reached to look up your account. Enter your numeric GitHub user ID as well: open %s in your browser and copy the number after "id".', 'wayfinder' ),
				self::USERS_API . rawurlencode( $login )
			),
			array( 'status' => 503 )
		);
	}
}
