<?php
/**
 * One of the site's signing keys: its ID (the RFC 7638 thumbprint of its public JWK), the public key
 * (PEM), the private key as stored (sealed, see SigningKeys), when it was made and when it stopped
 * signing. A retired key stays published, so what it signed still verifies.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

final class SigningKey {

	public function __construct(
		public readonly int $id,
		public readonly string $kid,
		public readonly string $alg,
		public readonly string $public_key,
		public readonly string $sealed_private_key,
		public readonly string $created_at,
		public readonly ?string $retired_at,
	) {
	}

	public function is_retired(): bool {
		return null !== $this->retired_at;
	}

	/** @param array<string, mixed> $row */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(string) $row['kid'],
			(string) $row['alg'],
			(string) $row['public_key'],
			(string) $row['private_key'],
			(string) $row['created_at'],
			isset( $row['retired_at'] ) ? (string) $row['retired_at'] : null,
		);
	}
}
