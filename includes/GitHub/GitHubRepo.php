<?php
/**
 * A GitHub repository connected to Wayfinder: its `owner/name`, the team its contributions count
 * for ('' for none), the secret its webhook signs deliveries with (never shown after it was made)
 * and when the last delivery came.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

final class GitHubRepo {

	/** The `owner/name` form: an account's name (letters, digits, single hyphens), then letters, digits, '.', '-' or '_'. */
	public const NAME_PATTERN = '/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/';

	public function __construct(
		public readonly int $id,
		public readonly string $full_name,
		public readonly string $team,
		public readonly string $secret,
		public readonly int $created_by,
		public readonly string $created_at,
		public readonly ?string $last_delivery_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the github_repos table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(string) $row['full_name'],
			(string) $row['team'],
			(string) $row['secret'],
			(int) ( $row['created_by'] ?? 0 ),
			(string) $row['created_at'],
			isset( $row['last_delivery_at'] ) ? (string) $row['last_delivery_at'] : null,
		);
	}

	/** The repository's page on GitHub. */
	public function url(): string {
		return 'https://github.com/' . $this->full_name;
	}
}
