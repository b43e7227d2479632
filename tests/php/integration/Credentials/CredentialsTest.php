<?php
/**
 * Signed Open Badges 3.0 credentials: issued on award, checked by an independent implementation
 * (firebase/php-jwt against the published JWKS, opis/json-schema against the OB 3.0 shape), the
 * recipient's privacy, tampering, a foreign key, revocation in the status list (read here on its own),
 * erasure, key rotation, the downloads and who may have them, the baked PNG, and the verify routes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Credentials;

use Firebase\JWT\JWK;
use Firebase\JWT\JWT;
use Opis\JsonSchema\Validator;
use Wayfinder\Badges\Award;
use Wayfinder\Badges\Awarding;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Credentials\BakedPng;
use Wayfinder\Credentials\Credential;
use Wayfinder\Credentials\CredentialBuilder;
use Wayfinder\Credentials\CredentialRepository;
use Wayfinder\Credentials\Jws;
use Wayfinder\Credentials\SigningKeyRepository;
use Wayfinder\Credentials\SigningKeys;
use Wayfinder\Credentials\StatusList;
use Wayfinder\Tests\Integration\TestCase;
use WP_REST_Request;

final class CredentialsTest extends TestCase {

	private Awarding $awarding;

	protected function setUp(): void {
		parent::setUp();
		$this->awarding = new Awarding( new AwardRepository() );
		StatusList::forget();
	}

	private function make_badge( string $rule = Badge::GRADUATE, string $name = 'Graduate' ): Badge {
		$id = wp_insert_post(
			array(
				'post_type'    => BadgePostType::POST_TYPE,
				'post_status'  => 'publish',
				'post_title'   => $name,
				'post_excerpt' => 'Graduated from a cohort.',
				'meta_input'   => array(
					BadgePostType::RULE     => $rule,
					BadgePostType::CRITERIA => 'Graduated from a cohort with a verified contribution.',
				),
			),
			true
		);
		$this->assertIsInt( $id );
		// A PNG of its own (the featured image), so the baked download has a picture to bake into.
		$image = imagecreatetruecolor( 64, 64 );
		imagefill( $image, 0, 0, (int) imagecolorallocate( $image, 30, 120, 200 ) );
		$upload = wp_upload_dir();
		wp_mkdir_p( $upload['path'] );
		$file = $upload['path'] . '/badge-' . $id . '.png';
		imagepng( $image, $file );
		$attachment = wp_insert_attachment(
			array(
				'post_mime_type' => 'image/png',
				'post_title'     => 'Badge',
				'post_status'    => 'inherit',
			),
			$file,
			$id
		);
		set_post_thumbnail( $id, $attachment );
		$badge = BadgePostType::find( $id );
		$this->assertNotNull( $badge );
		return $badge;
	}

	private function award( Badge $badge, int $user, int $object = 0 ): Award {
		$award = $this->awarding->earn( $badge, $user, Award::FOR_COHORT, $object, time() - 60 );
		$this->assertNotNull( $award );
		return $award;
	}

	private function credential_of( Award $award ): Credential {
		$credential = ( new CredentialRepository() )->current_for_award( $award->id );
		$this->assertNotNull( $credential, 'the award was issued as a credential' );
		return $credential;
	}

	/** @return array<string, \Firebase\JWT\Key> The published keys, parsed by firebase/php-jwt. */
	private function published_keys(): array {
		$response = $this->rest( 'GET', '/wayfinder/v1/credentials/jwks' );
		$this->assertSame( 200, $response->get_status() );
		return JWK::parseKeySet( $response->get_data() );
	}

	/** @return array<string, mixed> */
	private function verify( string $credential ): array {
		$response = $this->rest( 'POST', '/wayfinder/v1/credentials/verify', array( 'credential' => $credential ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return $response->get_data();
	}

	/** @param array<string, mixed> $result */
	private function check( array $result, string $check ): array {
		foreach ( $result['checks'] as $row ) {
			if ( $check === $row['check'] ) {
				return $row;
			}
		}
		$this->fail( "no $check check" );
	}

	/** The status list as anyone reads it: the route's JWT, verified with the JWKS, its bits decoded here. */
	private function published_bit( int $index ): bool {
		$response = $this->rest( 'GET', '/wayfinder/v1/credentials/status' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'application/vc+jwt', $response->get_headers()['Content-Type'] );
		$list = json_decode( (string) wp_json_encode( JWT::decode( (string) $response->get_data(), $this->published_keys() ) ), true );
		$this->assertContains( 'BitstringStatusListCredential', $list['type'] );
		$this->assertSame( 'revocation', $list['credentialSubject']['statusPurpose'] );
		$encoded = $list['credentialSubject']['encodedList'];
		$this->assertSame( 'u', $encoded[0], 'multibase base64url' );
		$bits = gzdecode( base64_decode( strtr( substr( $encoded, 1 ), '-_', '+/' ) ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- reading the list independently.
		$this->assertIsString( $bits );
		$this->assertGreaterThanOrEqual( 131072 / 8, strlen( $bits ), 'at least 131,072 bits' );
		return 0 !== ( ord( $bits[ intdiv( $index, 8 ) ] ) & ( 1 << ( 7 - $index % 8 ) ) );
	}

	public function test_an_award_is_issued_as_a_credential_that_an_independent_library_verifies(): void {
		$badge  = $this->make_badge();
		$person = $this->make_user( 'subscriber', 'mei' );
		$cohort = $this->insert_cohort( array(), 'Spring 2026' );
		wp_update_user(
			array(
				'ID'         => $person,
				'user_email' => 'mei.graduate@example.org',
			)
		);
		$award      = $this->award( $badge, $person, $cohort );
		$credential = $this->credential_of( $award );
		$this->assertMatchesRegularExpression( '/^[0-9a-f-]{36}$/', $credential->uuid );

		// The JOSE header: exactly alg, typ and kid, the kid dereferencing to the key.
		$parts  = explode( '.', $credential->token );
		$header = json_decode( JWT::urlsafeB64Decode( $parts[0] ), true );
		$this->assertSame( array( 'alg', 'typ', 'kid' ), array_keys( $header ) );
		$this->assertSame( 'RS256', $header['alg'] );
		$this->assertSame( 'JWT', $header['typ'] );
		$this->assertSame( rest_url( 'wayfinder/v1/credentials/keys/' . $credential->kid ), $header['kid'] );
		$key = $this->rest( 'GET', '/wayfinder/v1/credentials/keys/' . $credential->kid );
		$this->assertSame( 200, $key->get_status() );
		$this->assertSame( array( 'kty', 'n', 'e', 'kid', 'alg', 'use' ), array_keys( $key->get_data() ) );
		$this->assertSame( $header['kid'], $key->get_data()['kid'] );

		// firebase/php-jwt with the published key set.
		$payload = json_decode( (string) wp_json_encode( JWT::decode( $credential->token, $this->published_keys() ) ), true );
		$this->assertSame( 'urn:uuid:' . $credential->uuid, $payload['id'] );
		$this->assertSame( $payload['id'], $payload['jti'] );
		$this->assertSame( rest_url( 'wayfinder/v1/credentials/issuer' ), $payload['iss'] );
		$this->assertSame( $payload['iss'], $payload['issuer']['id'] );
		$this->assertSame( get_author_posts_url( $person ), $payload['sub'] );
		$this->assertSame( $payload['sub'], $payload['credentialSubject']['id'] );
		$this->assertSame( strtotime( $payload['validFrom'] ), $payload['nbf'] );
		$this->assertSame( array( 'VerifiableCredential', 'OpenBadgeCredential' ), $payload['type'] );
		$this->assertSame( array( 'https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json' ), $payload['@context'] );
		$this->assertSame( 'Graduate', $payload['credentialSubject']['achievement']['name'] );
		$this->assertSame( rest_url( 'wayfinder/v1/credentials/achievements/' . $badge->id ), $payload['credentialSubject']['achievement']['id'] );
		$this->assertSame( 'Graduated from the Spring 2026 cohort with a verified contribution.', $payload['evidence'][0]['narrative'] );
		$this->assertSame( (string) $credential->id, $payload['credentialStatus']['statusListIndex'] );
		$this->assertSame( 'BitstringStatusListEntry', $payload['credentialStatus']['type'] );
		$this->assertSame( rest_url( 'wayfinder/v1/credentials/status' ), $payload['credentialStatus']['statusListCredential'] );

		// The recipient: a salted hash of the address, never the address.
		$identity = $payload['credentialSubject']['identifier'][0];
		$this->assertTrue( $identity['hashed'] );
		$this->assertSame( 'emailAddress', $identity['identityType'] );
		$this->assertSame( 'sha256$' . hash( 'sha256', 'mei.graduate@example.org' . $identity['salt'] ), $identity['identityHash'] );
		$this->assertStringNotContainsString( 'mei.graduate', $credential->token );
		$this->assertStringNotContainsString( 'mei.graduate', (string) wp_json_encode( $payload ) );

		// The shape of an Open Badges 3.0 credential.
		$schema = json_decode( (string) file_get_contents( dirname( __DIR__, 3 ) . '/fixtures/ob-v3p0-achievementcredential.schema.json' ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a test fixture.
		$result = ( new Validator() )->validate( json_decode( (string) wp_json_encode( $payload ) ), $schema );
		$this->assertTrue( $result->isValid(), (string) wp_json_encode( $result->error() ? ( new \Opis\JsonSchema\Errors\ErrorFormatter() )->format( $result->error() ) : array() ) );

		// And this site's own verification says so, showing the person who shows the badge.
		$verified = $this->verify( $credential->token );
		$this->assertTrue( $verified['verdict'], (string) wp_json_encode( $verified ) );
		$this->assertSame( array( 'signature', 'issuer', 'dates', 'status', 'claims' ), array_column( $verified['checks'], 'check' ) );
		$this->assertSame( get_userdata( $person )->display_name, $verified['credential']['recipient'] );
		$this->assertSame( 'Graduate', $verified['credential']['achievement']['name'] );
		$this->assertFalse( $this->published_bit( $credential->id ) );

		// Issued once: the same credential on the next asking.
		$this->assertSame( $credential->id, ( new \Wayfinder\Credentials\Issuing() )->ensure( $award->id )?->id );
	}

	public function test_a_tampered_credential_and_one_signed_by_another_key_fail(): void {
		$credential      = $this->credential_of( $this->award( $this->make_badge(), $this->make_user( 'subscriber', 'tam' ) ) );
		[ $head, $body ] = explode( '.', $credential->token );
		$payload         = json_decode( JWT::urlsafeB64Decode( $body ), true );
		$payload['credentialSubject']['achievement']['name'] = 'Core committer';
		$tampered = $head . '.' . Jws::b64url( (string) wp_json_encode( $payload ) ) . '.' . explode( '.', $credential->token )[2];

		$result = $this->verify( $tampered );
		$this->assertFalse( $result['verdict'] );
		$this->assertFalse( $this->check( $result, 'signature' )['passed'] );
		$this->assertNull( $result['credential'], 'nothing of an unverified credential is shown as if true' );
		try {
			JWT::decode( $tampered, $this->published_keys() );
			$this->fail( 'firebase/php-jwt accepted a tampered credential' );
		} catch ( \Firebase\JWT\SignatureInvalidException $e ) {
			$this->assertStringContainsString( 'Signature verification failed', $e->getMessage() );
		}

		// A key that is not ours, claiming our kid.
		$other  = openssl_pkey_new(
			array(
				'private_key_type' => OPENSSL_KEYTYPE_RSA,
				'private_key_bits' => 2048,
			)
		);
		$forged = Jws::sign( json_decode( JWT::urlsafeB64Decode( $head ), true ), json_decode( JWT::urlsafeB64Decode( $body ), true ), $other );
		$result = $this->verify( $forged );
		$this->assertFalse( $result['verdict'] );
		$this->assertFalse( $this->check( $result, 'signature' )['passed'] );
		$this->expectException( \Firebase\JWT\SignatureInvalidException::class );
		JWT::decode( $forged, $this->published_keys() );
	}

	public function test_another_issuer_is_not_this_site(): void {
		$key    = openssl_pkey_new(
			array(
				'private_key_type' => OPENSSL_KEYTYPE_RSA,
				'private_key_bits' => 2048,
			)
		);
		$token  = Jws::sign(
			array(
				'alg' => 'RS256',
				'typ' => 'JWT',
				'kid' => 'https://elsewhere.example/keys/1',
			),
			array(
				'iss'       => 'https://elsewhere.example/issuer',
				'issuer'    => array( 'id' => 'https://elsewhere.example/issuer' ),
				'id'        => 'urn:uuid:00000000-0000-4000-8000-000000000000',
				'validFrom' => '2026-01-01T00:00:00Z',
			),
			$key
		);
		$result = $this->verify( $token );
		$this->assertFalse( $result['verdict'] );
		$this->assertStringContainsString( 'not issued by this site', $result['summary'] );
		$this->assertFalse( $this->check( $result, 'issuer' )['passed'] );
	}

	public function test_a_revoked_award_and_an_erased_person_fail_verification_through_the_status_list(): void {
		$badge       = $this->make_badge();
		$coordinator = $this->make_user( 'wayfinder_coordinator', 'coord' );
		$award       = $this->award( $badge, $this->make_user( 'subscriber', 'rev' ) );
		$credential  = $this->credential_of( $award );
		$this->assertFalse( $this->published_bit( $credential->id ) );

		$this->assertInstanceOf( Award::class, $this->awarding->revoke( $award, 'Not earned here.', $coordinator, time() ) );
		$this->assertTrue( $this->published_bit( $credential->id ), 'the list says revoked' );
		$result = $this->verify( $credential->token );
		$this->assertFalse( $result['verdict'] );
		$this->assertTrue( $this->check( $result, 'signature' )['passed'] );
		$status = $this->check( $result, 'status' );
		$this->assertFalse( $status['passed'] );
		$this->assertStringContainsString( 'revoked on', $status['message'] );
		$this->assertStringNotContainsString( 'Not earned here', (string) wp_json_encode( $result ), 'never the reason' );
		$this->assertSame( 'the person it was issued to', $result['credential']['recipient'] );

		// Erasure: the person's credentials rows go; a copy they kept reads revoked.
		$kept  = $this->make_user( 'subscriber', 'erased' );
		$first = $this->credential_of( $this->award( $badge, $kept ) );
		$later = $this->credential_of( $this->award( $this->make_badge( Badge::MENTOR, 'Mentor' ), $this->make_user( 'subscriber', 'stays' ) ) );
		$this->assertTrue( $this->verify( $first->token )['verdict'] );
		$this->erase_personal_data( $kept );
		$this->assertNull( ( new CredentialRepository() )->find( $first->id ) );
		$this->assertTrue( $this->published_bit( $first->id ), 'an erased credential reads revoked' );
		$this->assertFalse( $this->published_bit( $later->id ), 'the others stand' );
		$this->assertFalse( $this->verify( $first->token )['verdict'] );
	}

	public function test_a_credential_signed_before_a_rotation_still_verifies_and_new_ones_use_the_new_key(): void {
		$badge       = $this->make_badge();
		$coordinator = $this->make_user( 'wayfinder_coordinator', 'rot' );
		$before      = $this->credential_of( $this->award( $badge, $this->make_user( 'subscriber', 'early' ) ) );

		$rotated = $this->rest( 'POST', '/wayfinder/v1/credentials/keys/rotate', array(), $coordinator );
		$this->assertSame( 201, $rotated->get_status() );
		$new_kid = $rotated->get_data()['kid'];
		$this->assertNotSame( $before->kid, $new_kid );
		$this->assertNull( $rotated->get_data()['retired_at'] );

		$after = $this->credential_of( $this->award( $badge, $this->make_user( 'subscriber', 'late' ) ) );
		$this->assertSame( $new_kid, $after->kid );
		$keys = $this->published_keys();
		$this->assertCount( 2, $keys );
		JWT::decode( $before->token, $keys );
		JWT::decode( $after->token, $keys );
		$this->assertTrue( $this->verify( $before->token )['verdict'] );
		$this->assertTrue( $this->verify( $after->token )['verdict'] );

		$list = $this->rest( 'GET', '/wayfinder/v1/credentials/keys', array(), $coordinator )->get_data();
		$this->assertSame( array( $new_kid, $before->kid ), array_column( $list, 'kid' ) );
		$this->assertSame( array( 1, 1 ), array_column( $list, 'signed' ) );
		$this->assertNull( $list[0]['retired_at'] );
		$this->assertNotNull( $list[1]['retired_at'] );
	}

	public function test_the_private_key_is_sealed_and_never_in_a_response_or_the_export(): void {
		$badge       = $this->make_badge();
		$person      = $this->make_user( 'subscriber', 'priv' );
		$coordinator = $this->make_user( 'administrator', 'adm' );
		$award       = $this->award( $badge, $person );
		$credential  = $this->credential_of( $award );
		$stored      = ( new SigningKeyRepository() )->find( $credential->kid );
		$this->assertNotNull( $stored );
		$this->assertStringNotContainsString( 'PRIVATE KEY', $stored->sealed_private_key, 'sealed at rest' );
		$pem = SigningKeys::unseal( $stored->sealed_private_key );
		$this->assertIsString( $pem );
		$this->assertStringContainsString( 'PRIVATE KEY', $pem );
		$private_b64 = trim( (string) preg_replace( '/-----[^-]+-----|\s/', '', $pem ) );
		$details     = openssl_pkey_get_details( openssl_pkey_get_private( $pem ) );
		$secrets     = array( 'PRIVATE KEY', substr( $private_b64, 40, 60 ), $stored->sealed_private_key, Jws::b64url( $details['rsa']['d'] ), Jws::b64url( $details['rsa']['p'] ) );

		$bodies = array();
		foreach ( array(
			array( 'GET', '/wayfinder/v1/credentials/issuer', array(), 0 ),
			array( 'GET', '/wayfinder/v1/credentials/jwks', array(), 0 ),
			array( 'GET', '/wayfinder/v1/credentials/keys/' . $credential->kid, array(), 0 ),
			array( 'GET', '/wayfinder/v1/credentials/achievements/' . $badge->id, array(), 0 ),
			array( 'GET', '/wayfinder/v1/credentials/status', array(), 0 ),
			array( 'POST', '/wayfinder/v1/credentials/verify', array( 'credential' => $credential->token ), 0 ),
			array( 'GET', '/wayfinder/v1/credentials/' . $credential->uuid, array(), 0 ),
			array( 'GET', '/wayfinder/v1/credentials/keys', array(), $coordinator ),
			array( 'GET', '/wayfinder/v1/awards/' . $award->id . '/credential', array( 'format' => 'jwt' ), $person ),
			array( 'GET', '/wayfinder/v1/awards/' . $award->id . '/credential', array( 'format' => 'json' ), $person ),
			array( 'GET', '/wayfinder/v1/awards/' . $award->id . '/credential', array( 'format' => 'png' ), $person ),
			array( 'POST', '/wayfinder/v1/credentials/keys/rotate', array(), $coordinator ),
		) as [ $method, $route, $params, $as ] ) {
			$response = $this->rest( $method, $route, $params, $as );
			$this->assertLessThan( 300, $response->get_status(), $route );
			$data     = $response->get_data();
			$bodies[] = is_string( $data ) ? $data : (string) wp_json_encode( $data );
		}
		// The privacy export of the person (every exporter, as wp-admin runs them).
		$email = get_userdata( $person )->user_email;
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list.
			$page = 1;
			do {
				$page_data = call_user_func( $exporter['callback'], $email, $page++ );
				$bodies[]  = (string) wp_json_encode( $page_data['data'] );
			} while ( ! $page_data['done'] && $page < 50 );
		}
		$everything = implode( "\n", $bodies );
		$this->assertStringContainsString( $credential->uuid, $everything, 'the export lists the certificate' );
		foreach ( $secrets as $secret ) {
			$this->assertStringNotContainsString( $secret, $everything );
		}
	}

	public function test_downloads_are_the_persons_and_coordinators_only(): void {
		$badge       = $this->make_badge();
		$person      = $this->make_user( 'subscriber', 'own' );
		$other       = $this->make_user( 'wayfinder_mentor', 'other' );
		$coordinator = $this->make_user( 'wayfinder_coordinator', 'co' );
		// An award made before credentials existed (straight into the table, no event): none issued yet.
		$award = ( new AwardRepository() )->add( $badge->id, $person, Award::FOR_COHORT, 0, '', 0, time() - 60 );
		$this->assertNotNull( $award );
		$this->assertNull( ( new CredentialRepository() )->current_for_award( $award->id ) );
		$route = '/wayfinder/v1/awards/' . $award->id . '/credential';

		$this->assertSame( 401, $this->rest( 'GET', $route, array(), 0 )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', $route, array(), $other )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/awards/999999/credential', array(), $coordinator )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', $route, array( 'format' => 'pdf' ), $person )->get_status() );

		$jwt = $this->rest( 'GET', $route, array( 'format' => 'jwt' ), $person );
		$this->assertSame( 200, $jwt->get_status() );
		$this->assertSame( 'application/vc+jwt', $jwt->get_headers()['Content-Type'] );
		$this->assertMatchesRegularExpression( '/^attachment; filename="graduate-[0-9a-f-]{36}\.jwt"$/', $jwt->get_headers()['Content-Disposition'] );
		$credential = $this->credential_of( $award );
		$this->assertSame( $credential->token, $jwt->get_data(), 'issued on the first download' );

		$json = $this->rest( 'GET', $route, array( 'format' => 'json' ), $coordinator );
		$this->assertSame( 200, $json->get_status() );
		$this->assertSame(
			array(
				'@context' => 'https://www.w3.org/ns/credentials/v2',
				'id'       => 'data:application/vc+jwt,' . $credential->token,
				'type'     => 'EnvelopedVerifiableCredential',
			),
			$json->get_data()
		);
		$this->assertStringStartsWith( 'attachment;', $json->get_headers()['Content-Disposition'] );
		$this->assertTrue( $this->verify( (string) wp_json_encode( $json->get_data() ) )['verdict'], 'the JSON download verifies' );

		$this->assertInstanceOf( Award::class, $this->awarding->revoke( $award, 'Mistake.', $coordinator, time() ) );
		$gone = $this->rest( 'GET', $route, array(), $person );
		$this->assertSame( 410, $gone->get_status() );
		$this->assertStringContainsString( 'revoked', $gone->get_data()['message'] );
	}

	public function test_the_baked_png_holds_the_credential_and_verifies_by_upload(): void {
		$person = $this->make_user( 'subscriber', 'png' );
		$award  = $this->award( $this->make_badge(), $person );
		$png    = $this->rest( 'GET', '/wayfinder/v1/awards/' . $award->id . '/credential', array( 'format' => 'png' ), $person );
		$this->assertSame( 200, $png->get_status() );
		$this->assertSame( 'image/png', $png->get_headers()['Content-Type'] );
		$this->assertStringEndsWith( '.png"', $png->get_headers()['Content-Disposition'] );
		$bytes = (string) $png->get_data();

		// Read the chunks here, on our own: every CRC valid, the iTXt right after IHDR.
		$this->assertSame( "\x89PNG\r\n\x1a\n", substr( $bytes, 0, 8 ) );
		$at    = 8;
		$types = array();
		$text  = '';
		$size  = strlen( $bytes );
		while ( $at < $size ) {
			$length = unpack( 'N', substr( $bytes, $at, 4 ) )[1];
			$type   = substr( $bytes, $at + 4, 4 );
			$data   = substr( $bytes, $at + 8, $length );
			$this->assertSame( crc32( $type . $data ), unpack( 'N', substr( $bytes, $at + 8 + $length, 4 ) )[1], "the CRC of $type" );
			$types[] = $type;
			if ( 'iTXt' === $type ) {
				$this->assertStringStartsWith( "openbadgecredential\0\0\0\0\0", $data );
				$text = substr( $data, strlen( "openbadgecredential\0\0\0\0\0" ) );
			}
			$at += 12 + $length;
		}
		$this->assertSame( array( 'IHDR', 'iTXt' ), array_slice( $types, 0, 2 ) );
		$this->assertSame( 'IEND', end( $types ) );
		$this->assertSame( $this->credential_of( $award )->token, $text );
		$this->assertNotFalse( imagecreatefromstring( $bytes ), 'GD still opens the image' );
		$this->assertSame( $text, BakedPng::read( $bytes ) );

		// Uploaded to the verify route.
		$file = wp_tempnam( 'baked.png' );
		file_put_contents( $file, $bytes ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a test upload.
		$request = new WP_REST_Request( 'POST', '/wayfinder/v1/credentials/verify' );
		$request->set_file_params(
			array(
				'file' => array(
					'name'     => 'baked.png',
					'type'     => 'image/png',
					'tmp_name' => $file,
					'error'    => UPLOAD_ERR_OK,
					'size'     => strlen( $bytes ),
				),
			)
		);
		wp_set_current_user( 0 );
		$response = rest_get_server()->dispatch( $request );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertTrue( $response->get_data()['verdict'] );

		// A picture without a credential: a sentence, 400.
		file_put_contents( $file, (string) file_get_contents( BadgePostType::image_file( $award->badge_id ) ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a test upload.
		$response = rest_get_server()->dispatch( $request );
		$this->assertSame( 400, $response->get_status() );
		$this->assertStringContainsString( 'holds no certificate', $response->get_data()['message'] );
		unlink( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.unlink_unlink -- the test's own temporary file.
	}

	public function test_the_verify_routes_and_the_public_documents(): void {
		$badge      = $this->make_badge();
		$person     = $this->make_user( 'subscriber', 'hidden' );
		$award      = $this->award( $badge, $person );
		$credential = $this->credential_of( $award );
		( new AwardRepository() )->set_shown( $award->id, false );

		$stored = $this->rest( 'GET', '/wayfinder/v1/credentials/' . $credential->uuid );
		$this->assertSame( 200, $stored->get_status() );
		$this->assertTrue( $stored->get_data()['verdict'] );
		$this->assertSame( 'the person it was issued to', $stored->get_data()['credential']['recipient'], 'a hidden badge names nobody' );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/credentials/00000000-0000-4000-8000-000000000000' )->get_status() );

		foreach ( array( '', 'not a credential', '{"type":"VerifiableCredential"}', 'a.b.c' ) as $bad ) {
			$response = $this->rest( 'POST', '/wayfinder/v1/credentials/verify', array( 'credential' => $bad ) );
			$this->assertSame( 400, $response->get_status(), $bad );
			$this->assertStringEndsWith( '.', $response->get_data()['message'] );
		}

		$issuer = $this->rest( 'GET', '/wayfinder/v1/credentials/issuer' )->get_data();
		$this->assertSame( rest_url( 'wayfinder/v1/credentials/issuer' ), $issuer['id'] );
		$this->assertSame( array( 'Profile' ), $issuer['type'] );
		$this->assertSame( get_bloginfo( 'name' ), $issuer['name'] );
		update_option( 'wayfinder_issuer_name', 'Make WordPress Mentorship' );
		update_option( 'wayfinder_issuer_description', 'The mentorship program of the WordPress project.' );
		$issuer = $this->rest( 'GET', '/wayfinder/v1/credentials/issuer' )->get_data();
		$this->assertSame( 'Make WordPress Mentorship', $issuer['name'] );
		$this->assertSame( 'The mentorship program of the WordPress project.', $issuer['description'] );

		$achievement = $this->rest( 'GET', '/wayfinder/v1/credentials/achievements/' . $badge->id )->get_data();
		$this->assertSame( array( 'Achievement' ), $achievement['type'] );
		$this->assertSame( 'Graduated from a cohort with a verified contribution.', $achievement['criteria']['narrative'] );
		$this->assertSame( 'Image', $achievement['image']['type'] );
		wp_update_post(
			array(
				'ID'          => $badge->id,
				'post_status' => 'draft',
			)
		);
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/credentials/achievements/' . $badge->id )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/credentials/keys/' . str_repeat( 'A', 43 ) )->get_status() );
	}

	// phpcs:disable WordPress.Security.NonceVerification -- the block's form has no nonce (see VerifyBlock); the test plays the visitor.
	public function test_the_verify_block_works_without_javascript(): void {
		$award      = $this->award( $this->make_badge(), $this->make_user( 'subscriber', 'blk' ) );
		$credential = $this->credential_of( $award );
		$page       = '<!-- wp:wayfinder/verify-credential /-->';

		$blank = do_blocks( $page );
		$this->assertStringContainsString( '<form class="wayfinder-verify-form" method="post" enctype="multipart/form-data"', $blank );
		$this->assertStringContainsString( '<label for="wayfinder-verify-text">', $blank );
		$this->assertStringContainsString( '<label for="wayfinder-verify-file">', $blank );
		$this->assertStringNotContainsString( 'wayfinder-verify-result', $blank );

		// Opened on a stored certificate by its link.
		$_GET['credential'] = $credential->uuid;
		$opened             = do_blocks( $page );
		unset( $_GET['credential'] );
		$this->assertStringContainsString( 'Valid certificate', $opened );
		$this->assertSame( 5, substr_count( $opened, '<strong>Passed:</strong>' ) );
		$this->assertStringContainsString( 'Graduate', $opened );

		// Pasted: the JSON download of a revoked one fails, and says so in words.
		$this->assertInstanceOf( Award::class, $this->awarding->revoke( $award, 'Mistake.', $this->make_user( 'administrator', 'blkadm' ), time() ) );
		$_POST['wayfinder_credential'] = wp_slash( (string) wp_json_encode( CredentialBuilder::enveloped( $credential->token ) ) );
		$pasted                        = do_blocks( $page );
		$_POST['wayfinder_credential'] = 'nonsense';
		$nonsense                      = do_blocks( $page );
		unset( $_POST['wayfinder_credential'] );
		$this->assertStringContainsString( 'Not a valid certificate', $pasted );
		$this->assertStringContainsString( '<strong>Failed:</strong> It was revoked on', $pasted );
		$this->assertStringContainsString( 'This is not a certificate', $nonsense );
		$this->assertStringContainsString( '>nonsense</textarea>', $nonsense, 'what was pasted stays to correct' );

		$_GET['credential'] = '00000000-0000-4000-8000-000000000000';
		$unknown            = do_blocks( $page );
		unset( $_GET['credential'] );
		$this->assertStringContainsString( 'issued no certificate with that ID', $unknown );
	}
	// phpcs:enable WordPress.Security.NonceVerification
}
