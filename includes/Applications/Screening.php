<?php
/**
 * Stage 1 of blind selection: a mentee's application made PII-less. When it is submitted the
 * automatic pass (Redaction\Redactor) fills the redacted text of every answer; a screener then reads
 * each redacted answer beside the original, edits what the pass missed (every edit recorded in
 * application_edits, in one transaction with the change), may redact an answer again from the
 * original, and releases the application to reviewers (stage screening → review) once a final check
 * finds neither the person's name, username nor e-mail address in it. A released application is no
 * longer edited here; nobody screens their own application; mentors' applications are not screened.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Applications\Events\ApplicationReleased;
use Wayfinder\Applications\Events\ApplicationSubmitted;
use Wayfinder\Applications\Redaction\Identity;
use Wayfinder\Applications\Redaction\Redaction;
use Wayfinder\Applications\Redaction\Redactor;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class Screening {

	/** The longest redacted text of one answer a screener may save. */
	public const TEXT_LENGTH = 20000;

	public function __construct(
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
		private readonly ApplicationEditRepository $edits = new ApplicationEditRepository(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
	) {
	}

	/**
	 * The automatic pass, when a mentee's application is submitted: every answer gets its redacted
	 * text. Should the database refuse, the application stays without it — the screener sees so and
	 * redacts again, and release is refused until every answer has one — and the submission stands.
	 */
	public function on_submitted( ApplicationSubmitted $event ): bool {
		$application = $event->application;
		if ( Application::MENTEE !== $application->role || ! $application->is_submitted() || Application::SCREENING !== $application->stage ) {
			return false;
		}
		$redacted = array();
		$identity = $this->identity_of( $application->user_id );
		$language = $this->language_of( $application->user_id );
		$redactor = self::redactor();
		foreach ( $application->answers as $field => $answer ) {
			$redacted[ $field ] = $redactor->redact( $answer, $identity, $language )->text;
		}
		$changed = $this->applications->update( $application->id, array( 'redacted' => self::json( $redacted ) ), time(), array( 'stage' => Application::SCREENING ) );
		return false !== $changed;
	}

	/** The redactor with the markers in the site's language. */
	public static function redactor(): Redactor {
		return new Redactor( self::markers() );
	}

	/** @return array<string, string> Kind => the marker put in place of it, translated. */
	public static function markers(): array {
		return array(
			/* translators: Put in an application's answer where the applicant's name was. Keep the brackets. */
			Redactor::NAME     => __( '[name]', 'wayfinder' ),
			/* translators: Put in an application's answer where a username was. Keep the brackets. */
			Redactor::USERNAME => __( '[username]', 'wayfinder' ),
			/* translators: Put in an application's answer where an e-mail address was. Keep the brackets. */
			Redactor::EMAIL    => __( '[e-mail]', 'wayfinder' ),
			/* translators: Put in an application's answer where a web address was. Keep the brackets. */
			Redactor::URL      => __( '[link]', 'wayfinder' ),
			/* translators: Put in an application's answer where a social media handle was. Keep the brackets. */
			Redactor::HANDLE   => __( '[handle]', 'wayfinder' ),
			/* translators: Put in an application's answer where a phone number was. Keep the brackets. */
			Redactor::PHONE    => __( '[phone]', 'wayfinder' ),
			/* translators: Put in an application's answer where a place (city, country) was. Keep the brackets. */
			Redactor::PLACE    => __( '[place]', 'wayfinder' ),
		);
	}

	/** @return array<string, string> Kind => what it is, for people (e.g. "Names"). */
	public static function kind_labels(): array {
		return array(
			Redactor::NAME     => __( 'Names', 'wayfinder' ),
			Redactor::USERNAME => __( 'Usernames', 'wayfinder' ),
			Redactor::EMAIL    => __( 'E-mail addresses', 'wayfinder' ),
			Redactor::URL      => __( 'Links', 'wayfinder' ),
			Redactor::HANDLE   => __( 'Handles', 'wayfinder' ),
			Redactor::PHONE    => __( 'Phone numbers', 'wayfinder' ),
			Redactor::PLACE    => __( 'Places', 'wayfinder' ),
			Redactor::GENDERED => __( 'Gendered words', 'wayfinder' ),
		);
	}

	/**
	 * Who the applicant is, for the redactor: their account's names, login and nicename, e-mail,
	 * website and contact methods (handles), and their profile's place (the city of its time zone).
	 */
	public function identity_of( int $user_id ): Identity {
		$user = get_userdata( $user_id );
		if ( ! $user instanceof \WP_User ) {
			return new Identity();
		}
		$first   = (string) get_user_meta( $user_id, 'first_name', true );
		$last    = (string) get_user_meta( $user_id, 'last_name', true );
		$urls    = array( (string) $user->user_url );
		$handles = array();
		foreach ( array_keys( wp_get_user_contact_methods( $user ) ) as $method ) {
			$value = trim( (string) get_user_meta( $user_id, $method, true ) );
			if ( '' === $value ) {
				continue;
			}
			if ( preg_match( '#^https?://#i', $value ) ) {
				$urls[] = $value;
				$path   = trim( (string) wp_parse_url( $value, PHP_URL_PATH ), '/' );
				if ( '' !== $path && ! str_contains( $path, '/' ) ) {
					$handles[] = ltrim( $path, '@' ); // https://x.com/maria: "maria" is the handle.
				}
			} else {
				$handles[] = $value;
			}
		}
		$profile  = $this->profiles->find( $user_id );
		$nickname = (string) get_user_meta( $user_id, 'nickname', true );
		$nickname = 0 === strcasecmp( $nickname, (string) $user->user_login ) ? '' : $nickname; // WordPress makes it the login: a username, not a name.
		return new Identity(
			array( (string) $user->display_name, trim( $first . ' ' . $last ), $first, $last, $nickname ),
			array( (string) $user->user_login, (string) $user->user_nicename ),
			array( (string) $user->user_email ),
			$urls,
			$handles,
			Identity::places_of_timezone( $profile->timezone )
		);
	}

	/** The applicant's language (their own locale, else the site's): English gets the gendered words made neutral. */
	public function language_of( int $user_id ): string {
		return get_user_locale( $user_id );
	}

	/**
	 * An application a screener may look at: a submitted mentee application, not their own.
	 *
	 * @return Application|WP_Error
	 */
	public function screenable( int $id, int $screener ) {
		$application = $this->applications->find( $id );
		if ( null === $application || ! $application->is_submitted() ) {
			return new WP_Error( 'wayfinder_application_not_found', __( 'There is no submitted application with this ID. It may have been withdrawn or deleted.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( Application::MENTOR === $application->role ) {
			return new WP_Error( 'wayfinder_application_not_screened', __( 'Mentor applications are not screened: mentoring coordinators decide them by name.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		if ( $application->user_id === $screener ) {
			return new WP_Error( 'wayfinder_application_own', __( 'You cannot screen your own application; another screener will.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		return $application;
	}

	/**
	 * A screener's edit of one answer's redacted text: recorded (before, after, who, when) in one
	 * transaction with the change. Saving the same text again changes and records nothing.
	 *
	 * @return Application|WP_Error The application as it is now.
	 */
	public function edit( int $id, string $field, string $text, int $screener, int $now ) {
		$text = self::plain( $text );
		return Transaction::run(
			function () use ( $id, $field, $text, $screener, $now ) {
				$application = $this->editable( $id, $screener, $now );
				if ( is_wp_error( $application ) ) {
					return $application;
				}
				if ( ! array_key_exists( $field, $application->answers ) ) {
					/* translators: %s: a question's key. */
					return new WP_Error( 'wayfinder_application_no_answer', sprintf( __( 'This application has no answer “%s” to edit.', 'wayfinder' ), $field ), array( 'status' => 400 ) );
				}
				return $this->write( $application, array( $field => $text ), $screener, $now );
			}
		);
	}

	/**
	 * Redacts one answer (or every answer) again from the original, discarding edits; what changes
	 * is recorded like an edit.
	 *
	 * @return Application|WP_Error The application as it is now.
	 */
	public function redact_again( int $id, string $field, int $screener, int $now ) {
		return Transaction::run(
			function () use ( $id, $field, $screener, $now ) {
				$application = $this->editable( $id, $screener, $now );
				if ( is_wp_error( $application ) ) {
					return $application;
				}
				if ( '' !== $field && ! array_key_exists( $field, $application->answers ) ) {
					/* translators: %s: a question's key. */
					return new WP_Error( 'wayfinder_application_no_answer', sprintf( __( 'This application has no answer “%s” to redact.', 'wayfinder' ), $field ), array( 'status' => 400 ) );
				}
				$texts = array();
				foreach ( $this->automatic( $application ) as $key => $redaction ) {
					if ( '' === $field || $key === $field ) {
						$texts[ $key ] = $redaction->text;
					}
				}
				return $this->write( $application, $texts, $screener, $now );
			}
		);
	}

	/**
	 * Releases the application to reviewers: stage review, released_at and released_by — once, however
	 * many screeners press at the same moment — and ApplicationReleased. Refused while an answer has
	 * no redacted text or the final check finds the person's name, username or e-mail in one.
	 *
	 * @return Application|WP_Error The released application.
	 */
	public function release( int $id, int $screener, int $now ) {
		$cohort = null;
		$done   = Transaction::run(
			function () use ( $id, $screener, $now, &$cohort ) {
				$application = $this->editable( $id, $screener, $now );
				if ( is_wp_error( $application ) ) {
					return $application;
				}
				$problem = $this->problem( $application );
				if ( null !== $problem ) {
					return new WP_Error( 'wayfinder_application_not_clean', $problem, array( 'status' => 409 ) );
				}
				$cohort = CohortPostType::find( $application->cohort_id );
				if ( null === $cohort ) {
					return new WP_Error( 'wayfinder_application_not_found', __( 'The cohort of this application was deleted.', 'wayfinder' ), array( 'status' => 404 ) );
				}
				$changed = $this->applications->update(
					$application->id,
					array(
						'stage'       => Application::REVIEW,
						'released_at' => gmdate( 'Y-m-d H:i:s', $now ),
						'released_by' => $screener,
					),
					$now,
					array( 'stage' => Application::SCREENING )
				);
				if ( 1 !== $changed ) {
					return false === $changed ? self::not_saved() : self::released_error( $this->applications->find( $id ) );
				}
				$released = $this->applications->find( $id );
				if ( null === $released ) {
					return self::not_saved();
				}
				Events::dispatch( new ApplicationReleased( $released, $cohort ) );
				return $released;
			}
		);
		return $done;
	}

	/**
	 * Why the application cannot be released yet, in a sentence naming the answer and what is in it;
	 * null when it can.
	 */
	public function problem( Application $application ): ?string {
		$labels   = self::question_labels( $application->cohort_id );
		$identity = $this->identity_of( $application->user_id );
		$redactor = self::redactor();
		$phrases  = array(
			Redactor::NAME     => __( 'the applicant\'s name', 'wayfinder' ),
			Redactor::USERNAME => __( 'the applicant\'s username', 'wayfinder' ),
			Redactor::EMAIL    => __( 'the applicant\'s e-mail address', 'wayfinder' ),
		);
		foreach ( $application->answers as $field => $answer ) {
			$label    = $labels[ $field ] ?? $field;
			$redacted = $application->redacted[ $field ] ?? null;
			if ( null === $redacted || ( '' === trim( $redacted ) && '' !== trim( $answer ) ) ) {
				/* translators: %s: the question, e.g. "Why do you want to join?". */
				return sprintf( __( 'The answer to “%s” has no redacted text yet. Redact it again or write it before releasing.', 'wayfinder' ), $label );
			}
			// The most telling first: an e-mail address, then a username, then a name.
			$found = array_values( array_intersect( array( Redactor::EMAIL, Redactor::USERNAME, Redactor::NAME ), $redactor->check( $redacted, $identity ) ) );
			if ( array() !== $found ) {
				/* translators: 1: the question, e.g. "Why do you want to join?", 2: what was found, e.g. "the applicant's e-mail address". */
				return sprintf( __( 'The answer to “%1$s” still contains %2$s. Edit it before releasing.', 'wayfinder' ), $label, $phrases[ $found[0] ] );
			}
		}
		return null;
	}

	/**
	 * What the automatic pass makes of each answer now (the texts and what it replaced).
	 *
	 * @return array<string, Redaction> Question key => its redaction.
	 */
	public function automatic( Application $application ): array {
		$identity = $this->identity_of( $application->user_id );
		$language = $this->language_of( $application->user_id );
		$redactor = self::redactor();
		$made     = array();
		foreach ( $application->answers as $field => $answer ) {
			$made[ $field ] = $redactor->redact( $answer, $identity, $language );
		}
		return $made;
	}

	/** @return array<string, string> Question key => its label in the cohort's settings. */
	public static function question_labels( int $cohort_id ): array {
		$labels = array();
		foreach ( ApplicationSettings::of( $cohort_id )->questions as $question ) {
			$labels[ $question['key'] ] = $question['label'];
		}
		return $labels;
	}

	/**
	 * The application, held for this change (its row is written first, so a screener acting at the
	 * same moment waits and then sees what this one did), if this screener may still edit it.
	 *
	 * @return Application|WP_Error
	 */
	private function editable( int $id, int $screener, int $now ) {
		$application = $this->screenable( $id, $screener );
		if ( is_wp_error( $application ) ) {
			return $application;
		}
		if ( false === $this->applications->update( $id, array(), $now ) ) {
			return self::not_saved();
		}
		$application = $this->applications->find( $id );
		if ( null === $application ) {
			return self::not_saved();
		}
		if ( Application::SCREENING !== $application->stage ) {
			return self::released_error( $application );
		}
		return $application;
	}

	/**
	 * Writes new redacted texts and records each change.
	 *
	 * @param array<string, string> $texts Question key => the new redacted text.
	 * @return Application|WP_Error
	 */
	private function write( Application $application, array $texts, int $screener, int $now ) {
		$redacted = $application->redacted;
		$changed  = false;
		foreach ( $texts as $field => $text ) {
			$before = $redacted[ $field ] ?? '';
			if ( array_key_exists( $field, $redacted ) && $before === $text ) {
				continue;
			}
			if ( ! $this->edits->record( $application, $field, $screener, $before, $text, $now ) ) {
				return self::not_saved();
			}
			$redacted[ $field ] = $text;
			$changed            = true;
		}
		if ( $changed ) {
			$written = $this->applications->update( $application->id, array( 'redacted' => self::json( $redacted ) ), $now, array( 'stage' => Application::SCREENING ) );
			if ( false === $written ) {
				return self::not_saved();
			}
		}
		return $this->applications->find( $application->id ) ?? self::not_saved();
	}

	/**
	 * Question key => text as the table keeps it: a JSON object (also when empty).
	 *
	 * @param array<string, string> $texts
	 */
	public static function json( array $texts ): string {
		return array() === $texts ? '{}' : (string) wp_json_encode( $texts, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	}

	/**
	 * Text as a screener typed it, kept as plain text (every screen escapes it): valid UTF-8, no
	 * control characters but line breaks and tabs, at most TEXT_LENGTH characters.
	 */
	private static function plain( string $text ): string {
		$text = (string) preg_replace( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/', '', str_replace( "\r\n", "\n", wp_check_invalid_utf8( $text, true ) ) );
		return mb_substr( $text, 0, self::TEXT_LENGTH );
	}

	private static function released_error( ?Application $application ): WP_Error {
		$when = null !== $application && null !== $application->released_at ? wp_date( (string) get_option( 'date_format' ), (int) strtotime( $application->released_at . ' UTC' ) ) : '';
		return new WP_Error(
			'wayfinder_application_released',
			'' !== $when
				/* translators: %s: a date. */
				? sprintf( __( 'This application was released to reviewers on %s, so it can no longer be edited or released again.', 'wayfinder' ), $when )
				: __( 'This application has left screening, so it can no longer be edited or released again.', 'wayfinder' ),
			array( 'status' => 409 )
		);
	}

	private static function not_saved(): WP_Error {
		return new WP_Error( 'wayfinder_application_not_saved', __( 'The change could not be saved because the database refused it. Nothing was changed; try again.', 'wayfinder' ), array( 'status' => 500 ) );
	}
}
