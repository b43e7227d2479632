<?php
/**
 * Contributions in My mentorship (on the `wayfinder_my_sections` hook), with page forms that work
 * without JavaScript (Platform\PageForms; the actions are ContributionsModule's):
 *
 * - "Your contributions", for a person in the program or with contributions: a form to add one (kind,
 *   team, link, description, day), the list with each one's status in words and the reviewer's note,
 *   delete for their own unverified ones added by hand, and whether their verified contributions show
 *   on their profile;
 * - "Contributions to verify", for a mentor or a team representative: their mentees' (and their
 *   teams') contributions waiting to be verified, each with Verify and Reject (with a note).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\PageForms;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Teams\Representatives;
use Wayfinder\Teams\TeamList;

final class ContributionsSection {

	public const ADD    = 'add_contribution';
	public const DELETE = 'delete_contribution';
	public const VERIFY = 'verify_contribution';
	public const REJECT = 'reject_contribution';
	public const SHOW   = 'show_contributions';
	public const HIDE   = 'hide_contributions';

	/** The block whose notices the forms leave (My mentorship). */
	private const PLACE = 'my-mentorship';

	/** The anchor of each part, for the forms to come back to. */
	public const ANCHOR        = 'contributions';
	public const VERIFY_ANCHOR = 'contributions-to-verify';

	/**
	 * @param int    $user_id The person looking.
	 * @param string $region  A prefix for element IDs unique on the page.
	 */
	public static function render( int $user_id, string $region = 'wayfinder' ): void {
		if ( $user_id <= 0 ) {
			return;
		}
		$service = new ContributionService();
		$mine    = ( new ContributionRepository() )->of_user( $user_id, '', ContributionService::LIST_LIMIT );
		if ( array() !== $mine || Contributors::takes_part( $user_id ) ) {
			self::own( $user_id, $service->shape( $mine, $user_id ), $region );
		}
		self::to_verify( $user_id, $service, $region );
	}

	/**
	 * "Your contributions".
	 *
	 * @param list<array<string, mixed>> $rows The person's contributions, shaped.
	 */
	private static function own( int $user_id, array $rows, string $region ): void {
		$id = $region . '-contributions';
		echo '<section class="wayfinder-section wayfinder-section--contributions" id="' . esc_attr( self::ANCHOR ) . '" aria-labelledby="' . esc_attr( $id ) . '">';
		echo '<h2 id="' . esc_attr( $id ) . '">' . esc_html__( 'Your contributions', 'wayfinder' ) . '</h2>';
		echo '<p>' . esc_html__( 'Add what you did for the project — a patch, a translation, an answer in the forums, a page of documentation — with a link. Your mentor or a representative of the team verifies it. Posts, comments and handbook edits on this site are added for you.', 'wayfinder' ) . '</p>';
		if ( array() === $rows ) {
			echo '<p class="wayfinder-empty">' . esc_html__( 'You have no contributions yet. Add your first one below: small ones count too.', 'wayfinder' ) . '</p>';
		} else {
			echo '<ul class="wayfinder-contributions">';
			foreach ( $rows as $row ) {
				echo self::item( $row, $region ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
				if ( ! empty( $row['can_delete'] ) ) {
					echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
						self::DELETE,
						(int) $row['id'],
						self::PLACE,
						array(
							'label'        => __( 'Delete', 'wayfinder' ),
							'describedby'  => $region . '-contribution-' . (int) $row['id'],
							'button_class' => 'wp-element-button is-secondary',
							'anchor'       => self::ANCHOR,
						)
					);
				}
				echo '</li>';
			}
			echo '</ul>';
		}
		echo '<h3 id="' . esc_attr( $id . '-add' ) . '">' . esc_html__( 'Add a contribution', 'wayfinder' ) . '</h3>';
		echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
			self::ADD,
			$user_id,
			self::PLACE,
			array(
				'label'  => __( 'Add contribution', 'wayfinder' ),
				'inner'  => self::add_fields( $id . '-add' ),
				'anchor' => self::ANCHOR,
			)
		);
		$public = ContributionService::is_public( $user_id );
		echo '<h3>' . esc_html__( 'On your profile', 'wayfinder' ) . '</h3>';
		echo '<p id="' . esc_attr( $id . '-public' ) . '">' . esc_html(
			$public
				? __( 'Your verified contributions show on your profile, for anyone to see. Those waiting to be verified or not accepted never do.', 'wayfinder' )
				: __( 'Your contributions are private: only you, your mentors, the representatives of their teams and the coordinators see them. You can show your verified ones on your profile.', 'wayfinder' )
		) . '</p>';
		echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
			$public ? self::HIDE : self::SHOW,
			0,
			self::PLACE,
			array(
				'label'        => $public ? __( 'Hide my contributions from my profile', 'wayfinder' ) : __( 'Show my verified contributions on my profile', 'wayfinder' ),
				'describedby'  => $id . '-public',
				'button_class' => 'wp-element-button is-secondary',
				'anchor'       => self::ANCHOR,
			)
		);
		echo '</section>';
	}

	/** "Contributions to verify", for mentors and team representatives. */
	private static function to_verify( int $user_id, ContributionService $service, string $region ): void {
		$access = new ContributionAccess();
		$teams  = ( new Representatives() )->teams_of( $user_id );
		$mentor = Capabilities::can_mentor( $user_id );
		if ( array() === $teams && ! $mentor ) {
			return;
		}
		$mentees = $mentor ? $access->mentees_of( $user_id ) : array();
		$waiting = array_values(
			array_filter(
				( new ContributionRepository() )->unverified_of( $mentees, $teams ),
				static fn ( Contribution $c ): bool => $access->can_review( $user_id, $c )
			)
		);
		$names   = DisplayName::many( array_values( array_unique( array_map( static fn ( Contribution $c ): int => $c->user_id, $waiting ) ) ) );
		$id      = $region . '-contributions-to-verify';
		echo '<section class="wayfinder-section wayfinder-section--contributions-to-verify" id="' . esc_attr( self::VERIFY_ANCHOR ) . '" aria-labelledby="' . esc_attr( $id ) . '">';
		echo '<h2 id="' . esc_attr( $id ) . '">' . esc_html__( 'Contributions to verify', 'wayfinder' ) . '</h2>';
		if ( array() === $waiting ) {
			echo '<p class="wayfinder-empty">' . esc_html(
				array() !== $teams
					? __( 'Nothing waits for you to verify. When your mentees or newcomers to your team add contributions, they show here.', 'wayfinder' )
					: __( 'Nothing waits for you to verify. When your mentees add contributions, they show here.', 'wayfinder' )
			) . '</p></section>';
			return;
		}
		echo '<p>' . esc_html__( 'Open each link and check it is theirs and as described. Verify it, or say in a note why it is not accepted — the person reads your note.', 'wayfinder' ) . '</p>';
		echo '<ul class="wayfinder-contributions">';
		foreach ( $service->shape( $waiting, $user_id ) as $row ) {
			$name = $names[ (int) $row['user'] ] ?? '';
			echo self::item( $row, $region, $name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
			$for = $region . '-contribution-' . (int) $row['id'];
			echo '<div class="wayfinder-actions">';
			echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
				self::VERIFY,
				(int) $row['id'],
				self::PLACE,
				array(
					'label'       => __( 'Verify', 'wayfinder' ),
					'name'        => $name,
					'inner'       => self::note_field( $for . '-verify-note', __( 'Note (optional)', 'wayfinder' ), false ),
					'describedby' => $for,
					'anchor'      => self::VERIFY_ANCHOR,
				)
			);
			echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
				self::REJECT,
				(int) $row['id'],
				self::PLACE,
				array(
					'label'        => __( 'Reject', 'wayfinder' ),
					'name'         => $name,
					'inner'        => self::note_field( $for . '-reject-note', __( 'Why it is not accepted (the person reads this)', 'wayfinder' ), true ),
					'describedby'  => $for,
					'button_class' => 'wp-element-button is-secondary',
					'anchor'       => self::VERIFY_ANCHOR,
				)
			);
			echo '</div></li>';
		}
		echo '</ul></section>';
	}

	/**
	 * The opening of one contribution's list item (escaped; the caller closes the <li>).
	 *
	 * @param array<string, mixed> $row  A shaped contribution.
	 * @param string               $name Whose it is, when it is someone else's.
	 */
	private static function item( array $row, string $region, string $name = '' ): string {
		$meta = array( (string) $row['kind_label'] );
		if ( '' !== $row['team_name'] ) {
			$meta[] = (string) $row['team_name'];
		}
		$meta[] = wp_date( (string) get_option( 'date_format', 'Y-m-d' ), (int) strtotime( $row['contributed_on'] . ' 12:00:00 UTC' ) );
		$meta[] = (string) $row['source_label'];
		$html   = '<li class="wayfinder-contribution wayfinder-contribution--' . esc_attr( (string) $row['status'] ) . '">';
		$html  .= '<p id="' . esc_attr( $region . '-contribution-' . (int) $row['id'] ) . '">';
		if ( '' !== $name ) {
			$html .= '<strong>' . esc_html( $name ) . '</strong>: ';
		}
		$html .= '<a href="' . esc_url( (string) $row['url'] ) . '">' . esc_html( (string) $row['summary'] ) . '</a>';
		$html .= ' <span class="wayfinder-meta">(' . esc_html( implode( ' · ', $meta ) ) . ')</span></p>';
		$html .= '<p class="wayfinder-contribution__status"><strong>' . esc_html( (string) $row['status_label'] ) . '</strong>';
		if ( '' !== $row['reviewed_by_name'] && Contribution::UNVERIFIED !== $row['status'] ) {
			/* translators: %s: who verified or rejected it. */
			$html .= ' ' . esc_html( sprintf( __( 'by %s', 'wayfinder' ), (string) $row['reviewed_by_name'] ) );
		}
		$html .= '</p>';
		if ( '' !== $row['review_note'] ) {
			/* translators: %s: the reviewer's note. */
			$html .= '<p class="wayfinder-contribution__note">' . esc_html( sprintf( __( 'Note: %s', 'wayfinder' ), (string) $row['review_note'] ) ) . '</p>';
		}
		return $html;
	}

	/** The add form's fields, escaped. */
	private static function add_fields( string $id ): string {
		$kinds = '';
		foreach ( Contribution::kind_labels() as $value => $label ) {
			$kinds .= '<option value="' . esc_attr( $value ) . '">' . esc_html( $label ) . '</option>';
		}
		$teams = '<option value="">' . esc_html__( 'No team in particular', 'wayfinder' ) . '</option>';
		foreach ( TeamList::all() as $slug => $team ) {
			$teams .= '<option value="' . esc_attr( (string) $slug ) . '">' . esc_html( $team['name'] ) . '</option>';
		}
		$today = (string) wp_date( 'Y-m-d' );
		$html  = '<p><label for="' . esc_attr( $id . '-kind' ) . '">' . esc_html__( 'Kind', 'wayfinder' ) . '</label><br><select id="' . esc_attr( $id . '-kind' ) . '" name="kind" required>' . $kinds . '</select></p>';
		$html .= '<p><label for="' . esc_attr( $id . '-team' ) . '">' . esc_html__( 'Team', 'wayfinder' ) . '</label><br><select id="' . esc_attr( $id . '-team' ) . '" name="team">' . $teams . '</select></p>';
		$html .= '<p><label for="' . esc_attr( $id . '-url' ) . '">' . esc_html__( 'Link', 'wayfinder' ) . '</label><br><input type="url" id="' . esc_attr( $id . '-url' ) . '" name="url" required maxlength="' . esc_attr( (string) Contribution::URL_LENGTH ) . '" placeholder="https://"></p>';
		$html .= '<p><label for="' . esc_attr( $id . '-summary' ) . '">' . esc_html__( 'What you did', 'wayfinder' ) . '</label><br><textarea id="' . esc_attr( $id . '-summary' ) . '" name="summary" rows="2" required maxlength="' . esc_attr( (string) Contribution::SUMMARY_LENGTH ) . '"></textarea></p>';
		$html .= '<p><label for="' . esc_attr( $id . '-day' ) . '">' . esc_html__( 'Day', 'wayfinder' ) . '</label><br><input type="date" id="' . esc_attr( $id . '-day' ) . '" name="contributed_on" required value="' . esc_attr( $today ) . '" min="' . esc_attr( ContributionService::FIRST_DAY ) . '" max="' . esc_attr( $today ) . '"></p>';
		return $html;
	}

	private static function note_field( string $id, string $label, bool $required ): string {
		return '<p><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label><br><textarea id="' . esc_attr( $id ) . '" name="note" rows="2" maxlength="' . esc_attr( (string) Contribution::NOTE_LENGTH ) . '"' . ( $required ? ' required' : '' ) . '></textarea></p>';
	}
}
