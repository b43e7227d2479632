<?php
/**
 * The documents of Open Badges 3.0 as this site publishes them: the issuer's Profile, a badge's
 * Achievement, and an award's OpenBadgeCredential in the W3C Verifiable Credentials 2.0 data model,
 * with its VC-JWT claims (OB 3.0 §8.2: the payload is the credential, plus iss, jti, nbf and sub).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Platform\Settings;

final class CredentialBuilder {

	public const CONTEXT_VC   = 'https://www.w3.org/ns/credentials/v2';
	public const CONTEXT_OB   = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
	public const SCHEMA       = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
	public const SCHEMA_TYPE  = '1EdTechJsonSchemaValidator2019';
	public const TYPES        = array( 'VerifiableCredential', 'OpenBadgeCredential' );
	public const ENVELOPED    = 'EnvelopedVerifiableCredential';
	public const DATA_URL     = 'data:application/vc+jwt,';
	public const STATUS_TYPE  = 'BitstringStatusListEntry';
	public const HASH_PREFIX  = 'sha256$';
	private const SALT_LENGTH = 16;

	public static function issuer_url(): string {
		return rest_url( RestNamespace::V1 . '/credentials/issuer' );
	}

	public static function achievement_url( int $badge_id ): string {
		return rest_url( RestNamespace::V1 . '/credentials/achievements/' . $badge_id );
	}

	public static function status_list_url(): string {
		return rest_url( RestNamespace::V1 . '/credentials/status' );
	}

	/**
	 * The issuer: an OB 3.0 Profile at its stable address.
	 *
	 * @return array<string, mixed>
	 */
	public static function issuer(): array {
		$profile     = array(
			'id'   => self::issuer_url(),
			'type' => array( 'Profile' ),
			'name' => Settings::issuer_name(),
			'url'  => home_url( '/' ),
		);
		$description = Settings::issuer_description();
		if ( '' !== $description ) {
			$profile['description'] = $description;
		}
		return $profile;
	}

	/**
	 * A badge as an OB 3.0 Achievement.
	 *
	 * @return array<string, mixed>
	 */
	public static function achievement( Badge $badge ): array {
		$criteria = '' !== trim( $badge->criteria ) ? $badge->criteria : ( Badge::rule_labels()[ $badge->rule ] ?? $badge->name );
		return array(
			'id'          => self::achievement_url( $badge->id ),
			'type'        => array( 'Achievement' ),
			'name'        => $badge->name,
			'description' => '' !== trim( $badge->description ) ? $badge->description : $criteria,
			'criteria'    => array( 'narrative' => $criteria ),
			'image'       => array(
				'id'   => $badge->image_url,
				'type' => 'Image',
			),
		);
	}

	/** A salted SHA-256 of an e-mail address, as OB 3.0's IdentityObject writes it ("sha256$" and hex). */
	public static function identity_hash( string $email, string $salt ): string {
		return self::HASH_PREFIX . hash( 'sha256', $email . $salt );
	}

	/** @return array<string, mixed> The credential's header: exactly alg, typ and kid (the key's address). */
	public static function header( string $kid ): array {
		return array(
			'alg' => Jws::ALG,
			'typ' => 'JWT',
			'kid' => SigningKeys::url( $kid ),
		);
	}

	/**
	 * The award's credential, as the VC-JWT payload (the credential and its JWT claims).
	 *
	 * @param int $index Its place in the status list (its row ID).
	 * @return array<string, mixed>
	 */
	public static function payload( Award $award, Badge $badge, \WP_User $person, string $uuid, int $index ): array {
		$id         = 'urn:uuid:' . $uuid;
		$subject_id = get_author_posts_url( $person->ID, $person->user_nicename );
		$valid_from = gmdate( 'Y-m-d\TH:i:s\Z', (int) strtotime( $award->awarded_at . ' UTC' ) );
		$salt       = bin2hex( random_bytes( self::SALT_LENGTH ) );
		$credential = array(
			'@context'          => array( self::CONTEXT_VC, self::CONTEXT_OB ),
			'id'                => $id,
			'type'              => self::TYPES,
			'name'              => $badge->name,
			'issuer'            => self::issuer(),
			'validFrom'         => $valid_from,
			'credentialSubject' => array(
				'id'          => $subject_id,
				'type'        => array( 'AchievementSubject' ),
				'identifier'  => array(
					array(
						'type'         => 'IdentityObject',
						'identityHash' => self::identity_hash( (string) $person->user_email, $salt ),
						'identityType' => 'emailAddress',
						'hashed'       => true,
						'salt'         => $salt,
					),
				),
				'achievement' => self::achievement( $badge ),
			),
			'evidence'          => array(
				array(
					'type'      => array( 'Evidence' ),
					'narrative' => self::evidence( $award, $badge ),
				),
			),
			'credentialStatus'  => array(
				'id'                   => self::status_list_url() . '#' . $index,
				'type'                 => self::STATUS_TYPE,
				'statusPurpose'        => 'revocation',
				'statusListIndex'      => (string) $index,
				'statusListCredential' => self::status_list_url(),
			),
			'credentialSchema'  => array(
				array(
					'id'   => self::SCHEMA,
					'type' => self::SCHEMA_TYPE,
				),
			),
		);
		return $credential + array(
			'iss' => self::issuer_url(),
			'jti' => $id,
			'nbf' => (int) strtotime( $valid_from ),
			'sub' => $subject_id,
		);
	}

	/** Why the award was made, in words that name nobody else. */
	public static function evidence( Award $award, Badge $badge ): string {
		$title = $award->object_id > 0 ? html_entity_decode( get_the_title( $award->object_id ), ENT_QUOTES ) : '';
		switch ( $award->reason ) {
			case Award::BY_HAND:
				return $award->evidence;
			case Award::FOR_COHORT:
				if ( Badge::FACILITATOR === $badge->rule ) {
					/* translators: %s: a cohort's name. */
					return sprintf( __( 'Led a group session of the %s cohort.', 'wayfinder' ), $title );
				}
				if ( Badge::MENTOR === $badge->rule ) {
					/* translators: %s: a cohort's name. */
					return sprintf( __( 'Mentored a graduate of the %s cohort.', 'wayfinder' ), $title );
				}
				/* translators: %s: a cohort's name. */
				return sprintf( __( 'Graduated from the %s cohort with a verified contribution.', 'wayfinder' ), $title );
			case Award::FOR_MATCH:
				return Badge::MENTOR === $badge->rule
					? __( 'Mentored someone through a completed mentorship.', 'wayfinder' )
					: __( 'Completed a mentorship as the mentee.', 'wayfinder' );
			case Award::FOR_CONTRIBUTION:
				$team = '' !== $badge->team ? get_page_by_path( $badge->team, OBJECT, 'wayfinder_team' ) : null;
				return $team instanceof \WP_Post
					/* translators: %s: a team's name. */
					? sprintf( __( 'Made a verified contribution to the %s team.', 'wayfinder' ), html_entity_decode( get_the_title( $team ), ENT_QUOTES ) )
					: __( 'Made a verified contribution.', 'wayfinder' );
		}
		return Badge::rule_labels()[ $badge->rule ] ?? $badge->name;
	}

	/**
	 * The JSON download: the signed credential enveloped (VC 2.0 §4.13).
	 *
	 * @return array<string, string>
	 */
	public static function enveloped( string $token ): array {
		return array(
			'@context' => self::CONTEXT_VC,
			'id'       => self::DATA_URL . $token,
			'type'     => self::ENVELOPED,
		);
	}

	/** The badge's picture on disk, for a baked download. */
	public static function image_file( Badge $badge ): string {
		return BadgePostType::image_file( $badge->id );
	}
}
