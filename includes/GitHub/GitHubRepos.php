<?php
/**
 * The rules of connecting repositories: a valid `owner/name`, connected once, mapped to a team that
 * exists (or none), and a random secret for its webhook — given back only when it is made.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Platform\RestNamespace;
use Wayfinder\Platform\Transaction;
use Wayfinder\Teams\TeamList;
use WP_Error;

final class GitHubRepos {

	/** Bytes of randomness in a secret (shown as twice as many hex digits). */
	public const SECRET_BYTES = 32;

	public function __construct(
		private readonly GitHubRepoRepository $repos = new GitHubRepoRepository(),
		private readonly GitHubDeliveryRepository $deliveries = new GitHubDeliveryRepository(),
	) {
	}

	/** The address GitHub posts deliveries to (one for every repository). */
	public static function webhook_url(): string {
		return rest_url( RestNamespace::V1 . '/github/webhook' );
	}

	/** @return list<GitHubRepo> */
	public function all(): array {
		return $this->repos->all();
	}

	public function find( int $id ): ?GitHubRepo {
		return $this->repos->find( $id );
	}

	/**
	 * Connects a repository, with a new secret.
	 *
	 * @return GitHubRepo|WP_Error The repository (its secret the one time it is shown).
	 */
	public function connect( string $full_name, string $team, int $actor, int $now ) {
		$full_name = self::clean_name( $full_name );
		if ( 1 !== preg_match( GitHubRepo::NAME_PATTERN, $full_name ) ) {
			return new WP_Error( 'wayfinder_github_repo_invalid', __( 'Enter the repository as owner/name, the way it appears in its address on GitHub (for example WordPress/wordpress-develop).', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$refused = self::check_team( $team );
		if ( null !== $refused ) {
			return $refused;
		}
		$made = $this->repos->create( $full_name, $team, self::new_secret_value(), $actor, $now );
		if ( null === $made ) {
			return new WP_Error(
				'wayfinder_github_repo_taken',
				/* translators: %s: a repository, owner/name. */
				sprintf( __( '%s is connected already. Change its team in the list, or make it a new secret there.', 'wayfinder' ), $full_name ),
				array( 'status' => 409 )
			);
		}
		return $made;
	}

	/** @return GitHubRepo|WP_Error */
	public function set_team( int $id, string $team ) {
		$repo = $this->repos->find( $id );
		if ( null === $repo ) {
			return self::not_found();
		}
		$refused = self::check_team( $team );
		if ( null !== $refused ) {
			return $refused;
		}
		if ( ! $this->repos->set_team( $id, $team ) ) {
			return self::not_saved();
		}
		return $this->repos->find( $id ) ?? self::not_found();
	}

	/**
	 * A new secret for the repository's webhook: the old one stops working at once.
	 *
	 * @return GitHubRepo|WP_Error The repository with its new secret (the one time it is shown).
	 */
	public function new_secret( int $id ) {
		$repo = $this->repos->find( $id );
		if ( null === $repo ) {
			return self::not_found();
		}
		$secret = self::new_secret_value();
		if ( ! $this->repos->set_secret( $id, $secret ) ) {
			return self::not_saved();
		}
		return new GitHubRepo( $repo->id, $repo->full_name, $repo->team, $secret, $repo->created_by, $repo->created_at, $repo->last_delivery_at );
	}

	/**
	 * Disconnects a repository: its deliveries stop being accepted; contributions already recorded stay.
	 *
	 * @return true|WP_Error
	 */
	public function disconnect( int $id ) {
		if ( null === $this->repos->find( $id ) ) {
			return self::not_found();
		}
		return Transaction::all(
			fn (): bool => $this->deliveries->delete_repo( $id ),
			fn (): bool => $this->repos->delete( $id )
		) ? true : self::not_saved();
	}

	/** A repository's name as typed or pasted: also its address on GitHub, or with .git at the end. */
	public static function clean_name( string $name ): string {
		$name = trim( $name );
		$name = (string) preg_replace( '#^(?:https?://)?(?:www\.)?github\.com/#i', '', $name );
		$name = (string) preg_replace( '#(?:\.git)?/*$#', '', $name );
		return $name;
	}

	private static function new_secret_value(): string {
		return bin2hex( random_bytes( self::SECRET_BYTES ) );
	}

	private static function check_team( string $team ): ?WP_Error {
		if ( '' === $team || isset( TeamList::all()[ $team ] ) ) {
			return null;
		}
		return new WP_Error( 'wayfinder_github_team_unknown', __( 'Choose one of the teams listed, or no team.', 'wayfinder' ), array( 'status' => 400 ) );
	}

	private static function not_found(): WP_Error {
		return new WP_Error( 'wayfinder_github_repo_not_found', __( 'This repository is not connected (any more). Reload the list.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	private static function not_saved(): WP_Error {
		return new WP_Error( 'wayfinder_github_repo_not_saved', __( 'The change could not be saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
	}
}
