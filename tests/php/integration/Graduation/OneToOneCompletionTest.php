<?php
/**
 * A one-to-one mentorship outside cohorts ends as "We reached our goals" from My mentorship — either
 * side may say so — through the existing ending (MatchCompleted, the event later features listen to
 * for 1:1s, as they listen to MenteeGraduated for cohorts), and the mentor's past mentees show the
 * mentee's verified contributions since it started.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Graduation;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Contributions\Recorder;
use Wayfinder\Mentorship\Events\MatchCompleted;
use Wayfinder\Tests\Integration\MyMentorship\Fixtures;
use Wayfinder\Tests\Integration\TestCase;

final class OneToOneCompletionTest extends TestCase {

	use Fixtures;

	public function test_the_mentee_can_say_we_reached_our_goals_and_the_mentor_sees_the_contributions(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$match = $this->match( $jonas, $anna );

		$html = $this->render_as( $jonas, 'my-mentorship' );
		$this->assertStringContainsString( 'name="reason" value="completed"', $html );
		$this->assertStringContainsString( 'We reached our goals', $html );
		$this->assertStringContainsString( 'name="reason" value="completed"', $this->render_as( $anna, 'my-mentorship' ), 'the mentor too' );

		$made = ( new Recorder( new ContributionRepository() ) )->record(
			array(
				'user_id'        => $jonas,
				'kind'           => 'documentation',
				'team'           => 'docs',
				'url'            => 'https://example.org/docs/1',
				'summary'        => 'Fixed a page',
				'contributed_on' => gmdate( 'Y-m-d' ),
				'source'         => Contribution::MANUAL,
				'source_key'     => 'manual:docs-1',
			),
			time()
		);
		( new ContributionRepository() )->review( $made->id, Contribution::VERIFIED, $anna, '', time(), array( Contribution::UNVERIFIED ) );

		$completed = 0;
		$count     = static function () use ( &$completed ): void {
			++$completed;
		};
		add_action( MatchCompleted::HOOK, $count );
		$ended = $this->rest( 'POST', '/wayfinder/v1/matches/' . $match . '/end', array( 'reason' => 'completed' ), $jonas );
		remove_action( MatchCompleted::HOOK, $count );
		$this->assertSame( 200, $ended->get_status(), (string) wp_json_encode( $ended->get_data() ) );
		$this->assertSame( 1, $completed, 'MatchCompleted, nothing new' );

		$mentor = $this->text( $this->render_as( $anna, 'my-mentorship' ) );
		$this->assertStringContainsString( 'Jonas Weber', $mentor );
		$this->assertStringContainsString( '1 verified contribution', $mentor );
	}
}
