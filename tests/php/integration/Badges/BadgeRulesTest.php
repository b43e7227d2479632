<?php
/**
 * The badges that award themselves from what people did: a completed mentorship, a graduation, a
 * verified contribution to a team, a finished cohort's group sessions; each once, with its reason and
 * object; never for unverified or rejected work; never again after a revocation; and the backfill of
 * history from before badges, bounded, resumable, quiet and safe to run twice.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Badges;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Awarding;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Badges\BadgeRules;
use Wayfinder\Badges\DefaultBadges;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Contributions\ContributionService;
use Wayfinder\Contributions\Recorder;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Sessions\Session;
use Wayfinder\Sessions\SessionRepository;
use Wayfinder\Tests\Integration\TestCase;
use Wayfinder\Tests\Integration\Training\CohortWorkFixture;

final class BadgeRulesTest extends TestCase {

	use CohortWorkFixture;

	/** @var array<string, Badge> By rule (and team contributor: polyglots). */
	private array $badges = array();

	protected function setUp(): void {
		parent::setUp();
		delete_option( DefaultBadges::SEEDED_OPTION );
		DefaultBadges::seed_once();
		foreach ( array( Badge::MENTOR, Badge::MENTEE, Badge::GRADUATE, Badge::FACILITATOR ) as $rule ) {
			$this->badges[ $rule ] = BadgePostType::for_rule( $rule );
		}
		$this->badges['polyglots'] = BadgePostType::for_rule( Badge::TEAM_CONTRIBUTOR, 'polyglots' );
		$this->make_cohort_work();
	}

	/** @return array<string, Award> The person's awards by badge rule (polyglots for its team badge). */
	private function awards_of( int $user_id ): array {
		$by = array();
		foreach ( ( new AwardRepository() )->of_user( $user_id ) as $award ) {
			$badge = BadgePostType::find( $award->badge_id );
			$by[ Badge::TEAM_CONTRIBUTOR === $badge->rule ? $badge->team : $badge->rule ] = $award;
		}
		return $by;
	}

	private function record( int $user, string $key, string $status, string $team = 'polyglots' ): Contribution {
		$made = ( new Recorder( new ContributionRepository() ) )->record(
			array(
				'user_id'        => $user,
				'kind'           => 'translation',
				'team'           => $team,
				'url'            => 'https://translate.example.org/' . $key,
				'summary'        => 'Translated the about page',
				'contributed_on' => '2027-03-20',
				'source'         => Contribution::MANUAL,
				'source_key'     => 'manual:' . $key,
				'status'         => $status,
			),
			time()
		);
		$this->assertInstanceOf( Contribution::class, $made );
		return $made;
	}

	public function test_a_completed_mentorship_awards_mentee_and_mentor_once_with_the_match(): void {
		$mentor = $this->make_user( 'wayfinder_mentor', 'mei' );
		$mentee = $this->make_user( 'subscriber', 'tom' );
		$chidi  = $this->people['chidi'];
		$first  = $this->rest(
			'POST',
			'/wayfinder/v1/matches',
			array(
				'mentee' => $mentee,
				'mentor' => $mentor,
			),
			$chidi
		)->get_data()['id'];
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/matches/{$first}/end", array( 'reason' => 'completed' ), $mentor )->get_status() );

		$mentee_awards = $this->awards_of( $mentee );
		$this->assertSame( array( Badge::MENTEE ), array_keys( $mentee_awards ) );
		$this->assertSame( Award::FOR_MATCH, $mentee_awards[ Badge::MENTEE ]->reason );
		$this->assertSame( $first, $mentee_awards[ Badge::MENTEE ]->object_id );
		$mentor_awards = $this->awards_of( $mentor );
		$this->assertSame( array( Badge::MENTOR ), array_keys( $mentor_awards ) );
		$this->assertSame( $first, $mentor_awards[ Badge::MENTOR ]->object_id );

		// A second completed mentorship of the same mentor earns nothing twice.
		$other  = $this->make_user( 'subscriber', 'lea' );
		$second = $this->rest(
			'POST',
			'/wayfinder/v1/matches',
			array(
				'mentee' => $other,
				'mentor' => $mentor,
			),
			$chidi
		)->get_data()['id'];
		$this->rest( 'POST', "/wayfinder/v1/matches/{$second}/end", array( 'reason' => 'completed' ), $mentor );
		$this->assertCount( 1, ( new AwardRepository() )->of_user( $mentor ) );
		$this->assertSame( $first, $this->awards_of( $mentor )[ Badge::MENTOR ]->object_id );

		// A mentorship that ended otherwise earns nothing.
		$third = $this->make_user( 'subscriber', 'ivo' );
		$ended = $this->rest(
			'POST',
			'/wayfinder/v1/matches',
			array(
				'mentee' => $third,
				'mentor' => $mentor,
			),
			$chidi
		)->get_data()['id'];
		$this->rest( 'POST', "/wayfinder/v1/matches/{$ended}/end", array( 'reason' => 'mentee_stopped' ), $third );
		$this->assertSame( array(), $this->awards_of( $third ) );
	}

	public function test_a_graduation_awards_the_graduate_and_their_cohort_mentor(): void {
		$yuki    = $this->people['yuki'];
		$members = new CohortMemberRepository();
		$members->set_progress( $this->cohort, $yuki, 'one_to_ones_done', 2 );
		$members->set_progress( $this->cohort, $yuki, 'group_sessions_done', 3 );
		$members->set_progress( $this->cohort, $yuki, 'training_done', 2 );
		$contribution = $this->record( $yuki, 'about', Contribution::UNVERIFIED );
		$this->assertSame( 1, ( new ContributionRepository() )->review( $contribution->id, Contribution::VERIFIED, $this->people['anna'], '', time(), array( Contribution::UNVERIFIED ) ) );
		$this->assertTrue( ( new HandoffRepository() )->choose( $yuki, $this->cohort, 'polyglots', time() ) );

		$done = $this->rest( 'POST', '/wayfinder/v1/cohorts/' . $this->cohort . '/graduation/' . $yuki, array( 'note' => 'Translated the about page.' ), $this->people['anna'] );
		$this->assertSame( 200, $done->get_status(), (string) wp_json_encode( $done->get_data() ) );

		$graduate = $this->awards_of( $yuki );
		$this->assertArrayHasKey( Badge::GRADUATE, $graduate );
		$this->assertSame( Award::FOR_COHORT, $graduate[ Badge::GRADUATE ]->reason );
		$this->assertSame( $this->cohort, $graduate[ Badge::GRADUATE ]->object_id );
		$mentor = $this->awards_of( $this->people['anna'] );
		$this->assertSame( array( Badge::MENTOR ), array_keys( $mentor ) );
		$this->assertSame( Award::FOR_COHORT, $mentor[ Badge::MENTOR ]->reason );
		$this->assertSame( $this->cohort, $mentor[ Badge::MENTOR ]->object_id );
		$this->assertSame( array(), $this->awards_of( $this->people['otto'] ), 'the other mentor of the cohort did not mentor Yuki' );
	}

	public function test_a_verified_contribution_to_a_team_awards_its_badge_and_unverified_or_rejected_do_not(): void {
		$ana  = $this->people['ana'];
		$yuki = $this->people['yuki'];
		$this->record( $ana, 'draft', Contribution::UNVERIFIED );
		$this->assertSame( array(), $this->awards_of( $ana ), 'unverified work earns nothing' );

		$rejected = $this->record( $yuki, 'spam', Contribution::UNVERIFIED );
		$this->assertInstanceOf( Contribution::class, ( new ContributionService() )->reject( $rejected->id, $this->people['chidi'], 'Not a translation.', time() ) );
		$this->assertSame( array(), $this->awards_of( $yuki ), 'rejected work earns nothing' );

		$merged = $this->record( $ana, 'merged', Contribution::VERIFIED );
		$awards = $this->awards_of( $ana );
		$this->assertSame( array( 'polyglots' ), array_keys( $awards ), 'a contribution recorded verified (e.g. merged on GitHub) earns it' );
		$this->assertSame( Award::FOR_CONTRIBUTION, $awards['polyglots']->reason );
		$this->assertSame( $merged->id, $awards['polyglots']->object_id );

		$later = $this->record( $yuki, 'later', Contribution::UNVERIFIED );
		$this->assertInstanceOf( Contribution::class, ( new ContributionService() )->verify( $later->id, $this->people['chidi'], '', time() ) );
		$this->assertSame( $later->id, $this->awards_of( $yuki )['polyglots']->object_id, 'verifying a contribution earns it' );
		$again = $this->record( $yuki, 'again', Contribution::VERIFIED );
		$this->assertCount( 1, ( new AwardRepository() )->of_user( $yuki ), 'a second verified contribution earns nothing twice' );
		$this->assertNotSame( $again->id, $this->awards_of( $yuki )['polyglots']->object_id );

		$this->record( $ana, 'no-team', Contribution::VERIFIED, '' );
		$this->assertCount( 1, ( new AwardRepository() )->of_user( $ana ), 'a contribution without a team earns no team badge' );
	}

	public function test_a_revoked_award_is_never_given_back_by_a_rule(): void {
		$ana   = $this->people['ana'];
		$first = $this->record( $ana, 'first', Contribution::VERIFIED );
		$award = $this->awards_of( $ana )['polyglots'];
		$this->assertSame( $first->id, $award->object_id );
		$this->assertInstanceOf( Award::class, ( new Awarding( new AwardRepository() ) )->revoke( $award, 'The link was someone else\'s work.', $this->people['chidi'], time() ) );

		$this->record( $ana, 'second', Contribution::VERIFIED );
		$after = $this->awards_of( $ana )['polyglots'];
		$this->assertTrue( $after->is_revoked() );
		$this->assertSame( $first->id, $after->object_id );
	}

	public function test_a_finished_cohort_awards_cohort_facilitator_to_who_led_a_group_session_that_took_place(): void {
		$sessions    = new SessionRepository();
		$add         = function ( string $kind, int $leader, int $starts ) use ( $sessions ): Session {
			$made = $sessions->add(
				array(
					'cohort_id'  => $this->cohort,
					'kind'       => $kind,
					'mentor_id'  => $leader,
					'mentee_id'  => Session::ONE_TO_ONE === $kind ? $this->people['yuki'] : null,
					'starts'     => $starts,
					'minutes'    => 60,
					'title'      => 'Session',
					'location'   => 'https://meet.example.org/x',
					'agenda'     => '',
					'created_by' => $this->people['chidi'],
				)
			);
			$this->assertInstanceOf( Session::class, $made );
			return $made;
		};
		$facilitator = $this->make_user( 'wayfinder_mentor', 'fay' );
		$cancelled   = $this->make_user( 'wayfinder_mentor', 'carl' );
		$future      = $this->make_user( 'wayfinder_mentor', 'fred' );
		$add( Session::GROUP, $facilitator, time() - WEEK_IN_SECONDS );
		$add( Session::GROUP, $facilitator, time() - DAY_IN_SECONDS );
		$add( Session::PROJECT_GROUP, $this->people['otto'], time() - DAY_IN_SECONDS );
		$this->assertTrue( $sessions->cancel( $add( Session::GROUP, $cancelled, time() - DAY_IN_SECONDS )->id ) );
		$add( Session::GROUP, $future, time() + WEEK_IN_SECONDS );
		$add( Session::ONE_TO_ONE, $this->people['anna'], time() - DAY_IN_SECONDS );

		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::FINISHED );

		$award = $this->awards_of( $facilitator )[ Badge::FACILITATOR ] ?? null;
		$this->assertNotNull( $award );
		$this->assertSame( Award::FOR_COHORT, $award->reason );
		$this->assertSame( $this->cohort, $award->object_id );
		$this->assertArrayHasKey( Badge::FACILITATOR, $this->awards_of( $this->people['otto'] ), 'a project group\'s session is a group session too' );
		$this->assertSame( array(), $this->awards_of( $cancelled ), 'a cancelled session did not take place' );
		$this->assertSame( array(), $this->awards_of( $future ), 'a session still to come did not take place' );
		$this->assertSame( array(), $this->awards_of( $this->people['anna'] ), 'a 1:1 is not a group session' );
	}

	public function test_the_backfill_awards_past_history_in_bounded_quiet_batches_and_twice_changes_nothing(): void {
		global $wpdb;
		$members = new CohortMemberRepository();
		// History from before badges: made with the badges unpublished, so no rule awarded anything then.
		foreach ( $this->badges as $badge ) {
			wp_update_post(
				array(
					'ID'          => $badge->id,
					'post_status' => 'draft',
				)
			);
		}
		$chidi   = $this->people['chidi'];
		$pairs   = array();
		$mentors = array( $this->make_user( 'wayfinder_mentor', 'old-mentor-1' ), $this->make_user( 'wayfinder_mentor', 'old-mentor-2' ) );
		foreach ( $mentors as $i => $mentor ) {
			$mentee  = $this->make_user( 'subscriber', 'old-mentee-' . $i );
			$id      = $this->rest(
				'POST',
				'/wayfinder/v1/matches',
				array(
					'mentee' => $mentee,
					'mentor' => $mentor,
				),
				$chidi
			)->get_data()['id'];
			$pairs[] = array( $id, $mentee, $mentor );
			$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/matches/{$id}/end", array( 'reason' => 'completed' ), $mentor )->get_status() );
		}
		$old_contribution = $this->record( $this->people['ana'], 'old', Contribution::VERIFIED );
		$this->record( $this->people['otto'], 'old-unverified', Contribution::UNVERIFIED );
		$wpdb->update(
			\Wayfinder\Platform\Schema::cohort_members_table(),
			array( 'graduated_at' => '2026-01-10 10:00:00' ),
			array(
				'cohort_id' => $this->cohort,
				'user_id'   => $this->people['yuki'],
			)
		); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a graduation from before badges.
		$this->assertTrue( $members->find( $this->cohort, $this->people['yuki'] )->has_graduated() );
		( new SessionRepository() )->add(
			array(
				'cohort_id'  => $this->cohort,
				'kind'       => Session::GROUP,
				'mentor_id'  => $this->people['otto'],
				'mentee_id'  => null,
				'starts'     => time() - DAY_IN_SECONDS,
				'minutes'    => 60,
				'title'      => 'Kick-off',
				'location'   => '',
				'agenda'     => '',
				'created_by' => $chidi,
			)
		);
		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::FINISHED );
		$this->assertSame( 0, $this->count_awards(), 'nothing was awarded while the badges were drafts' );
		foreach ( $this->badges as $badge ) {
			wp_update_post(
				array(
					'ID'          => $badge->id,
					'post_status' => 'publish',
				)
			);
		}
		$this->sent_mail = array();

		$rules = new BadgeRules();
		do_action( \Wayfinder\Platform\Schema::MIGRATED, 23, 24 ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
		$this->assertIsArray( get_option( BadgeRules::BACKFILL ), 'upgrading from before badges queues the backfill' );
		$rules->tick( time(), 1 );
		$this->assertSame( 2 + 2 + 1 + 1, $this->count_awards(), 'one of each kind a tick: a mentorship (2 awards), a graduation (2), a contribution (1), a cohort (1)' );
		$rules->tick( time(), 1 );
		$ticks = 2;
		while ( false !== get_option( BadgeRules::BACKFILL ) && $ticks < 20 ) {
			$rules->tick( time(), 1 );
			++$ticks;
		}
		$this->assertFalse( get_option( BadgeRules::BACKFILL ), 'the backfill ends' );

		$mentee0 = $this->awards_of( $pairs[0][1] );
		$this->assertSame( $pairs[0][0], $mentee0[ Badge::MENTEE ]->object_id );
		$this->assertSame( $pairs[1][0], $this->awards_of( $pairs[1][2] )[ Badge::MENTOR ]->object_id );
		$this->assertSame( $this->cohort, $this->awards_of( $this->people['yuki'] )[ Badge::GRADUATE ]->object_id );
		$this->assertSame( Award::FOR_COHORT, $this->awards_of( $this->people['anna'] )[ Badge::MENTOR ]->reason, 'Yuki\'s cohort mentor' );
		$this->assertSame( $old_contribution->id, $this->awards_of( $this->people['ana'] )['polyglots']->object_id );
		$this->assertArrayHasKey( Badge::FACILITATOR, $this->awards_of( $this->people['otto'] ) );
		$this->assertArrayNotHasKey( 'polyglots', $this->awards_of( $this->people['otto'] ) );
		$total = $this->count_awards();
		$this->assertSame( 4 + 2 + 1 + 1, $total );
		$this->assertSame( array(), $this->sent_mail, 'nobody is e-mailed about history' );

		$rules->start_backfill();
		$rules->tick( time() );
		$this->assertSame( $total, $this->count_awards(), 'running it twice awards nothing twice' );
		$this->assertFalse( get_option( BadgeRules::BACKFILL ) );
		do_action( \Wayfinder\Platform\Schema::MIGRATED, 24, 25 ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
		$this->assertFalse( get_option( BadgeRules::BACKFILL ), 'a later upgrade does not queue it again' );
	}

	private function count_awards(): int {
		global $wpdb;
		return (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . \Wayfinder\Platform\Schema::badge_awards_table() ); // phpcs:ignore WordPress.DB -- a test counts the table.
	}
}
