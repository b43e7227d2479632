<?php
/**
 * The rules of contributions: adding one by hand (what it must hold, one link once), verifying and
 * rejecting (only from "waiting to be verified"; a coordinator may still reject a verified one),
 * deleting (the person's own, added by hand, not yet verified), whether a person shows their verified
 * contributions on their profile, and what a person sees of someone's contributions. Who may do what
 * is ContributionAccess's; every refusal is a WP_Error with a 4xx status and a sentence.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Contributions\Events\ContributionReviewed;
use Wayfinder\Platform\Events;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Teams\TeamList;
use WP_Error;

final class ContributionService {

	/** User meta: '1' when the person shows their verified contributions on their profile (off by default). */
	public const PUBLIC_META = 'wayfinder_contributions_public';

	/** The first day a contribution can have: WordPress's first release. */
	public const FIRST_DAY = '2003-05-27';

	/** How many of a person's contributions a list shows. */
	public const LIST_LIMIT = 200;

	public function __construct(
		private readonly ContributionRepository $contributions = new ContributionRepository(),
		private readonly ContributionAccess $access = new ContributionAccess(),
		private readonly Recorder $recorder = new Recorder(),
	) {
	}

	/**
	 * Adds a contribution by hand, for the person or — by their current mentor — on their behalf.
	 *
	 * @param array<string, mixed> $input kind, team, url, summary, contributed_on (Y-m-d).
	 * @return Contribution|WP_Error
	 */
	public function add( int $person, array $input, int $actor, int $now ) {
		if ( ! $this->person_exists( $person ) || ! $this->access->can_see( $actor, $person ) ) {
			return self::no_person();
		}
		if ( ! $this->access->can_add( $actor, $person ) ) {
			return new WP_Error( 'wayfinder_contribution_not_yours', __( 'Only the person themselves or their current mentor can add their contributions.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		$fields = self::checked( $input, $now );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$made = $this->recorder->record(
			$fields + array(
				'user_id'    => $person,
				'source'     => Contribution::MANUAL,
				'source_key' => self::manual_key( $fields['url'] ),
				'status'     => Contribution::UNVERIFIED,
				'created_by' => $actor,
			),
			$now
		);
		if ( null === $made ) {
			return new WP_Error(
				'wayfinder_contribution_duplicate',
				$actor === $person ? __( 'You already added this link.', 'wayfinder' ) : __( 'This link is already among their contributions.', 'wayfinder' ),
				array( 'status' => 409 )
			);
		}
		return $made;
	}

	/**
	 * Verifies a contribution that waits to be verified, with an optional note.
	 *
	 * @return Contribution|WP_Error
	 */
	public function verify( int $id, int $actor, string $note, int $now ) {
		$contribution = $this->reviewable( $id, $actor );
		if ( is_wp_error( $contribution ) ) {
			return $contribution;
		}
		if ( Contribution::UNVERIFIED !== $contribution->status ) {
			return new WP_Error(
				'wayfinder_contribution_reviewed',
				Contribution::VERIFIED === $contribution->status ? __( 'This contribution is verified already.', 'wayfinder' ) : __( 'This contribution was not accepted, so it cannot be verified now. The person can add it again with a better link.', 'wayfinder' ),
				array( 'status' => 409 )
			);
		}
		$note = self::note( $note );
		if ( is_wp_error( $note ) ) {
			return $note;
		}
		return $this->review( $contribution, Contribution::VERIFIED, $actor, $note, $now, array( Contribution::UNVERIFIED ) );
	}

	/**
	 * Rejects a contribution that waits to be verified — or, for a coordinator, a verified one — with a
	 * note that says why (required: the person reads it).
	 *
	 * @return Contribution|WP_Error
	 */
	public function reject( int $id, int $actor, string $note, int $now ) {
		$contribution = $this->reviewable( $id, $actor );
		if ( is_wp_error( $contribution ) ) {
			return $contribution;
		}
		$note = self::note( $note );
		if ( is_wp_error( $note ) ) {
			return $note;
		}
		if ( '' === $note ) {
			return new WP_Error( 'wayfinder_contribution_note_required', __( 'Say in a note why this contribution is not accepted: the person reads it.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$from = array( Contribution::UNVERIFIED );
		if ( Contribution::REJECTED === $contribution->status ) {
			return new WP_Error( 'wayfinder_contribution_reviewed', __( 'This contribution was not accepted already.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		if ( Contribution::VERIFIED === $contribution->status ) {
			if ( ! $this->access->can_overturn( $actor, $contribution ) ) {
				return new WP_Error( 'wayfinder_contribution_reviewed', __( 'This contribution is verified already; only a mentoring coordinator can reject it now.', 'wayfinder' ), array( 'status' => 409 ) );
			}
			$from[] = Contribution::VERIFIED;
		}
		return $this->review( $contribution, Contribution::REJECTED, $actor, $note, $now, $from );
	}

	/**
	 * Deletes one of the person's own contributions: added by hand and not yet verified.
	 *
	 * @return true|WP_Error
	 */
	public function delete( int $id, int $actor ) {
		$contribution = $this->contributions->find( $id );
		if ( null === $contribution || ! $this->access->can_see( $actor, $contribution->user_id ) ) {
			return self::no_contribution();
		}
		if ( $actor !== $contribution->user_id ) {
			return new WP_Error( 'wayfinder_contribution_not_yours', __( 'Only the person who made a contribution can delete it.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		if ( Contribution::MANUAL !== $contribution->source ) {
			return new WP_Error( 'wayfinder_contribution_kept', __( 'Only contributions you added by hand can be deleted; this one was recorded from your activity.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		if ( Contribution::UNVERIFIED !== $contribution->status ) {
			return new WP_Error( 'wayfinder_contribution_kept', __( 'A contribution that was verified or not accepted stays on your list; only those still waiting to be verified can be deleted.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$deleted = $this->contributions->delete_unverified_manual( $id );
		if ( false === $deleted ) {
			return new WP_Error( 'wayfinder_contribution_not_saved', __( 'The contribution could not be deleted. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		if ( 0 === $deleted ) {
			return new WP_Error( 'wayfinder_contribution_kept', __( 'Someone verified or reviewed this contribution a moment ago, so it stays. Reload the page to see it.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		return true;
	}

	/** Whether the person shows their verified contributions on their profile. */
	public static function is_public( int $user_id ): bool {
		return $user_id > 0 && '1' === (string) get_user_meta( $user_id, self::PUBLIC_META, true );
	}

	/** Shows or hides the person's verified contributions on their profile. False when WordPress refused. */
	public function set_public( int $user_id, bool $public ): bool {
		if ( self::is_public( $user_id ) === $public ) {
			return true;
		}
		return false !== update_user_meta( $user_id, self::PUBLIC_META, $public ? '1' : '0' );
	}

	/**
	 * What $viewer sees of $person's contributions: each with its words and what the viewer may do,
	 * the number verified, whether they are public and whether the viewer may add one.
	 *
	 * @return array{contributions: list<array<string, mixed>>, verified: int, public: bool, can_add: bool}|WP_Error
	 */
	public function list_for( int $viewer, int $person ) {
		if ( ! $this->person_exists( $person ) || ! $this->access->can_see( $viewer, $person ) ) {
			return self::no_person();
		}
		$rows = $this->contributions->of_user( $person, '', self::LIST_LIMIT );
		return array(
			'contributions' => $this->shape( $rows, $viewer ),
			'verified'      => $this->contributions->count_verified( $person ),
			'public'        => self::is_public( $person ),
			'can_add'       => $this->access->can_add( $viewer, $person ),
		);
	}

	/**
	 * Contributions as the REST API and My mentorship show them to $viewer.
	 *
	 * @param list<Contribution> $rows
	 * @return list<array<string, mixed>>
	 */
	public function shape( array $rows, int $viewer ): array {
		$names   = DisplayName::many( array_values( array_unique( array_filter( array_map( static fn ( Contribution $c ): int => $c->reviewed_by, $rows ) ) ) ) );
		$teams   = TeamList::all();
		$kinds   = Contribution::kind_labels();
		$sources = Contribution::source_labels();
		$states  = Contribution::status_labels();
		$shaped  = array();
		foreach ( $rows as $row ) {
			$reviewable = Contribution::UNVERIFIED === $row->status
				? $this->access->can_review( $viewer, $row )
				: ( Contribution::VERIFIED === $row->status && $this->access->can_overturn( $viewer, $row ) );
			$shaped[]   = array(
				'id'               => $row->id,
				'user'             => $row->user_id,
				'kind'             => $row->kind,
				'kind_label'       => $kinds[ $row->kind ] ?? $row->kind,
				'team'             => $row->team,
				'team_name'        => '' === $row->team ? '' : ( $teams[ $row->team ]['name'] ?? $row->team ),
				'url'              => $row->url,
				'summary'          => $row->summary,
				'contributed_on'   => $row->contributed_on,
				'source'           => $row->source,
				'source_label'     => $sources[ $row->source ] ?? $row->source,
				'status'           => $row->status,
				'status_label'     => $states[ $row->status ] ?? $row->status,
				'reviewed_by_name' => $row->reviewed_by > 0 ? ( $names[ $row->reviewed_by ] ?? '' ) : '',
				'reviewed_at'      => null === $row->reviewed_at ? null : mysql_to_rfc3339( $row->reviewed_at ),
				'review_note'      => $row->review_note,
				'can_review'       => $reviewable,
				'can_delete'       => $viewer === $row->user_id && Contribution::MANUAL === $row->source && Contribution::UNVERIFIED === $row->status,
			);
		}
		return $shaped;
	}

	/** The source key of a link added by hand: `manual:` and the SHA-1 of the normalised link. */
	public static function manual_key( string $url ): string {
		return 'manual:' . sha1( self::normalise( $url ) );
	}

	/** A link as compared for duplicates: scheme and host in lower case, no fragment, no trailing slash, no "www.". */
	public static function normalise( string $url ): string {
		$parts = wp_parse_url( trim( $url ) );
		if ( ! is_array( $parts ) || ! isset( $parts['host'] ) ) {
			return strtolower( trim( $url ) );
		}
		$host  = strtolower( (string) $parts['host'] );
		$host  = str_starts_with( $host, 'www.' ) ? substr( $host, 4 ) : $host;
		$port  = isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '';
		$path  = rtrim( (string) ( $parts['path'] ?? '' ), '/' );
		$query = isset( $parts['query'] ) && '' !== $parts['query'] ? '?' . $parts['query'] : '';
		// http and https name the same page.
		return $host . $port . $path . $query;
	}

	/**
	 * The fields of a contribution added by hand, checked; a refusal names what to change.
	 *
	 * @param array<string, mixed> $input
	 * @return array{kind: string, team: string, url: string, summary: string, contributed_on: string}|WP_Error
	 */
	public static function checked( array $input, int $now ) {
		$kind    = is_string( $input['kind'] ?? null ) ? $input['kind'] : '';
		$team    = is_string( $input['team'] ?? null ) ? trim( $input['team'] ) : '';
		$url     = is_string( $input['url'] ?? null ) ? trim( $input['url'] ) : '';
		$summary = is_string( $input['summary'] ?? null ) ? trim( sanitize_textarea_field( $input['summary'] ) ) : '';
		$day     = is_string( $input['contributed_on'] ?? null ) ? trim( $input['contributed_on'] ) : '';
		if ( ! in_array( $kind, Contribution::KINDS, true ) ) {
			/* translators: %s: the kinds, separated by commas. */
			return self::invalid( sprintf( __( 'Choose what kind of contribution this is: %s.', 'wayfinder' ), implode( ', ', Contribution::kind_labels() ) ) );
		}
		if ( '' !== $team && ! isset( TeamList::all()[ $team ] ) ) {
			return self::invalid( __( 'Choose one of the teams listed, or no team.', 'wayfinder' ) );
		}
		if ( '' === $url ) {
			return self::invalid( __( 'Add a link to the contribution (a web address starting with https:// or http://), so your mentor can see it.', 'wayfinder' ) );
		}
		$scheme = strtolower( (string) wp_parse_url( $url, PHP_URL_SCHEME ) );
		if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || false === filter_var( $url, FILTER_VALIDATE_URL ) || '' === (string) wp_parse_url( $url, PHP_URL_HOST ) ) {
			return self::invalid( __( 'The link must be a web address starting with https:// or http://.', 'wayfinder' ) );
		}
		if ( strlen( $url ) > Contribution::URL_LENGTH ) {
			/* translators: %d: the longest link, in characters. */
			return self::invalid( sprintf( __( 'The link is too long: at most %d characters.', 'wayfinder' ), Contribution::URL_LENGTH ) );
		}
		if ( '' === $summary ) {
			return self::invalid( __( 'Say in a few words what you did.', 'wayfinder' ) );
		}
		if ( mb_strlen( $summary ) > Contribution::SUMMARY_LENGTH ) {
			/* translators: %d: the longest description, in characters. */
			return self::invalid( sprintf( __( 'The description is too long: at most %d characters.', 'wayfinder' ), Contribution::SUMMARY_LENGTH ) );
		}
		$date = \DateTimeImmutable::createFromFormat( '!Y-m-d', $day );
		if ( false === $date || $date->format( 'Y-m-d' ) !== $day ) {
			return self::invalid( __( 'Give the day of the contribution as a date (year-month-day).', 'wayfinder' ) );
		}
		if ( $day > wp_date( 'Y-m-d', $now ) ) {
			return self::invalid( __( 'The day of the contribution cannot be in the future.', 'wayfinder' ) );
		}
		if ( $day < self::FIRST_DAY ) {
			return self::invalid( __( 'The day of the contribution cannot be before WordPress began (27 May 2003).', 'wayfinder' ) );
		}
		return array(
			'kind'           => $kind,
			'team'           => $team,
			'url'            => esc_url_raw( $url ),
			'summary'        => $summary,
			'contributed_on' => $day,
		);
	}

	/**
	 * Changes the status with the conditional UPDATE, then tells of it.
	 *
	 * @param list<string> $from The statuses it may be in now.
	 * @return Contribution|WP_Error
	 */
	private function review( Contribution $contribution, string $status, int $actor, string $note, int $now, array $from ) {
		$changed = $this->contributions->review( $contribution->id, $status, $actor, $note, $now, $from );
		if ( false === $changed ) {
			return new WP_Error( 'wayfinder_contribution_not_saved', __( 'The contribution could not be saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		$now_is = $this->contributions->find( $contribution->id );
		if ( 0 === $changed || null === $now_is ) {
			return new WP_Error( 'wayfinder_contribution_reviewed', __( 'Someone else verified or rejected this contribution a moment ago. Reload the page to see it.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		Events::dispatch( new ContributionReviewed( $now_is, $actor ) );
		return $now_is;
	}

	/**
	 * The contribution, when the actor may review it (a 404 when they may not see it).
	 *
	 * @return Contribution|WP_Error
	 */
	private function reviewable( int $id, int $actor ) {
		$contribution = $this->contributions->find( $id );
		if ( null === $contribution || ! $this->access->can_see( $actor, $contribution->user_id ) ) {
			return self::no_contribution();
		}
		if ( $actor === $contribution->user_id ) {
			return new WP_Error( 'wayfinder_contribution_own', __( 'You cannot verify or reject your own contributions; your mentor or a team representative does.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		if ( ! $this->access->can_review( $actor, $contribution ) ) {
			return new WP_Error( 'wayfinder_contribution_forbidden', __( 'Only the person\'s mentor, a representative of the contribution\'s team or a mentoring coordinator can verify or reject it.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		return $contribution;
	}

	/** @return string|WP_Error The note, trimmed; a refusal when it is too long. */
	private static function note( string $note ) {
		$note = trim( sanitize_textarea_field( $note ) );
		if ( mb_strlen( $note ) > Contribution::NOTE_LENGTH ) {
			/* translators: %d: the longest note, in characters. */
			return self::invalid( sprintf( __( 'The note is too long: at most %d characters.', 'wayfinder' ), Contribution::NOTE_LENGTH ) );
		}
		return $note;
	}

	private function person_exists( int $person ): bool {
		return $person > 0 && false !== get_userdata( $person );
	}

	private static function invalid( string $message ): WP_Error {
		return new WP_Error( 'wayfinder_contribution_invalid', $message, array( 'status' => 400 ) );
	}

	private static function no_person(): WP_Error {
		return new WP_Error( 'wayfinder_person_not_found', __( 'There is no such person, or you cannot see their contributions.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	private static function no_contribution(): WP_Error {
		return new WP_Error( 'wayfinder_contribution_not_found', __( 'There is no such contribution, or you cannot see it.', 'wayfinder' ), array( 'status' => 404 ) );
	}
}
