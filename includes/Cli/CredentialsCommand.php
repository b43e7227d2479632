<?php
/**
 * WP-CLI: `wp wayfinder credentials` — list awarded badges with their signed certificates, and
 * revoke one through Badges\Awarding::revoke (AwardRevoked follows: Credentials\Issuing revokes the
 * certificate in the status list and the person is told), as the Badges screen does.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\AwardListRepository;
use Wayfinder\Badges\AwardReasons;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Awarding;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Credentials\CredentialRepository;
use Wayfinder\Profiles\DisplayName;

/**
 * Lists and revokes awarded badges and their certificates.
 */
final class CredentialsCommand {

	private const PAGE = 100;

	private readonly Awarding $awarding;

	public function __construct(
		private readonly AwardRepository $awards = new AwardRepository(),
		private readonly AwardListRepository $list = new AwardListRepository(),
		private readonly CredentialRepository $credentials = new CredentialRepository(),
		private readonly AwardReasons $reasons = new AwardReasons(),
	) {
		$this->awarding = new Awarding( $this->awards );
	}

	/**
	 * Lists awarded badges and their certificates.
	 *
	 * Newest first, each with why it was earned, whether it stands, and the ID of its signed
	 * certificate (what the verification page checks).
	 *
	 * ## OPTIONS
	 *
	 * [--person=<person>]
	 * : Only this person's: a user ID, login or e-mail address. (Not --user: that is WP-CLI's own, for who runs the command.)
	 *
	 * [--status=<status>]
	 * : Only awards that stand, or only revoked ones.
	 * ---
	 * options:
	 *   - standing
	 *   - revoked
	 * ---
	 *
	 * [--format=<format>]
	 * : table, csv, json or yaml.
	 * ---
	 * default: table
	 * options:
	 *   - table
	 *   - csv
	 *   - json
	 *   - yaml
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder credentials list
	 *     wp wayfinder credentials list --person=ana --status=standing --format=json
	 *
	 * @subcommand list
	 * @param list<string>          $args       Positional arguments (none).
	 * @param array<string, string> $assoc_args Options.
	 */
	public function list_( array $args, array $assoc_args ): void {
		unset( $args );
		$user_id = isset( $assoc_args['person'] ) ? Who::user( (string) $assoc_args['person'] )->ID : 0;
		$status  = (string) ( $assoc_args['status'] ?? '' );
		$rows    = array();
		for ( $page = 1; ; $page++ ) {
			list( $awards ) = $this->list->page( 0, $user_id, $status, '', $page, self::PAGE );
			$rows           = array_merge( $rows, $this->rows( $awards ) );
			if ( count( $awards ) < self::PAGE ) {
				break;
			}
		}
		if ( array() === $rows ) {
			\WP_CLI::log( __( 'No awarded badges match.', 'wayfinder' ) );
			return;
		}
		\WP_CLI\Utils\format_items( $assoc_args['format'] ?? 'table', $rows, array( 'award', 'person', 'badge', 'awarded', 'why', 'status', 'certificate' ) );
	}

	/**
	 * Revokes an awarded badge and its certificate.
	 *
	 * It stops showing, its certificate verifies as revoked from now on, and the person is told why.
	 *
	 * ## OPTIONS
	 *
	 * <award>
	 * : The award's ID (the first column of `wp wayfinder credentials list`).
	 *
	 * --reason=<reason>
	 * : Why it is revoked, in a sentence (at most 500 characters). The person is shown it.
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder credentials revoke 17 --reason="Awarded to the wrong person by mistake."
	 *
	 * @param list<string>          $args       The award.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function revoke( array $args, array $assoc_args ): void {
		$award = preg_match( '/^\d{1,18}$/', $args[0] ) ? $this->awards->find( (int) $args[0] ) : null;
		if ( null === $award ) {
			/* translators: %s: what was typed as an award's ID. */
			\WP_CLI::error( sprintf( __( 'There is no award %s. `wp wayfinder credentials list` shows them.', 'wayfinder' ), $args[0] ) );
		}
		$reason = trim( (string) ( $assoc_args['reason'] ?? '' ) );
		if ( mb_strlen( $reason ) > Award::REVOKE_LENGTH ) {
			/* translators: %d: the most characters. */
			\WP_CLI::error( sprintf( __( 'Say why in at most %d characters; the person and anyone verifying the certificate read it.', 'wayfinder' ), Award::REVOKE_LENGTH ) );
		}
		$revoked = $this->awarding->revoke( $award, $reason, get_current_user_id(), time() );
		if ( is_wp_error( $revoked ) ) {
			\WP_CLI::error( $revoked->get_error_message() );
		}
		$badge = BadgePostType::find( $revoked->badge_id );
		/* translators: 1: a badge's name, 2: a person's name. */
		\WP_CLI::success( sprintf( __( 'Revoked the %1$s badge of %2$s. Its certificate now verifies as revoked.', 'wayfinder' ), null === $badge ? '' : $badge->name, DisplayName::of( $revoked->user_id ) ) );
	}

	/**
	 * The awards as the list prints them.
	 *
	 * @param list<Award> $awards
	 * @return list<array<string, int|string>>
	 */
	private function rows( array $awards ): array {
		$names        = DisplayName::many( array_map( static fn ( Award $award ): int => $award->user_id, $awards ) );
		$certificates = $this->credentials->current_for_awards( array_map( static fn ( Award $award ): int => $award->id, $awards ) );
		$badges       = array();
		$rows         = array();
		foreach ( $awards as $award ) {
			$badges[ $award->badge_id ] ??= BadgePostType::find( $award->badge_id );
			$badge                        = $badges[ $award->badge_id ];
			$rows[]                       = array(
				'award'       => $award->id,
				'person'      => $names[ $award->user_id ] ?? '',
				'badge'       => null === $badge ? '' : $badge->name,
				'awarded'     => (string) wp_date( 'Y-m-d', (int) strtotime( $award->awarded_at . ' UTC' ) ),
				'why'         => $this->reasons->words( $award, null === $badge ? Badge::BY_HAND : $badge->rule ),
				'status'      => $award->is_revoked()
					/* translators: 1: a date, 2: why, in a sentence. */
					? sprintf( __( 'Revoked on %1$s: %2$s', 'wayfinder' ), (string) wp_date( 'Y-m-d', (int) strtotime( (string) $award->revoked_at . ' UTC' ) ), $award->revoke_reason )
					: __( 'Standing', 'wayfinder' ),
				'certificate' => isset( $certificates[ $award->id ] ) ? $certificates[ $award->id ]->uuid : '',
			);
		}
		return $rows;
	}
}
