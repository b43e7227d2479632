<?php
/**
 * Contributions added by hand, verified and rejected: who may see a person's contributions (the
 * person, their mentors now and before, their project group's leader, coordinators, the
 * representatives of the teams concerned — a 404 for anyone else), the rules of adding one (every
 * refusal, one link once), verifying and rejecting (each allowed role, never the person, only from
 * "waiting"; a coordinator may still reject a verified one), deleting, the profile toggle and the
 * block, the emails, and privacy.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Contributions;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPairing;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionAccess;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Contributions\ContributionsBlock;
use Wayfinder\Contributions\ContributionService;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Tests\Integration\TestCase;

final class ContributionsTest extends TestCase {

	/** @var array<string, int> */
	private array $people = array();

	protected function setUp(): void {
		parent::setUp();
		$this->people['coordinator'] = $this->make_user( 'wayfinder_coordinator', 'coco' );
		foreach ( array( 'mia', 'max', 'pia', 'gus' ) as $mentor ) {
			$this->people[ $mentor ] = $this->person( 'wayfinder_mentor', $mentor );
		}
		$this->people['ana']      = $this->person( 'subscriber', 'ana' );
		$this->people['ben']      = $this->person( 'subscriber', 'ben' );
		$this->people['stranger'] = $this->make_user( 'subscriber', 'stranger' );
		$this->people['rep']      = $this->make_user( 'wayfinder_team_rep', 'rep' );
		$this->people['docs_rep'] = $this->make_user( 'wayfinder_team_rep', 'docsrep' );
		$this->represent( 'polyglots', $this->people['rep'] );
		$this->represent( 'docs', $this->people['docs_rep'] );
		$matches = new MatchService();
		// Pia mentored Ana before; Mia mentors her now.
		$past = $matches->start( $this->people['ana'], $this->people['pia'], 'coordinator', $this->people['coordinator'], 'active' );
		$this->assertIsInt( $past );
		$this->assertNotWpError( $matches->end( $past, 'completed', $this->people['coordinator'] ) );
		$this->assertIsInt( $matches->start( $this->people['ana'], $this->people['mia'], 'coordinator', $this->people['coordinator'], 'active' ) );
		// Gus leads Ben's project group in a cohort.
		$cohort = $this->insert_cohort( array( \Wayfinder\Cohorts\CohortPostType::MODES => Cohort::MODES ) );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $cohort, $this->people['gus'], CohortMember::MENTOR, '', $this->people['coordinator'] ) );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $cohort, $this->people['ben'], CohortMember::MENTEE, Cohort::PROJECT_GROUP, $this->people['coordinator'] ) );
		$this->assertInstanceOf( CohortMember::class, ( new CohortPairing() )->group( $cohort, $this->people['ben'], $this->people['gus'] ) );
		$this->sent_mail = array();
	}

	private function assertNotWpError( mixed $value ): void {
		$this->assertFalse( is_wp_error( $value ), is_wp_error( $value ) ? $value->get_error_message() : '' );
	}

	private function person( string $role, string $login ): int {
		$user = $this->make_user( $role, $login );
		( new ProfileRepository() )->save( new Profile( $user, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', 2 ) );
		return $user;
	}

	private function represent( string $team, int $user ): void {
		$post = get_page_by_path( $team, OBJECT, TeamPostType::POST_TYPE );
		$this->assertInstanceOf( \WP_Post::class, $post );
		update_post_meta( $post->ID, TeamPostType::REPRESENTATIVES, array( $user ) );
	}

	/**
	 * @param array<string, mixed> $fields Over a valid contribution.
	 */
	private function add( int $person, int $as, array $fields = array() ): \WP_REST_Response {
		return $this->rest(
			'POST',
			"/wayfinder/v1/people/{$person}/contributions",
			$fields + array(
				'kind'           => 'translation',
				'team'           => 'polyglots',
				'url'            => 'https://translate.wordpress.org/projects/wp/dev/de/default/?filters[user_login]=ana',
				'summary'        => 'Translated 120 strings of the admin into German.',
				'contributed_on' => gmdate( 'Y-m-d', time() - 3 * DAY_IN_SECONDS ),
			),
			$as
		);
	}

	private function added( int $person, int $as, array $fields = array() ): int {
		$response = $this->add( $person, $as, $fields );
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return (int) $response->get_data()['id'];
	}

	private function status_of( int $id ): string {
		return (string) ( new ContributionRepository() )->find( $id )?->status;
	}

	public function test_the_person_adds_one_and_sees_it_waiting_in_words(): void {
		$id   = $this->added( $this->people['ana'], $this->people['ana'] );
		$list = $this->rest( 'GET', "/wayfinder/v1/people/{$this->people['ana']}/contributions", array(), $this->people['ana'] );
		$this->assertSame( 200, $list->get_status() );
		$data = $list->get_data();
		$this->assertSame( array( $id ), array_column( $data['contributions'], 'id' ) );
		$row = $data['contributions'][0];
		$this->assertSame( 'Translation', $row['kind_label'] );
		$this->assertSame( 'Polyglots', $row['team_name'] );
		$this->assertSame( 'manual', $row['source'] );
		$this->assertSame( 'Added by hand', $row['source_label'] );
		$this->assertSame( 'Waiting to be verified', $row['status_label'] );
		$this->assertFalse( $row['can_review'], 'never her own' );
		$this->assertTrue( $row['can_delete'] );
		$this->assertSame( 0, $data['verified'] );
		$this->assertFalse( $data['public'], 'private by default' );
		$this->assertTrue( $data['can_add'] );
		$this->assertStringStartsWith( 'manual:', ( new ContributionRepository() )->find( $id )->source_key );
	}

	public function test_every_refusal_of_a_contribution_added_by_hand_is_a_sentence(): void {
		$ana   = $this->people['ana'];
		$cases = array(
			'an unknown kind'        => array( array( 'kind' => 'poetry' ), 400 ),
			'an unknown team'        => array( array( 'team' => 'no-such-team' ), 400 ),
			'no link'                => array( array( 'url' => '' ), 400 ),
			'not a web link'         => array( array( 'url' => 'ftp://example.org/file' ), 400 ),
			'a javascript link'      => array( array( 'url' => 'javascript:alert(1)' ), 400 ),
			'a link too long'        => array( array( 'url' => 'https://example.org/' . str_repeat( 'a', 500 ) ), 400 ),
			'no description'         => array( array( 'summary' => '   ' ), 400 ),
			'a description too long' => array( array( 'summary' => str_repeat( 'é', 301 ) ), 400 ),
			'not a date'             => array( array( 'contributed_on' => '2026-02-30' ), 400 ),
			'a day in the future'    => array( array( 'contributed_on' => gmdate( 'Y-m-d', time() + 3 * DAY_IN_SECONDS ) ), 400 ),
			'before WordPress'       => array( array( 'contributed_on' => '2003-05-26' ), 400 ),
		);
		foreach ( $cases as $what => list( $fields, $status ) ) {
			$response = $this->add( $ana, $ana, $fields );
			$this->assertSame( $status, $response->get_status(), $what );
			$message = (string) $response->get_data()['message'];
			$this->assertMatchesRegularExpression( '/^[A-Z].*[.:]/', $message, $what . ': ' . $message );
			$this->assertStringNotContainsString( 'wayfinder_', $message, $what );
		}
		$this->assertSame( array(), ( new ContributionRepository() )->of_user( $ana ), 'nothing was saved' );
		$this->assertSame(
			201,
			$this->add(
				$ana,
				$ana,
				array(
					'summary'        => str_repeat( 'é', 300 ),
					'contributed_on' => '2003-05-27',
				)
			)->get_status(),
			'the limits themselves are fine'
		);
	}

	public function test_the_same_link_twice_is_refused_however_it_is_written(): void {
		$ana = $this->people['ana'];
		$this->added( $ana, $ana, array( 'url' => 'https://github.com/WordPress/gutenberg/pull/123' ) );
		foreach ( array( 'https://github.com/WordPress/gutenberg/pull/123', 'HTTPS://GitHub.com/WordPress/gutenberg/pull/123/', 'http://www.github.com/WordPress/gutenberg/pull/123#top' ) as $again ) {
			$response = $this->add( $ana, $ana, array( 'url' => $again ) );
			$this->assertSame( 409, $response->get_status(), $again );
			$this->assertSame( 'You already added this link.', $response->get_data()['message'] );
		}
		$this->assertCount( 1, ( new ContributionRepository() )->of_user( $ana ) );
		$this->assertSame( 201, $this->add( $this->people['ben'], $this->people['ben'], array( 'url' => 'https://github.com/WordPress/gutenberg/pull/123' ) )->get_status(), 'another person may add the same link' );
	}

	public function test_only_the_person_or_their_current_mentor_adds(): void {
		$ana = $this->people['ana'];
		$id  = $this->added( $ana, $this->people['mia'] );
		$this->assertSame( $this->people['mia'], ( new ContributionRepository() )->find( $id )->created_by, 'Mia added it on her behalf' );
		$this->assertSame( 403, $this->add( $ana, $this->people['pia'], array( 'url' => 'https://example.org/a' ) )->get_status(), 'a past mentor sees but does not add' );
		$this->assertSame( 403, $this->add( $ana, $this->people['coordinator'], array( 'url' => 'https://example.org/b' ) )->get_status() );
		$this->assertSame( 404, $this->add( $ana, $this->people['stranger'], array( 'url' => 'https://example.org/c' ) )->get_status() );
		$this->assertSame( 401, $this->add( $ana, 0, array( 'url' => 'https://example.org/d' ) )->get_status() );
		$this->assertSame( 201, $this->add( $this->people['ben'], $this->people['gus'], array( 'url' => 'https://example.org/e' ) )->get_status(), 'a project group\'s leader adds for their mentee' );
	}

	public function test_who_sees_a_persons_contributions_and_a_404_for_everyone_else(): void {
		$ana = $this->people['ana'];
		$this->added( $ana, $ana, array( 'team' => 'polyglots' ) );
		$see = fn ( string $who ): int => $this->rest( 'GET', "/wayfinder/v1/people/{$ana}/contributions", array(), $this->people[ $who ] )->get_status();
		foreach ( array( 'ana', 'mia', 'pia', 'coordinator', 'rep' ) as $who ) {
			$this->assertSame( 200, $see( $who ), $who );
		}
		foreach ( array( 'stranger', 'max', 'gus', 'ben', 'docs_rep' ) as $who ) {
			$this->assertSame( 404, $see( $who ), $who );
		}
		$this->assertSame( 401, $this->rest( 'GET', "/wayfinder/v1/people/{$ana}/contributions" )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/people/999999/contributions', array(), $this->people['coordinator'] )->get_status(), 'no such person' );
		$this->assertSame( 200, $this->rest( 'GET', "/wayfinder/v1/people/{$this->people['ben']}/contributions", array(), $this->people['gus'] )->get_status(), 'a project group\'s leader sees' );
	}

	public function test_the_representatives_of_the_team_a_person_is_heading_to_see_them(): void {
		$ana = $this->people['ana'];
		$this->assertFalse( ( new ContributionAccess() )->can_see( $this->people['docs_rep'], $ana ) );
		global $wpdb;
		$now = gmdate( 'Y-m-d H:i:s' );
		$this->assertSame(
			1,
			$wpdb->insert(
				\Wayfinder\Platform\Schema::handoffs_table(),
				array(
					'user_id'    => $ana,
					'cohort_id'  => 0,
					'team'       => 'docs',
					'status'     => 'chosen',
					'created_at' => $now,
					'updated_at' => $now,
				)
			)
		);
		$this->assertTrue( ( new ContributionAccess() )->can_see( $this->people['docs_rep'], $ana ) );
		$this->assertTrue( ( new \Wayfinder\Teams\Representatives() )->represents( $this->people['docs_rep'], 'docs' ) );
		$this->assertFalse( ( new \Wayfinder\Teams\Representatives() )->represents( $this->people['docs_rep'], 'polyglots' ) );
		$this->assertSame( array( 'docs' ), ( new \Wayfinder\Teams\Representatives() )->teams_of( $this->people['docs_rep'] ) );
		$this->assertSame( array(), ( new \Wayfinder\Teams\Representatives() )->teams_of( $this->people['stranger'] ) );
	}

	public function test_each_allowed_role_verifies_and_nobody_else_ever_the_person(): void {
		$ana     = $this->people['ana'];
		$allowed = array( 'mia', 'pia', 'rep', 'coordinator' );
		foreach ( $allowed as $n => $who ) {
			$id = $this->added( $ana, $ana, array( 'url' => 'https://example.org/verify/' . $n ) );
			foreach ( array(
				'ana'      => 403,
				'stranger' => 404,
				'max'      => 404,
				'docs_rep' => 404,
			) as $other => $status ) {
				$this->assertSame( $status, $this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/verify", array(), $this->people[ $other ] )->get_status(), "$other on $who's" );
			}
			$response = $this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/verify", array( 'note' => 'Lovely work.' ), $this->people[ $who ] );
			$this->assertSame( 200, $response->get_status(), $who . ': ' . wp_json_encode( $response->get_data() ) );
			$this->assertSame( 'verified', $response->get_data()['status'] );
			$this->assertSame( 'Lovely work.', $response->get_data()['review_note'] );
			$this->assertSame( 409, $this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/verify", array(), $this->people[ $who ] )->get_status(), 'only from waiting' );
		}
		$this->assertSame( 4, ( new ContributionRepository() )->count_verified( $ana ) );
		// A team representative reviews their own team's only (if not otherwise allowed).
		$docs = $this->added(
			$ana,
			$ana,
			array(
				'url'  => 'https://example.org/docs',
				'team' => 'docs',
			)
		);
		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/contributions/{$docs}/verify", array(), $this->people['rep'] )->get_status() );
	}

	public function test_rejecting_needs_a_note_and_only_a_coordinator_rejects_a_verified_one(): void {
		$ana = $this->people['ana'];
		$id  = $this->added( $ana, $ana );
		$this->assertSame( 400, $this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/reject", array( 'note' => '  ' ), $this->people['mia'] )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/reject", array( 'note' => 'No.' ), $ana )->get_status() );
		$this->assertSame( 404, $this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/reject", array( 'note' => 'No.' ), $this->people['stranger'] )->get_status() );
		$rejected = $this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/reject", array( 'note' => 'The link shows someone else\'s work.' ), $this->people['rep'] );
		$this->assertSame( 200, $rejected->get_status() );
		$this->assertSame( 'Not accepted', $rejected->get_data()['status_label'] );
		$this->assertSame( 409, $this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/verify", array(), $this->people['mia'] )->get_status(), 'a rejected one is not verified later' );

		$verified = $this->added( $ana, $ana, array( 'url' => 'https://example.org/v' ) );
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/contributions/{$verified}/verify", array(), $this->people['mia'] )->get_status() );
		$this->assertSame( 409, $this->rest( 'POST', "/wayfinder/v1/contributions/{$verified}/reject", array( 'note' => 'Changed my mind.' ), $this->people['mia'] )->get_status(), 'a mentor cannot overturn' );
		$this->assertSame( 409, $this->rest( 'POST', "/wayfinder/v1/contributions/{$verified}/reject", array( 'note' => 'Not ours.' ), $this->people['rep'] )->get_status() );
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/contributions/{$verified}/reject", array( 'note' => 'This was a duplicate of another entry.' ), $this->people['coordinator'] )->get_status() );
		$this->assertSame( Contribution::REJECTED, $this->status_of( $verified ) );
	}

	public function test_the_person_deletes_only_their_own_unverified_ones_added_by_hand(): void {
		$ana  = $this->people['ana'];
		$mine = $this->added( $ana, $ana, array( 'url' => 'https://example.org/1' ) );
		$this->assertSame( 403, $this->rest( 'DELETE', "/wayfinder/v1/contributions/{$mine}", array(), $this->people['mia'] )->get_status() );
		$this->assertSame( 404, $this->rest( 'DELETE', "/wayfinder/v1/contributions/{$mine}", array(), $this->people['stranger'] )->get_status() );
		$this->assertSame( 200, $this->rest( 'DELETE', "/wayfinder/v1/contributions/{$mine}", array(), $ana )->get_status() );
		$this->assertNull( ( new ContributionRepository() )->find( $mine ) );

		$verified = $this->added( $ana, $ana, array( 'url' => 'https://example.org/2' ) );
		$this->rest( 'POST', "/wayfinder/v1/contributions/{$verified}/verify", array(), $this->people['mia'] );
		$this->assertSame( 409, $this->rest( 'DELETE', "/wayfinder/v1/contributions/{$verified}", array(), $ana )->get_status() );

		$site = ( new \Wayfinder\Contributions\Recorder() )->record(
			array(
				'user_id'        => $ana,
				'kind'           => 'support',
				'team'           => '',
				'url'            => 'https://example.org/?p=1#comment-1',
				'summary'        => 'Answered on "Hello".',
				'contributed_on' => gmdate( 'Y-m-d' ),
				'source'         => Contribution::SITE,
				'source_key'     => 'site:comment:1',
			),
			time()
		);
		$this->assertInstanceOf( Contribution::class, $site );
		$this->assertSame( 409, $this->rest( 'DELETE', "/wayfinder/v1/contributions/{$site->id}", array(), $ana )->get_status(), 'site activity stays' );
	}

	public function test_the_profile_toggle_and_the_block_show_verified_ones_only_when_public(): void {
		$ana      = $this->people['ana'];
		$verified = $this->added(
			$ana,
			$ana,
			array(
				'summary' => 'Verified work.',
				'url'     => 'https://example.org/ok',
			)
		);
		$this->added(
			$ana,
			$ana,
			array(
				'summary' => 'Waiting work.',
				'url'     => 'https://example.org/wait',
			)
		);
		$this->rest( 'POST', "/wayfinder/v1/contributions/{$verified}/verify", array(), $this->people['mia'] );

		$this->assertSame( '', ContributionsBlock::render( $ana ), 'private by default: nothing at all' );
		$this->assertSame( '', do_blocks( '<!-- wp:wayfinder/contributions {"userId":' . $ana . '} /-->' ) );

		$on = $this->rest( 'PUT', '/wayfinder/v1/me/contributions-visibility', array( 'public' => true ), $ana );
		$this->assertSame( 200, $on->get_status() );
		$this->assertTrue( $on->get_data()['public'] );
		$this->assertTrue( $this->rest( 'GET', "/wayfinder/v1/people/{$ana}/contributions", array(), $ana )->get_data()['public'] );
		$html = do_blocks( '<!-- wp:wayfinder/contributions {"userId":' . $ana . '} /-->' );
		$this->assertStringContainsString( 'Verified work.', $html );
		$this->assertStringContainsString( 'https://example.org/ok', $html );
		$this->assertStringNotContainsString( 'Waiting work.', $html, 'only verified ones' );
		$this->assertStringContainsString( 'wayfinder-contributions-block', $html );

		// On a post by Ana, the block without a user shows its author's.
		$post = wp_insert_post(
			array(
				'post_title'   => 'About me',
				'post_status'  => 'draft',
				'post_author'  => $ana,
				'post_content' => '',
			)
		);
		$this->assertSame( $ana, ContributionsBlock::person( 0, (int) $post ) );

		$this->assertSame( 200, $this->rest( 'PUT', '/wayfinder/v1/me/contributions-visibility', array( 'public' => false ), $ana )->get_status() );
		$this->assertSame( '', ContributionsBlock::render( $ana ) );
		$this->assertSame( 401, $this->rest( 'PUT', '/wayfinder/v1/me/contributions-visibility', array( 'public' => true ) )->get_status() );
	}

	public function test_the_mentor_hears_of_a_contribution_added_by_hand_and_the_person_of_the_review(): void {
		$ana = $this->people['ana'];
		$id  = $this->added( $ana, $ana );
		$to  = array_column( $this->sent_mail, 'to' );
		$this->assertSame( array( 'mia@example.org' ), $to, 'her current mentor only, not her past one' );
		$this->assertStringContainsString( 'Translated 120 strings', $this->sent_mail[0]['message'] );
		$this->assertStringContainsString( 'added a contribution to verify', $this->sent_mail[0]['subject'] );

		$this->sent_mail = array();
		$this->added( $ana, $this->people['mia'], array( 'url' => 'https://example.org/by-mia' ) );
		$this->assertSame( array(), $this->sent_mail, 'Mia added it herself: no email to her' );

		$this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/reject", array( 'note' => 'Please link your own profile page.' ), $this->people['mia'] );
		$this->assertSame( array( 'ana@example.org' ), array_column( $this->sent_mail, 'to' ) );
		$this->assertSame( 'About your contribution', $this->sent_mail[0]['subject'] );
		$this->assertStringContainsString( 'Please link your own profile page.', $this->sent_mail[0]['message'] );

		$this->sent_mail = array();
		$other           = $this->added( $ana, $ana, array( 'url' => 'https://example.org/again' ) );
		$this->sent_mail = array();
		$this->rest( 'POST', "/wayfinder/v1/contributions/{$other}/verify", array( 'note' => 'Great.' ), $this->people['rep'] );
		$this->assertSame( 'Your contribution is verified', $this->sent_mail[0]['subject'] );
		$this->assertStringContainsString( 'Great.', $this->sent_mail[0]['message'] );
	}

	public function test_a_persons_contributions_are_exported_and_erased_with_them(): void {
		$ana = $this->people['ana'];
		$id  = $this->added( $ana, $ana, array( 'summary' => 'Ana\'s own words.' ) );
		$this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/verify", array(), $this->people['mia'] );
		$ben = $this->added( $this->people['ben'], $this->people['ben'] );
		$this->rest( 'POST', "/wayfinder/v1/contributions/{$ben}/verify", array(), $this->people['coordinator'] );

		$exported = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list.
			foreach ( call_user_func( $exporter['callback'], 'ana@example.org', 1 )['data'] as $item ) {
				if ( 'wayfinder-contributions' === $item['group_id'] ) {
					$exported = array_merge( $exported, array_column( $item['data'], 'value' ) );
				}
			}
		}
		$this->assertContains( 'Ana\'s own words.', $exported );

		$this->erase_personal_data( $ana );
		$this->assertSame( array(), ( new ContributionRepository() )->of_user( $ana ) );
		$this->assertCount( 1, ( new ContributionRepository() )->of_user( $this->people['ben'] ), 'Ben\'s stays' );

		$this->erase_personal_data( $this->people['coordinator'] );
		$this->assertSame( 0, ( new ContributionRepository() )->find( $ben )->reviewed_by, 'the reviewer is forgotten, the fact kept' );
	}

	public function test_my_mentorship_shows_the_persons_list_and_the_mentors_contributions_to_verify(): void {
		$ana = $this->people['ana'];
		$this->added(
			$ana,
			$ana,
			array(
				'summary' => 'Fixed a typo in the handbook.',
				'url'     => 'https://example.org/typo',
			)
		);
		wp_set_current_user( $ana );
		ob_start();
		do_action( 'wayfinder_my_sections', $ana, 'r' );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'Your contributions', $html );
		$this->assertStringContainsString( 'Fixed a typo in the handbook.', $html );
		$this->assertStringContainsString( 'Waiting to be verified', $html );
		$this->assertStringContainsString( 'name="do" value="delete_contribution"', $html );
		$this->assertStringContainsString( 'name="do" value="add_contribution"', $html );
		$this->assertStringContainsString( 'Show my verified contributions on my profile', $html );
		$this->assertStringNotContainsString( 'Contributions to verify', $html );

		wp_set_current_user( $this->people['mia'] );
		ob_start();
		do_action( 'wayfinder_my_sections', $this->people['mia'], 'r' );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'Contributions to verify', $html );
		$this->assertStringContainsString( 'Fixed a typo in the handbook.', $html );
		$this->assertStringContainsString( 'name="do" value="verify_contribution"', $html );
		$this->assertStringContainsString( 'name="do" value="reject_contribution"', $html );

		wp_set_current_user( $this->people['max'] );
		ob_start();
		do_action( 'wayfinder_my_sections', $this->people['max'], 'r' );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'Nothing waits for you to verify', $html, 'an empty state in a sentence' );
		$this->assertStringNotContainsString( 'Fixed a typo', $html );
	}

	public function test_the_page_forms_verify_and_refuse_a_reject_without_a_note(): void {
		$ana = $this->people['ana'];
		$id  = $this->added( $ana, $ana );
		wp_set_current_user( $this->people['mia'] );
		$post = array(
			'do'          => 'reject_contribution',
			'id'          => (string) $id,
			'place'       => 'my-mentorship',
			'redirect_to' => home_url( '/mentorship/' ),
			'_wpnonce'    => wp_create_nonce( \Wayfinder\Platform\PageForms::nonce_action( 'reject_contribution', $id ) ),
			'note'        => '',
		);
		$this->assertIsString( \Wayfinder\Platform\PageForms::perform( $post ) );
		$this->assertSame( Contribution::UNVERIFIED, $this->status_of( $id ), 'no note: nothing sent' );
		$post['do']       = 'verify_contribution';
		$post['_wpnonce'] = wp_create_nonce( \Wayfinder\Platform\PageForms::nonce_action( 'verify_contribution', $id ) );
		$this->assertIsString( \Wayfinder\Platform\PageForms::perform( $post ) );
		$this->assertSame( Contribution::VERIFIED, $this->status_of( $id ) );

		wp_set_current_user( $ana );
		$show = array(
			'do'          => 'show_contributions',
			'id'          => '0',
			'place'       => 'my-mentorship',
			'redirect_to' => home_url( '/mentorship/' ),
			'_wpnonce'    => wp_create_nonce( \Wayfinder\Platform\PageForms::nonce_action( 'show_contributions', 0 ) ),
		);
		$this->assertIsString( \Wayfinder\Platform\PageForms::perform( $show ) );
		$this->assertTrue( ContributionService::is_public( $ana ) );
	}
}
