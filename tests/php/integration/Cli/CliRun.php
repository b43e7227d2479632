<?php
/**
 * What one `wp` run did: its exit code and output, what its fixture made, what its probe found
 * afterwards (before the rollback), and the mail it sent.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

final class CliRun {

	/**
	 * @param array<string, mixed>                                          $given
	 * @param array<string, mixed>                                          $after
	 * @param list<array{to: string, subject: string, message: string}> $mail
	 */
	public function __construct(
		public readonly int $code,
		public readonly string $stdout,
		public readonly string $stderr,
		public readonly array $given,
		public readonly array $after,
		public readonly array $mail,
	) {
	}

	/** Everything it printed, for failure messages. */
	public function output(): string {
		return "exit {$this->code}\n--- stdout\n{$this->stdout}\n--- stderr\n{$this->stderr}";
	}
}
