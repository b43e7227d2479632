<?php
/**
 * "Your GitHub account" in My mentorship (on the `wayfinder_my_sections` hook), for people taking
 * part (a mentoring profile or a cohort place): why to link it, and a form to link, change or unlink
 * it that works without JavaScript (the `link_github` and `unlink_github` page actions).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Contributions\Contributors;
use Wayfinder\Platform\PageForms;

final class GitHubSection {

	public const LINK   = 'link_github';
	public const UNLINK = 'unlink_github';

	/** The My mentorship block's place for notices. */
	private const PLACE = 'my-mentorship';

	/**
	 * @param int    $user_id The person looking.
	 * @param string $region  A prefix for element IDs unique on the page.
	 */
	public static function render( int $user_id, string $region = 'wayfinder' ): void {
		if ( $user_id <= 0 ) {
			return;
		}
		$account = ( new GitHubAccountRepository() )->find( $user_id );
		if ( null === $account && ! Contributors::takes_part( $user_id ) ) {
			return;
		}
		$id = $region . '-github';
		echo '<section class="wayfinder-section wayfinder-section--github" aria-labelledby="' . esc_attr( $id ) . '">';
		echo '<h2 id="' . esc_attr( $id ) . '">' . esc_html__( 'Your GitHub account', 'wayfinder' ) . '</h2>';
		echo '<p id="' . esc_attr( $id . '-why' ) . '">' . esc_html__( 'Link your GitHub account and your merged pull requests, closed issues, reviews and props in the repositories connected to this program are recorded as your contributions, for your mentor to verify.', 'wayfinder' ) . '</p>';
		if ( null !== $account ) {
			echo '<p>';
			printf(
				/* translators: %s: a GitHub username, linked to the account's page. */
				esc_html__( 'Linked: %s', 'wayfinder' ),
				'<a href="' . esc_url( $account->profile_url() ) . '">' . esc_html( $account->login ) . '</a>'
			);
			echo '</p>';
		}
		$login = $id . '-login';
		$gh_id = $id . '-id';
		$inner = '<p><label for="' . esc_attr( $login ) . '">' . esc_html__( 'GitHub username', 'wayfinder' ) . '</label><br>'
			. '<input type="text" id="' . esc_attr( $login ) . '" name="login" required maxlength="39" autocomplete="off" spellcheck="false" value="' . esc_attr( null === $account ? '' : $account->login ) . '"></p>'
			. '<p><label for="' . esc_attr( $gh_id ) . '">' . esc_html__( 'GitHub user ID (optional)', 'wayfinder' ) . '</label><br>'
			. '<input type="text" inputmode="numeric" pattern="[0-9]*" id="' . esc_attr( $gh_id ) . '" name="github_id" value="" aria-describedby="' . esc_attr( $gh_id . '-help' ) . '">'
			. '<br><span class="wayfinder-help" id="' . esc_attr( $gh_id . '-help' ) . '">' . esc_html__( 'Only needed when GitHub cannot be reached: open api.github.com/users/ followed by your username in your browser and copy the number after "id".', 'wayfinder' ) . '</span></p>';
		echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
			self::LINK,
			0,
			self::PLACE,
			array(
				'label'       => null === $account ? __( 'Link my GitHub account', 'wayfinder' ) : __( 'Change my GitHub account', 'wayfinder' ),
				'inner'       => $inner,
				'describedby' => $id . '-why',
				'anchor'      => $id,
			)
		);
		if ( null !== $account ) {
			echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
				self::UNLINK,
				0,
				self::PLACE,
				array(
					'label'        => __( 'Unlink my GitHub account', 'wayfinder' ),
					'button_class' => 'wp-element-button is-secondary',
					'anchor'       => $id,
				)
			);
		}
		echo '</section>';
	}
}
