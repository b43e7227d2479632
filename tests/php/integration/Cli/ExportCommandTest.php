<?php
/**
 * `wp wayfinder export cohort|program`, run for real: CSV with a header in words, to STDOUT or a
 * file, with what a coordinator sees and no e-mail address.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Mentorship\MatchService;

final class ExportCommandTest extends CliTestCase {

	/** @return array<string, int|string> */
	public static function a_cohort_with_people(): array {
		$cohort    = self::cohort( array(), 'Spring cohort' );
		$enrolment = new Enrolment();
		$mentor    = self::person( 'grace', 'wayfinder_mentor', 'Grace Hopper' );
		$paired    = self::person( 'zoe', 'subscriber', 'Zoë Ørsted' );
		$left      = self::person( 'walt', 'subscriber', '=Walt Withdrawn' );
		$enrolment->enrol( $cohort, $mentor, CohortMember::MENTOR, '', 1 );
		$enrolment->enrol( $cohort, $paired, CohortMember::MENTEE, Cohort::ONE_TO_ONE, 1 );
		$enrolment->enrol( $cohort, $left, CohortMember::MENTEE, Cohort::ONE_TO_ONE, 1 );
		$enrolment->withdraw( $cohort, $left, 1 );
		( new MatchService() )->start( $paired, $mentor, 'cohort', 1, 'active', $cohort );
		( new CohortMemberRepository() )->graduate( $cohort, $paired, $mentor, '', time() );
		( new HandoffRepository() )->choose( $paired, $cohort, 'polyglots', time() );
		$solo_mentee = self::person( 'sam', 'subscriber', 'Sam Solo' );
		( new MatchService() )->start( $solo_mentee, $mentor, 'coordinator', 1, 'proposed' );
		return array(
			'cohort' => $cohort,
			'file'   => get_temp_dir() . 'wayfinder-export-' . wp_generate_password( 8, false ) . '.csv',
		);
	}

	/**
	 * @param array<string, int|string> $given
	 * @return array<string, mixed>
	 */
	public static function the_file( array $given ): array {
		$file     = (string) $given['file'];
		$contents = is_file( $file ) ? (string) file_get_contents( $file ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the export just written.
		if ( is_file( $file ) ) {
			wp_delete_file( $file );
		}
		return array( 'contents' => $contents );
	}

	/**
	 * @return list<list<string>>
	 */
	private static function csv( string $text ): array {
		$lines = array_values( array_filter( preg_split( '/\r?\n/', trim( $text ) ) ) );
		return array_map( static fn ( string $line ): array => str_getcsv( $line, ',', '"', '' ), $lines );
	}

	public function test_a_cohort_is_exported_with_each_person_their_way_mentor_status_graduation_and_team(): void {
		$run = $this->wp( array( 'wayfinder', 'export', 'cohort', '{cohort}' ), 'a_cohort_with_people' );
		$this->assertSame( 0, $run->code, $run->output() );
		$rows = self::csv( $run->stdout );
		$this->assertSame( array( 'Person', 'Role', 'Way of taking part', 'Mentor', 'Status', 'Enrolled on', 'Graduated on', 'Hand-off team', 'Hand-off status' ), $rows[0] );
		$this->assertCount( 4, $rows, 'the mentor, the paired mentee and the withdrawn one' );
		$this->assertSame( array( 'Grace Hopper', 'Mentor', '', '' ), array_slice( $rows[1], 0, 4 ), 'mentors first' );
		$zoe = $rows[3];
		$this->assertSame( 'Zoë Ørsted', $zoe[0], 'UTF-8 as it is' );
		$this->assertSame( array( 'Mentee', 'Paired with a mentor (1:1)', 'Grace Hopper', 'Graduated' ), array_slice( $zoe, 1, 4 ) );
		$this->assertSame( wp_date( 'Y-m-d' ), $zoe[6] );
		$this->assertSame( 'Chosen, not sent yet', $zoe[8] );
		$this->assertNotSame( '', $zoe[7], 'the team by its name' );
		$walt = $rows[2];
		$this->assertSame( "'=Walt Withdrawn", $walt[0], 'a name that looks like a formula stays text in a spreadsheet' );
		$this->assertSame( 'Withdrawn', $walt[4] );
		$this->assertStringNotContainsString( '@example.org', $run->stdout, 'no e-mail addresses' );
	}

	public function test_with_file_the_csv_goes_to_the_file_and_the_command_says_so(): void {
		$run = $this->wp( array( 'wayfinder', 'export', 'cohort', '{cohort}', '--file={file}' ), 'a_cohort_with_people', 'the_file' );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertStringContainsString( 'Success: Exported 3 people of Spring cohort to ' . $run->given['file'], $run->stdout );
		$this->assertIsString( $run->after['contents'] );
		$this->assertSame( 'Person', self::csv( $run->after['contents'] )[0][0] );
	}

	public function test_the_program_lists_every_mentorship_and_every_cohort_place(): void {
		$run = $this->wp( array( 'wayfinder', 'export', 'program' ), 'a_cohort_with_people' );
		$this->assertSame( 0, $run->code, $run->output() );
		$rows = self::csv( $run->stdout );
		$this->assertSame( array( 'Record', 'Cohort', 'Person', 'Role', 'Mentor', 'How', 'Status', 'Started on', 'Last change on', 'Graduated on', 'Hand-off team' ), $rows[0] );
		$kinds = array_count_values( array_column( array_slice( $rows, 1 ), 0 ) );
		$this->assertSame( 2, $kinds['Mentorship'] );
		$this->assertSame( 3, $kinds['Cohort place'] );
		$solo = array_values( array_filter( $rows, static fn ( array $row ): bool => 'Sam Solo' === $row[2] ) )[0];
		$this->assertSame( array( 'Mentorship', '', 'Sam Solo', 'Mentee', 'Grace Hopper', 'A coordinator matched them', 'Proposed, waiting for the mentor' ), array_slice( $solo, 0, 7 ) );
	}

	public function test_a_cohort_that_does_not_exist_is_refused(): void {
		$run = $this->wp( array( 'wayfinder', 'export', 'cohort', '987654' ) );
		$this->assertSame( 1, $run->code );
		$this->assertStringContainsString( 'There is no cohort 987654.', $run->stderr );
		$this->assertSame( '', $run->stdout, 'no half CSV' );
	}

	public function test_a_file_that_cannot_be_written_is_refused_in_words(): void {
		$run = $this->wp( array( 'wayfinder', 'export', 'program', '--file=/no/such/folder/program.csv' ) );
		$this->assertSame( 1, $run->code );
		$this->assertStringContainsString( 'Could not write to /no/such/folder/program.csv. Check that its folder exists', $run->stderr );
	}
}
