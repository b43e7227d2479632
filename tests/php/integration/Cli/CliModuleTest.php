<?php
/**
 * Every `wp wayfinder` command is registered, and WP-CLI's help reads its description from the
 * docblocks.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

final class CliModuleTest extends CliTestCase {

	public function test_help_lists_every_command_with_what_it_does(): void {
		$run = $this->wp( array( 'help', 'wayfinder' ) );
		$this->assertSame( 0, $run->code, $run->output() );
		foreach ( array(
			'board'       => 'Runs a cohort\'s matching board.',
			'cohort'      => 'Lists cohorts and their people; enrols, withdraws and closes.',
			'counters'    => 'Recomputes the counters Wayfinder keeps.',
			'credentials' => 'Lists and revokes awarded badges and their certificates.',
			'demo'        => 'Loads the demo program',
			'export'      => 'Exports a cohort or the whole program as CSV.',
			'health'      => 'Shows how the program is doing on one screen.',
			'repair'      => 'Repairs mentors\' counts',
			'survey'      => 'Sends survey invitations again.',
		) as $command => $says ) {
			$this->assertMatchesRegularExpression( '/^  ' . $command . ' +' . preg_quote( $says, '/' ) . '/m', $run->stdout );
		}
	}

	public function test_a_commands_help_has_its_options_and_examples(): void {
		$run = $this->wp( array( 'help', 'wayfinder', 'credentials', 'revoke' ) );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertStringContainsString( 'wp wayfinder credentials revoke <award> --reason=<reason>', $run->stdout );
		$this->assertStringContainsString( 'EXAMPLES', $run->stdout );
	}
}
