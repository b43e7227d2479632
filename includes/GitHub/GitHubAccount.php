<?php
/**
 * A person's linked GitHub account: GitHub's numeric user ID (which never changes, so webhooks find
 * the person by it), the username as GitHub spells it (which can change; only props credits name it)
 * and when it was linked.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

final class GitHubAccount {

	/** GitHub usernames: letters, digits and single hyphens between them, at most 39 characters. */
	public const LOGIN_PATTERN = '/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/';

	public function __construct(
		public readonly int $user_id,
		public readonly int $github_id,
		public readonly string $login,
		public readonly string $linked_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the github_accounts table. */
	public static function from_row( array $row ): self {
		return new self( (int) $row['user_id'], (int) $row['github_id'], (string) $row['login'], (string) $row['linked_at'] );
	}

	/** The account's page on GitHub. */
	public function profile_url(): string {
		return 'https://github.com/' . rawurlencode( $this->login );
	}
}
