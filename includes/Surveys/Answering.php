<?php
/**
 * A person answers the survey they were invited to: who may reach an invitation (the invited person
 * signed in, or anyone holding its key — the personal link works without an account), the form as
 * the person sees it, every answer checked against the version's questions, and the answer saved in
 * one transaction (the invitation claimed once, the response and its answers, the event). For an
 * anonymous survey the response keeps neither the person nor the invitation, nor the day it came.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Surveys\Events\SurveyAnswered;
use WP_Error;

final class Answering {

	public const OPEN     = 'open';
	public const ANSWERED = 'answered';
	public const CLOSED   = 'closed';

	public function __construct(
		private readonly InvitationRepository $invitations = new InvitationRepository(),
		private readonly WaveRepository $waves = new WaveRepository(),
		private readonly SurveyVersions $versions = new SurveyVersions(),
		private readonly SurveyVersionRepository $version_rows = new SurveyVersionRepository(),
		private readonly ResponseRepository $responses = new ResponseRepository(),
	) {
	}

	/**
	 * The invitation, when this caller may reach it: the invited person signed in, or anyone with its
	 * key. Null otherwise — the same as when there is none, so nobody learns that it exists.
	 */
	public function reachable( int $invitation_id, int $user_id, string $key ): ?Invitation {
		$invitation = $invitation_id > 0 ? $this->invitations->find( $invitation_id ) : null;
		if ( null === $invitation ) {
			return null;
		}
		if ( ( $user_id > 0 && $invitation->user_id === $user_id ) || InvitationToken::matches( $invitation, $key ) ) {
			return $invitation;
		}
		return null;
	}

	/** The refusal for an invitation the caller cannot reach (or that does not exist). */
	public static function not_found(): WP_Error {
		return new WP_Error( 'wayfinder_survey_not_found', __( 'This survey link is not valid. Use the link in your invitation e-mail, or log in with the account it was sent to.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	/** Whether it is open, answered or closed at $now. */
	public static function state( Invitation $invitation, int $now ): string {
		if ( $invitation->is_answered() ) {
			return self::ANSWERED;
		}
		return $invitation->is_open( $now ) ? self::OPEN : self::CLOSED;
	}

	/**
	 * What the person sees: the survey, whether answers are kept with them, the questions of the version
	 * they answer, the due date and where it stands.
	 *
	 * @return array<string, mixed>|WP_Error
	 */
	public function form( Invitation $invitation, int $now ) {
		$parts = $this->parts( $invitation );
		if ( $parts instanceof WP_Error ) {
			return $parts;
		}
		list( $wave, $survey, $version ) = $parts;
		$refused                         = $this->refusal( $invitation, $wave, $survey, $now );
		$state                           = null === $refused ? self::OPEN : ( self::ANSWERED === self::state( $invitation, $now ) ? self::ANSWERED : self::CLOSED );
		$due                             = (int) strtotime( $invitation->due_at . ' UTC' );
		return array(
			'id'        => $invitation->id,
			'survey'    => array(
				'id'             => $survey->id,
				'title'          => $survey->title,
				'audience'       => $survey->audience,
				'audience_label' => Survey::audience_labels()[ $survey->audience ] ?? $survey->audience,
			),
			'anonymous' => $survey->anonymous,
			'privacy'   => self::privacy_text( $survey ),
			'wave'      => array(
				'kind'   => $wave->kind,
				'label'  => self::wave_label( $wave ),
				'cohort' => $wave->cohort_id,
			),
			'version'   => $version->version,
			'questions' => array_map( array( self::class, 'question_for_form' ), $version->questions ),
			'due'       => mysql_to_rfc3339( $invitation->due_at ),
			'due_text'  => self::due_text( $due, $invitation->user_id ),
			'state'     => $state,
			'message'   => self::ANSWERED === $state ? self::thanks( $survey ) : ( null === $refused ? '' : $refused->get_error_message() ),
			'answered'  => null === $invitation->answered_at ? null : mysql_to_rfc3339( $invitation->answered_at ),
			'link'      => SurveyPage::link( $invitation ),
		);
	}

	/**
	 * Saves the answers: all of them with the invitation's claim, or nothing.
	 *
	 * @param mixed $raw The answers keyed by question key: a number, a string, or a list of strings (several choices).
	 * @return array<string, mixed>|WP_Error What was saved, with the thank-you.
	 */
	public function answer( Invitation $invitation, $raw, int $now ) {
		$parts = $this->parts( $invitation );
		if ( $parts instanceof WP_Error ) {
			return $parts;
		}
		list( $wave, $survey ) = $parts;
		$refused               = $this->refusal( $invitation, $wave, $survey, $now );
		if ( null !== $refused ) {
			return $refused;
		}
		$result = Transaction::run(
			function () use ( $invitation, $wave, $survey, $raw, $now ) {
				// The version people answer, locked so an edit saved at this moment waits (and then makes a new one).
				$version = $this->version_rows->latest_locked( $survey->id );
				if ( null === $version ) {
					return new WP_Error( 'wayfinder_survey_not_found', __( 'This survey has no questions yet.', 'wayfinder' ), array( 'status' => 404 ) );
				}
				$checked = self::check( $version, $raw );
				if ( $checked instanceof WP_Error ) {
					return $checked;
				}
				if ( ! $this->invitations->claim_answered( $invitation->id, $now ) ) {
					$fresh = $this->invitations->find( $invitation->id ) ?? $invitation;
					return $this->refusal( $fresh, $wave, $survey, $now ) ?? new WP_Error( 'wayfinder_survey_answered', __( 'You have already answered this survey. Thank you!', 'wayfinder' ), array( 'status' => 409 ) );
				}
				$linked = ! $survey->anonymous;
				// Anonymous: not even the day it came (the invitation's answered_at would tie a lone answer of a day to its person).
				$day      = $linked ? gmdate( 'Y-m-d', $now ) : substr( $wave->opens_at, 0, 10 );
				$response = $this->responses->add( $wave->id, $version->id, $linked ? $invitation->id : null, $linked ? $invitation->user_id : null, $day, $checked );
				$answered = $this->invitations->find( $invitation->id ) ?? $invitation;
				Events::dispatch( new SurveyAnswered( $wave, $survey, $response, $linked ? $answered : null ) );
				return $version;
			}
		);
		if ( $result instanceof WP_Error ) {
			return $result;
		}
		return array(
			'id'        => $invitation->id,
			'state'     => self::ANSWERED,
			'version'   => $result->version,
			'anonymous' => $survey->anonymous,
			'message'   => self::thanks( $survey ),
		);
	}

	/**
	 * Each answer checked against the questions; the answers to keep, or a refusal (400) that names
	 * every question to correct in words (data `problems`: question key => sentence).
	 *
	 * @param mixed $raw
	 * @return list<Answer>|WP_Error
	 */
	public static function check( SurveyVersion $version, $raw ) {
		list( $answers, $problems ) = self::read( $version, $raw );
		if ( array() !== $problems ) {
			$first = reset( $problems );
			return new WP_Error(
				'wayfinder_survey_invalid',
				1 === count( $problems ) ? $first : __( 'Nothing was saved. Please correct the answers listed.', 'wayfinder' ),
				array(
					'status'   => 400,
					'problems' => $problems,
					'params'   => 1 === count( $problems ) ? array() : $problems,
				)
			);
		}
		return $answers;
	}

	/**
	 * What is wrong with these answers, question key => sentence (none: all good).
	 *
	 * @param mixed $raw
	 * @return array<string, string>
	 */
	public static function problems( SurveyVersion $version, $raw ): array {
		return self::read( $version, $raw )[1];
	}

	/**
	 * @param mixed $raw
	 * @return array{0: list<Answer>, 1: array<string, string>}
	 */
	private static function read( SurveyVersion $version, $raw ): array {
		$raw      = is_object( $raw ) ? get_object_vars( $raw ) : ( is_array( $raw ) ? $raw : array() );
		$answers  = array();
		$problems = array();
		foreach ( $version->questions as $question ) {
			$given = $raw[ $question->key ] ?? null;
			$given = is_string( $given ) ? trim( $given ) : $given;
			$empty = null === $given || '' === $given || array() === $given;
			/* translators: %s: the question's words. */
			$name = static fn ( string $pattern ): string => sprintf( $pattern, '“' . $question->text . '”' );
			if ( $empty ) {
				if ( $question->required ) {
					/* translators: %s: the question's words. */
					$problems[ $question->key ] = $name( __( 'Answer %s — it is required.', 'wayfinder' ) );
				}
				continue;
			}
			$scale = $question->scale();
			if ( null !== $scale ) {
				$number = is_int( $given ) || ( is_string( $given ) && 1 === preg_match( '/^-?\d{1,3}$/', $given ) ) ? (int) $given : null;
				if ( null === $number || $number < $scale[0] || $number > $scale[1] ) {
					$problems[ $question->key ] = Question::AGREE === $question->type
						/* translators: %s: the question's words. */
						? $name( __( 'For %s, choose one point from “Strongly disagree” to “Strongly agree”.', 'wayfinder' ) )
						/* translators: %s: the question's words. */
						: $name( __( 'For %s, choose a number from 0 to 10.', 'wayfinder' ) );
					continue;
				}
				$answers[] = new Answer( $question->key, '', $number );
				continue;
			}
			if ( $question->is_choice() ) {
				$chosen = is_array( $given ) ? $given : array( $given );
				$chosen = array_values( array_unique( array_map( static fn ( $one ): string => is_scalar( $one ) ? trim( (string) $one ) : '', $chosen ) ) );
				$known  = array_intersect( $chosen, $question->choices );
				if ( count( $known ) !== count( $chosen ) || ( Question::SINGLE === $question->type && 1 !== count( $chosen ) ) ) {
					$problems[ $question->key ] = Question::SINGLE === $question->type
						/* translators: %s: the question's words. */
						? $name( __( 'For %s, choose one of the options given.', 'wayfinder' ) )
						/* translators: %s: the question's words. */
						: $name( __( 'For %s, choose only among the options given.', 'wayfinder' ) );
					continue;
				}
				foreach ( $chosen as $choice ) {
					$answers[] = new Answer( $question->key, $choice );
				}
				continue;
			}
			$limit = Question::LONG === $question->type ? Question::LONG_LENGTH : Question::SHORT_LENGTH;
			$text  = is_scalar( $given ) ? sanitize_textarea_field( (string) $given ) : '';
			if ( ! is_scalar( $given ) || mb_strlen( (string) $given ) > $limit ) {
				/* translators: 1: the question's words, 2: the most characters. */
				$problems[ $question->key ] = sprintf( __( 'Your answer to %1$s is too long: at most %2$d characters.', 'wayfinder' ), '“' . $question->text . '”', $limit );
				continue;
			}
			if ( '' === $text ) {
				if ( $question->required ) {
					/* translators: %s: the question's words. */
					$problems[ $question->key ] = $name( __( 'Answer %s — it is required.', 'wayfinder' ) );
				}
				continue;
			}
			$answers[] = new Answer( $question->key, '', null, $text );
		}
		return array( $answers, $problems );
	}

	/**
	 * The person's surveys still waiting for an answer, soonest due first.
	 *
	 * @return list<array<string, mixed>>
	 */
	public function open_for( int $user_id, int $now ): array {
		$open = array();
		foreach ( $this->invitations->open_for( $user_id, $now ) as $invitation ) {
			$parts = $this->parts( $invitation );
			if ( $parts instanceof WP_Error ) {
				continue;
			}
			list( $wave, $survey ) = $parts;
			if ( null !== $this->refusal( $invitation, $wave, $survey, $now ) ) {
				continue;
			}
			$due    = (int) strtotime( $invitation->due_at . ' UTC' );
			$open[] = array(
				'id'        => $invitation->id,
				'title'     => $survey->title,
				'wave'      => self::wave_label( $wave ),
				'kind'      => $wave->kind,
				'anonymous' => $survey->anonymous,
				'due'       => mysql_to_rfc3339( $invitation->due_at ),
				'due_text'  => self::due_text( $due, $user_id ),
				'link'      => SurveyPage::link( $invitation ),
			);
		}
		return $open;
	}

	/**
	 * The invitation's wave, survey and the version answered now.
	 *
	 * @return array{0: Wave, 1: Survey, 2: SurveyVersion}|WP_Error
	 */
	private function parts( Invitation $invitation ) {
		$wave    = $this->waves->find( $invitation->wave_id );
		$survey  = null === $wave ? null : SurveyPostType::find( $wave->survey_id );
		$version = null === $survey ? null : $this->versions->current( $survey->id );
		if ( null === $wave || null === $survey || null === $version ) {
			return self::not_found();
		}
		return array( $wave, $survey, $version );
	}

	/**
	 * Already answered (409), the survey taken back by its coordinators (410), asked too early (409) or
	 * past due (410); null while it can be answered.
	 */
	private function refusal( Invitation $invitation, Wave $wave, Survey $survey, int $now ): ?WP_Error {
		$state = self::state( $invitation, $now );
		if ( self::ANSWERED === $state ) {
			return new WP_Error( 'wayfinder_survey_answered', __( 'You have already answered this survey. Thank you!', 'wayfinder' ), array( 'status' => 409 ) );
		}
		if ( 'publish' !== $survey->status ) {
			return new WP_Error( 'wayfinder_survey_withdrawn', __( 'This survey is no longer taking answers: the program\'s coordinators have taken it back. Nothing more is needed from you.', 'wayfinder' ), array( 'status' => 410 ) );
		}
		$opens = (int) strtotime( $wave->opens_at . ' UTC' );
		if ( $opens > $now ) {
			/* translators: %s: a date. */
			return new WP_Error( 'wayfinder_survey_not_open', sprintf( __( 'This survey opens on %s. Your answers can be given from then.', 'wayfinder' ), wp_date( (string) get_option( 'date_format' ), $opens ) ), array( 'status' => 409 ) );
		}
		if ( self::CLOSED === $state ) {
			return new WP_Error( 'wayfinder_survey_closed', self::state_text( $state, $survey, (int) strtotime( $invitation->due_at . ' UTC' ) ), array( 'status' => 410 ) );
		}
		return null;
	}

	/** Whether answers are kept with the person, in a sentence. */
	public static function privacy_text( Survey $survey ): string {
		return $survey->anonymous
			? __( 'This survey is anonymous: your answers are kept without your name, and nobody can tell which answers are yours.', 'wayfinder' )
			: __( 'Your answers are kept with your name so that your answers before and after can be compared. Reports show only groups of several people; only the program’s coordinators read written answers.', 'wayfinder' );
	}

	/** The thank-you after answering. */
	public static function thanks( Survey $survey ): string {
		return __( 'Thank you! Your answers are saved.', 'wayfinder' ) . ' ' . self::privacy_text( $survey );
	}

	/** Where an invitation stands, in a sentence. */
	public static function state_text( string $state, Survey $survey, int $due ): string {
		return match ( $state ) {
			self::ANSWERED => self::thanks( $survey ),
			/* translators: %s: a date. */
			self::CLOSED => sprintf( __( 'This survey closed on %s. Thank you all the same.', 'wayfinder' ), wp_date( (string) get_option( 'date_format' ), $due ) ),
			default => '',
		};
	}

	/** When it is asked: "Before the cohort: Spring cohort". */
	public static function wave_label( Wave $wave ): string {
		$label  = Wave::kind_labels()[ $wave->kind ] ?? $wave->kind;
		$cohort = $wave->cohort_id > 0 ? CohortPostType::find( $wave->cohort_id ) : null;
		/* translators: 1: when it is asked, e.g. "Before the cohort", 2: the cohort's name. */
		return null === $cohort ? $label : sprintf( __( '%1$s: %2$s', 'wayfinder' ), $label, $cohort->name );
	}

	/** "Please answer by the end of 14 June 2027", with the time in the person's own time zone when it differs. */
	public static function due_text( int $due, int $user_id ): string {
		/* translators: %s: a date. */
		$text = sprintf( __( 'Please answer by the end of %s.', 'wayfinder' ), wp_date( (string) get_option( 'date_format' ), $due ) );
		$zone = $user_id > 0 ? ( new ProfileRepository() )->find( $user_id )->timezone : '';
		try {
			$zone = '' === $zone ? null : new \DateTimeZone( $zone );
		} catch ( \Exception $e ) {
			$zone = null;
		}
		$at = new \DateTimeImmutable( '@' . $due );
		if ( null !== $zone && $zone->getOffset( $at ) !== wp_timezone()->getOffset( $at ) ) {
			/* translators: 1: a date and time, 2: the person's time zone. */
			$text .= ' ' . sprintf( __( 'That is %1$s in your time zone (%2$s).', 'wayfinder' ), wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $due, $zone ), str_replace( '_', ' ', $zone->getName() ) );
		}
		return $text;
	}

	/**
	 * A question as the form shows it: with its scale's points in words.
	 *
	 * @return array<string, mixed>
	 */
	public static function question_for_form( Question $question ): array {
		$scale  = $question->scale();
		$points = array();
		if ( null !== $scale ) {
			$labels = Question::AGREE === $question->type ? Question::agree_labels() : array();
			for ( $n = $scale[0]; $n <= $scale[1]; $n++ ) {
				$points[] = array(
					'value' => $n,
					'label' => $labels[ $n ] ?? (string) $n,
				);
			}
		}
		return $question->to_array() + array(
			'points'     => $points,
			'max_length' => Question::LONG === $question->type ? Question::LONG_LENGTH : ( Question::SHORT === $question->type ? Question::SHORT_LENGTH : 0 ),
		);
	}
}
