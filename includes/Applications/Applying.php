<?php
/**
 * Applying to a cohort, the applicant's side: a draft (partial answers allowed, never above a
 * question's most characters), saved and edited until the cohort's last day; submitted once every
 * rule holds (each answer within its length, a way of taking part the cohort offers, teams it takes,
 * the terms agreed to, the sponsor named when sponsored, the cohort's prerequisites met); edited after
 * submitting only while it is still being screened (each edit fires ApplicationSubmitted again, so the
 * redaction runs again) — once released to reviewers it is frozen; withdrawn before a decision.
 * Mentors apply to mentor (capacity and teams); coordinators decide those, not blind, and an accepted
 * mentor is enrolled in the same transaction. Every refusal is a 4xx WP_Error with a sentence.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Applications\Events\ApplicationDecided;
use Wayfinder\Applications\Events\ApplicationSubmitted;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Orientation\QuizTaken;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\TeamList;
use WP_Error;

final class Applying {

	/** The longest sponsor name. */
	public const SPONSOR_LENGTH = 200;

	/** A language code, as profiles take them. */
	public const LANGUAGE_PATTERN = '/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/';

	public function __construct(
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
		private readonly Enrolment $enrolment = new Enrolment(),
	) {
	}

	/**
	 * Saves the person's application: their draft (made on the first save, as a mentee or a mentor),
	 * or — once submitted and still being screened — their edit, checked as a submission is. With
	 * `submit` in $input, the draft is saved and then submitted (a refused submission keeps the draft).
	 *
	 * @param array<string, mixed> $input What the person sent (see input_fields()); fields left out stay as they are.
	 * @return Application|WP_Error
	 */
	public function save( int $cohort_id, int $user_id, array $input, int $now ) {
		$cohort = $this->open_cohort( $cohort_id, $now );
		if ( $cohort instanceof WP_Error ) {
			return $cohort;
		}
		$settings = ApplicationSettings::of( $cohort->id );
		$existing = $this->applications->find_for( $cohort->id, $user_id );
		$role     = null === $existing ? self::role_of( $input ) : $existing->role;
		if ( isset( $input['role'] ) && null !== $existing && $input['role'] !== $existing->role ) {
			return self::error(
				'wayfinder_application_role',
				Application::MENTOR === $existing->role
					? __( 'You applied to mentor this cohort; an application cannot change to a mentee\'s. Withdraw it first if you would rather take part as a mentee — then write to the coordinators.', 'wayfinder' )
					: __( 'You applied as a mentee; an application cannot change to a mentor\'s. Withdraw it first if you would rather mentor — then write to the coordinators.', 'wayfinder' ),
				409
			);
		}
		$may = $this->may_apply_as( $role, $cohort, $settings, $user_id );
		if ( $may instanceof WP_Error ) {
			return $may;
		}
		if ( null !== $existing ) {
			$frozen = self::frozen( $existing );
			if ( null !== $frozen ) {
				return $frozen;
			}
		}
		$base   = null === $existing ? self::defaults( $user_id, $role ) : self::values_of( $existing );
		$values = self::merge( $base, $input );
		$limits = self::draft_problems( $values, $cohort, $settings, $role );
		if ( array() !== $limits ) {
			return self::invalid( $limits, __( 'Nothing was saved.', 'wayfinder' ) );
		}
		if ( null !== $existing && $existing->is_submitted() ) {
			// An edit of a submitted application: it stays a whole submission, or nothing changes.
			return $this->resubmit( $existing, $cohort, $settings, $values, $now );
		}
		$application = Transaction::run(
			function () use ( $cohort, $user_id, $role, $values, $now ) {
				$draft   = $this->applications->create_draft( $cohort->id, $user_id, $role, $now );
				$changed = null === $draft ? 0 : $this->applications->update( $draft->id, self::columns( $values, $draft, $now ) + array( 'status' => Application::DRAFT ), $now, array( 'status' => $draft->status ) );
				if ( null === $draft || 1 !== $changed ) {
					return self::error( 'wayfinder_application_changed', __( 'Your application changed at the same moment (in another window?). Nothing was saved; reload the page and try again.', 'wayfinder' ), 409 );
				}
				self::mark_applied( $user_id );
				return $this->applications->find( $draft->id );
			}
		);
		if ( ! $application instanceof Application ) {
			return $application instanceof WP_Error ? $application : self::failed();
		}
		return empty( $input['submit'] ) ? $application : $this->submit( $cohort->id, $user_id, array(), $now );
	}

	/**
	 * Submits the person's draft (with any fields sent saved first): every rule of a submission holds,
	 * or nothing is submitted. A mentee's goes to screening, a mentor's to the coordinators.
	 *
	 * @param array<string, mixed> $input
	 * @return Application|WP_Error
	 */
	public function submit( int $cohort_id, int $user_id, array $input, int $now ) {
		$existing = $this->applications->find_for( $cohort_id, $user_id );
		if ( array() !== array_diff_key( $input, array( 'submit' => true ) ) || null === $existing ) {
			// Fields sent with the submission, or no draft yet: saved first (and refused there when the cohort is closed).
			$saved = $this->save( $cohort_id, $user_id, array( 'submit' => false ) + $input, $now );
			if ( $saved instanceof WP_Error ) {
				return $saved;
			}
			$existing = $saved;
			if ( $saved->is_submitted() ) {
				return $saved; // An edit of a submitted application was a submission already.
			}
		}
		$cohort = $this->open_cohort( $cohort_id, $now );
		if ( $cohort instanceof WP_Error ) {
			return $cohort;
		}
		if ( $existing->is_submitted() ) {
			return self::error( 'wayfinder_application_submitted', __( 'Your application is submitted already. You can still change it on this page until the last day, while it is being screened.', 'wayfinder' ), 409 );
		}
		$settings = ApplicationSettings::of( $cohort->id );
		$may      = $this->may_apply_as( $existing->role, $cohort, $settings, $user_id );
		if ( $may instanceof WP_Error ) {
			return $may;
		}
		$values   = self::values_of( $existing );
		$problems = $this->problems( $values, $cohort, $settings, $existing->role, $user_id );
		if ( array() !== $problems ) {
			return self::invalid( $problems, __( 'Your draft is saved, but it cannot be submitted yet.', 'wayfinder' ) );
		}
		$mentor  = Application::MENTOR === $existing->role;
		$changed = $this->applications->update(
			$existing->id,
			array(
				'status'         => Application::SUBMITTED,
				'stage'          => $mentor ? Application::REVIEW : Application::SCREENING,
				'submitted_at'   => gmdate( 'Y-m-d H:i:s', $now ),
				'reviews_wanted' => $mentor ? 0 : $settings->reviews,
			),
			$now,
			array( 'status' => $existing->status )
		);
		if ( 1 !== $changed ) {
			return false === $changed ? self::failed() : self::error( 'wayfinder_application_changed', __( 'Your application changed at the same moment (in another window?). Reload the page to see it.', 'wayfinder' ), 409 );
		}
		$submitted = $this->applications->find( $existing->id );
		if ( null === $submitted ) {
			return self::failed();
		}
		Events::dispatch( new ApplicationSubmitted( $submitted, $cohort ) );
		return $submitted;
	}

	/**
	 * Withdraws the person's application (a draft or a submitted one) before any decision.
	 *
	 * @return Application|WP_Error
	 */
	public function withdraw( int $cohort_id, int $user_id, int $now ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$existing = $this->applications->find_for( $cohort->id, $user_id );
		if ( null === $existing ) {
			return self::error( 'wayfinder_no_application', __( 'You have not applied to this cohort, so there is nothing to withdraw.', 'wayfinder' ), 404 );
		}
		if ( Application::WITHDRAWN === $existing->status ) {
			return self::error( 'wayfinder_application_withdrawn', __( 'Your application is withdrawn already.', 'wayfinder' ), 409 );
		}
		if ( Application::DECIDED === $existing->stage || '' !== $existing->decision ) {
			return self::error( 'wayfinder_application_decided', __( 'Your application can no longer be withdrawn here: the selection has made its decision. Write to the mentoring coordinators instead.', 'wayfinder' ), 409 );
		}
		$changed = $this->applications->update(
			$existing->id,
			array( 'status' => Application::WITHDRAWN ),
			$now,
			array(
				'status'   => $existing->status,
				'stage'    => $existing->stage,
				'decision' => '',
			)
		);
		if ( 1 !== $changed ) {
			return false === $changed ? self::failed() : self::error( 'wayfinder_application_changed', __( 'Your application changed at the same moment. Reload the page to see where it stands.', 'wayfinder' ), 409 );
		}
		return $this->applications->find( $existing->id ) ?? self::failed();
	}

	/**
	 * A coordinator's decision on a mentor's application: accepted (the mentor is enrolled in the
	 * cohort, in the same transaction) or declined. Decided once.
	 *
	 * @return Application|WP_Error
	 */
	public function decide_mentor( int $application_id, string $decision, int $actor_id, int $now ) {
		$application = $this->applications->find( $application_id );
		if ( null === $application || Application::MENTOR !== $application->role || ! $application->is_submitted() ) {
			return self::error( 'wayfinder_no_application', __( 'There is no such mentor application (it may have been withdrawn).', 'wayfinder' ), 404 );
		}
		if ( ! in_array( $decision, array( Application::ACCEPTED, Application::DECLINED ), true ) ) {
			return self::error( 'wayfinder_mentor_decision', __( 'Choose whether to accept or decline the mentor.', 'wayfinder' ), 400 );
		}
		$cohort = CohortPostType::find( $application->cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		if ( Application::DECIDED === $application->stage ) {
			return self::error( 'wayfinder_application_decided', __( 'This mentor application is decided already. To change it, enrol or withdraw the mentor in the cohort\'s people.', 'wayfinder' ), 409 );
		}
		$decided = Transaction::run(
			function () use ( $application, $cohort, $decision, $actor_id, $now ) {
				$changed = $this->applications->update(
					$application->id,
					array(
						'stage'      => Application::DECIDED,
						'decision'   => $decision,
						'decided_by' => $actor_id,
						'decided_at' => gmdate( 'Y-m-d H:i:s', $now ),
					),
					$now,
					array(
						'status' => Application::SUBMITTED,
						'stage'  => Application::REVIEW,
					)
				);
				if ( 1 !== $changed ) {
					return false === $changed ? self::failed() : self::error( 'wayfinder_application_changed', __( 'Someone decided or the mentor withdrew at the same moment. Reload to see where it stands.', 'wayfinder' ), 409 );
				}
				if ( Application::ACCEPTED === $decision ) {
					$member = $this->enrolment->enrol( $cohort->id, $application->user_id, CohortMember::MENTOR, '', $actor_id );
					if ( is_wp_error( $member ) ) {
						return $member;
					}
				}
				return $this->applications->find( $application->id );
			}
		);
		if ( $decided instanceof Application ) {
			Events::dispatch( new ApplicationDecided( $decided, $cohort ) );
			return $decided;
		}
		return $decided instanceof WP_Error ? $decided : self::failed();
	}

	/**
	 * Everything that stops these values from being submitted: field => a sentence, in the form's order.
	 *
	 * @param array<string, mixed> $values See values_of().
	 * @return array<string, string>
	 */
	public function problems( array $values, Cohort $cohort, ApplicationSettings $settings, string $role, int $user_id ): array {
		$problems = self::draft_problems( $values, $cohort, $settings, $role );
		if ( Application::MENTEE === $role ) {
			foreach ( $settings->questions as $question ) {
				$length = self::length( (string) ( $values['answers'][ $question['key'] ] ?? '' ) );
				if ( $length < $question['min'] && ! isset( $problems[ 'answer_' . $question['key'] ] ) ) {
					$problems[ 'answer_' . $question['key'] ] = 0 === $length
						/* translators: %s: the question. */
						? sprintf( __( 'Answer the question "%s".', 'wayfinder' ), $question['label'] )
						/* translators: 1: the question, 2: how many characters the answer has, 3: the fewest it needs. */
						: sprintf( _n( 'Your answer to "%1$s" has %2$d characters; please write at least %3$d.', 'Your answer to "%1$s" has %2$d characters; please write at least %3$d.', $question['min'], 'wayfinder' ), $question['label'], $length, $question['min'] );
				}
			}
			if ( '' === $values['mode'] && ! isset( $problems['mode'] ) ) {
				$problems['mode'] = __( 'Choose how you would like to take part.', 'wayfinder' );
			}
		}
		if ( array() === $values['teams'] && array() !== self::team_choices( $cohort ) && ! isset( $problems['teams'] ) ) {
			$problems['teams'] = Application::MENTOR === $role ? __( 'Choose at least one team you could mentor in.', 'wayfinder' ) : __( 'Choose at least one team you are interested in.', 'wayfinder' );
		}
		if ( Application::MENTOR === $role && ( $values['capacity'] < 1 || $values['capacity'] > 10 ) && ! isset( $problems['capacity'] ) ) {
			$problems['capacity'] = __( 'Say how many mentees you could mentor in this cohort: 1 to 10.', 'wayfinder' );
		}
		if ( $values['sponsored'] && '' === trim( (string) $values['sponsor'] ) ) {
			$problems['sponsor'] = __( 'Name the company or organisation that sponsors your contributions.', 'wayfinder' );
		}
		if ( ! $values['consent'] ) {
			$problems['consent'] = __( 'Agree to the program\'s terms to submit your application.', 'wayfinder' );
		}
		if ( Application::MENTEE === $role ) {
			$labels = self::prerequisite_sentences();
			foreach ( $this->unmet_prerequisites( $settings, $user_id ) as $unmet ) {
				$problems[ 'prerequisite_' . $unmet ] = $labels[ $unmet ] ?? $unmet;
			}
		}
		return $problems;
	}

	/**
	 * The cohort's prerequisites this person has not met yet.
	 *
	 * @return list<string>
	 */
	public function unmet_prerequisites( ApplicationSettings $settings, int $user_id ): array {
		$unmet = array();
		foreach ( $settings->prerequisites as $prerequisite ) {
			$met = match ( $prerequisite ) {
				ApplicationSettings::SITE_ACTIVITY => self::has_site_activity( $user_id ),
				ApplicationSettings::QUIZ_RESULT   => QuizTaken::has( $user_id ),
				default                            => true,
			};
			if ( ! $met ) {
				$unmet[] = $prerequisite;
			}
		}
		return $unmet;
	}

	/** At least one published post (of a public type), approved comment or post revision by the person on this site. */
	public static function has_site_activity( int $user_id ): bool {
		if ( $user_id <= 0 ) {
			return false;
		}
		$one   = array(
			'author'                 => $user_id,
			'fields'                 => 'ids',
			'posts_per_page'         => 1,
			'no_found_rows'          => true,
			'update_post_meta_cache' => false,
			'update_post_term_cache' => false,
			'suppress_filters'       => true,
		);
		$posts = get_posts(
			$one + array(
				'post_type'   => array_values( get_post_types( array( 'public' => true ) ) ),
				'post_status' => 'publish',
			)
		);
		if ( array() !== $posts ) {
			return true;
		}
		$comments = get_comments(
			array(
				'user_id' => $user_id,
				'status'  => 'approve',
				'count'   => true,
				'number'  => 1,
			)
		);
		if ( (int) $comments > 0 ) {
			return true;
		}
		return array() !== get_posts(
			$one + array(
				'post_type'   => 'revision',
				'post_status' => 'inherit',
			)
		);
	}

	/** @return array<string, string> Prerequisite => the sentence an applicant who has not met it reads. */
	public static function prerequisite_sentences(): array {
		return array(
			ApplicationSettings::SITE_ACTIVITY => __( 'This cohort asks for at least one activity on this site first: publish a post, have a comment approved or edit a page, then submit.', 'wayfinder' ),
			ApplicationSettings::QUIZ_RESULT   => __( 'This cohort asks you to take the "Get involved" quiz first (logged in), then submit.', 'wayfinder' ),
		);
	}

	/**
	 * The teams an applicant may choose: the cohort's (published ones), or every published team when it names none.
	 *
	 * @return array<string, string> Slug => name.
	 */
	public static function team_choices( Cohort $cohort ): array {
		$all     = TeamList::all();
		$choices = array();
		foreach ( array() !== $cohort->teams ? $cohort->teams : array_keys( $all ) as $slug ) {
			if ( isset( $all[ $slug ] ) ) {
				$choices[ $slug ] = $all[ $slug ]['name'];
			}
		}
		return $choices;
	}

	/**
	 * The fields of an application as the form and the REST API speak of them.
	 *
	 * @return array{answers: array<string, string>, mode: string, teams: list<string>, languages: list<string>, sponsored: bool, sponsor: string, consent: bool, capacity: int}
	 */
	public static function values_of( Application $application ): array {
		return array(
			'answers'   => $application->answers,
			'mode'      => $application->mode,
			'teams'     => $application->teams,
			'languages' => $application->languages,
			'sponsored' => $application->sponsored,
			'sponsor'   => $application->sponsor,
			'consent'   => null !== $application->consented_at,
			'capacity'  => $application->capacity,
		);
	}

	/**
	 * A new application's starting values: languages, sponsorship and (for a mentor) capacity from the profile.
	 *
	 * @return array{answers: array<string, string>, mode: string, teams: list<string>, languages: list<string>, sponsored: bool, sponsor: string, consent: bool, capacity: int}
	 */
	public static function defaults( int $user_id, string $role ): array {
		$profile = ( new ProfileRepository() )->find( $user_id );
		return array(
			'answers'   => array(),
			'mode'      => '',
			'teams'     => array(),
			'languages' => $profile->languages,
			'sponsored' => $profile->sponsored,
			'sponsor'   => '',
			'consent'   => false,
			'capacity'  => Application::MENTOR === $role ? max( 1, min( 10, $profile->mentor_capacity ) ) : 0,
		);
	}

	/**
	 * Why the cohort takes no application now (404 no such cohort, 409 not open or closed), or the cohort.
	 *
	 * @return Cohort|WP_Error
	 */
	public function open_cohort( int $cohort_id, int $now ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort || 'publish' !== get_post_status( $cohort_id ) ) {
			return CohortPostType::not_found();
		}
		$settings = ApplicationSettings::of( $cohort->id );
		if ( $settings->accepts_at( $now, $cohort->stage ) ) {
			return $cohort;
		}
		return self::error( 'wayfinder_applications_closed', self::closed_text( $cohort, $settings, $now ), 409 );
	}

	/** Why a cohort takes no applications now, in a sentence ('' while it does). */
	public static function closed_text( Cohort $cohort, ApplicationSettings $settings, int $now ): string {
		if ( $settings->accepts_at( $now, $cohort->stage ) ) {
			return '';
		}
		$closes = $settings->closes_at();
		if ( Cohort::OPEN === $cohort->stage && null !== $closes && $now > $closes ) {
			/* translators: 1: the cohort's name, 2: a date. */
			return sprintf( __( 'Applications to %1$s closed at the end of %2$s.', 'wayfinder' ), $cohort->name, self::day( $settings->apply_until ) );
		}
		if ( in_array( $cohort->stage, array( Cohort::RUNNING, Cohort::FINISHED ), true ) ) {
			/* translators: %s: the cohort's name. */
			return sprintf( __( 'Applications to %s are closed: the cohort has started.', 'wayfinder' ), $cohort->name );
		}
		/* translators: %s: the cohort's name. */
		return sprintf( __( '%s is not taking applications yet. Come back when its applications open.', 'wayfinder' ), $cohort->name );
	}

	/** A day (YYYY-MM-DD) in the site's date format. */
	public static function day( string $day ): string {
		return (string) wp_date( (string) get_option( 'date_format' ), (int) strtotime( $day . ' 12:00:00 UTC' ), new \DateTimeZone( 'UTC' ) );
	}

	/** How many characters a text has, as the form counts them (line breaks as one). */
	public static function length( string $text ): int {
		return mb_strlen( str_replace( "\r\n", "\n", trim( $text ) ) );
	}

	/** Who may apply in this role: mentors only when the cohort takes them (and they can mentor). */
	private function may_apply_as( string $role, Cohort $cohort, ApplicationSettings $settings, int $user_id ): ?WP_Error {
		if ( Application::MENTOR !== $role ) {
			return null;
		}
		if ( ! Capabilities::can_mentor( $user_id ) ) {
			return self::error( 'wayfinder_not_a_mentor', __( 'Only mentors can apply to mentor a cohort. Apply as a mentee, or ask a coordinator to make you a mentor.', 'wayfinder' ), 403 );
		}
		if ( ! $settings->mentors_apply ) {
			/* translators: %s: the cohort's name. */
			return self::error( 'wayfinder_mentors_do_not_apply', sprintf( __( '%s takes no applications from mentors: the coordinators invite its mentors.', 'wayfinder' ), $cohort->name ), 409 );
		}
		return null;
	}

	/** Why a submitted application can no longer be changed (null while it can). */
	private static function frozen( Application $application ): ?WP_Error {
		if ( Application::DRAFT === $application->status ) {
			return null;
		}
		if ( Application::WITHDRAWN === $application->status ) {
			// Taken up again as a draft, unless reviewers had it already.
			return null === $application->released_at && '' === $application->decision ? null : self::error( 'wayfinder_application_withdrawn', __( 'You withdrew this application after it went to the reviewers, so it cannot be taken up again. Write to the mentoring coordinators.', 'wayfinder' ), 409 );
		}
		if ( Application::DECIDED === $application->stage || '' !== $application->decision ) {
			return self::error( 'wayfinder_application_decided', __( 'Your application is decided, so it can no longer be changed.', 'wayfinder' ), 409 );
		}
		if ( Application::MENTEE === $application->role && Application::SCREENING !== $application->stage ) {
			return self::error( 'wayfinder_application_frozen', __( 'Your application is with the reviewers now, so it can no longer be changed. You will hear when the selection is made.', 'wayfinder' ), 409 );
		}
		return null;
	}

	/**
	 * An edit of a submitted application: checked as a submission, written only while it is still at
	 * the stage it was read at, then told again (the redaction runs again).
	 *
	 * @param array<string, mixed> $values
	 * @return Application|WP_Error
	 */
	private function resubmit( Application $existing, Cohort $cohort, ApplicationSettings $settings, array $values, int $now ) {
		$problems = $this->problems( $values, $cohort, $settings, $existing->role, $existing->user_id );
		if ( array() !== $problems ) {
			return self::invalid( $problems, __( 'Your application is submitted; this change was not saved.', 'wayfinder' ) );
		}
		$changed = $this->applications->update(
			$existing->id,
			self::columns( $values, $existing, $now ),
			$now,
			array(
				'status'   => Application::SUBMITTED,
				'stage'    => $existing->stage,
				'decision' => '',
			)
		);
		if ( 1 !== $changed ) {
			return false === $changed ? self::failed() : self::error( 'wayfinder_application_frozen', __( 'Your application went to the reviewers at the same moment, so this change was not saved.', 'wayfinder' ), 409 );
		}
		$edited = $this->applications->find( $existing->id );
		if ( null === $edited ) {
			return self::failed();
		}
		Events::dispatch( new ApplicationSubmitted( $edited, $cohort, true ) );
		return $edited;
	}

	/**
	 * The draft's limits: what can never be saved (too long, a way or team the cohort does not offer).
	 *
	 * @param array<string, mixed> $values
	 * @return array<string, string>
	 */
	public static function draft_problems( array $values, Cohort $cohort, ApplicationSettings $settings, string $role ): array {
		$problems = array();
		if ( Application::MENTEE === $role ) {
			foreach ( $settings->questions as $question ) {
				$length = self::length( (string) ( $values['answers'][ $question['key'] ] ?? '' ) );
				if ( $length > $question['max'] ) {
					/* translators: 1: the question, 2: how many characters the answer has, 3: the most it may have. */
					$problems[ 'answer_' . $question['key'] ] = sprintf( __( 'Your answer to "%1$s" has %2$d characters; at most %3$d fit. Please shorten it.', 'wayfinder' ), $question['label'], $length, $question['max'] );
				}
			}
			if ( '' !== $values['mode'] && ! $cohort->offers( (string) $values['mode'] ) ) {
				$labels           = Cohort::mode_labels();
				$problems['mode'] = sprintf(
					/* translators: 1: the cohort's name, 2: the ways it offers. */
					__( '%1$s does not offer that way of taking part. Choose one it offers: %2$s.', 'wayfinder' ),
					$cohort->name,
					implode( wp_get_list_item_separator(), array_map( static fn ( string $mode ): string => $labels[ $mode ] ?? $mode, $cohort->modes ) )
				);
			}
		}
		$choices = self::team_choices( $cohort );
		$unknown = array_diff( (array) $values['teams'], array_keys( $choices ) );
		if ( array() !== $unknown ) {
			$problems['teams'] = array() === $choices
				? __( 'There are no teams to choose from yet; leave the teams empty.', 'wayfinder' )
				/* translators: 1: the team slugs that are not offered, 2: the teams to choose from. */
				: sprintf( __( 'These teams are not part of this cohort: %1$s. Choose among: %2$s.', 'wayfinder' ), implode( ', ', $unknown ), implode( wp_get_list_item_separator(), $choices ) );
		}
		foreach ( (array) $values['languages'] as $code ) {
			if ( ! is_string( $code ) || 1 !== preg_match( self::LANGUAGE_PATTERN, $code ) ) {
				/* translators: %s: what the person typed. */
				$problems['languages'] = sprintf( __( '"%s" is not a language code. Use codes such as en, es or pt-BR, separated by commas.', 'wayfinder' ), is_scalar( $code ) ? (string) $code : '' );
				break;
			}
		}
		if ( count( (array) $values['languages'] ) > 15 ) {
			$problems['languages'] = __( 'Name at most 15 languages.', 'wayfinder' );
		}
		if ( self::length( (string) $values['sponsor'] ) > self::SPONSOR_LENGTH ) {
			/* translators: %d: the most characters. */
			$problems['sponsor'] = sprintf( __( 'The sponsor\'s name is too long: at most %d characters.', 'wayfinder' ), self::SPONSOR_LENGTH );
		}
		return $problems;
	}

	/**
	 * What was sent over what is there: only known questions' answers, lists as lists, texts cleaned.
	 *
	 * @param array<string, mixed> $base
	 * @param array<string, mixed> $input
	 * @return array<string, mixed>
	 */
	private static function merge( array $base, array $input ): array {
		$values = $base;
		if ( isset( $input['answers'] ) && is_array( $input['answers'] ) ) {
			foreach ( $input['answers'] as $key => $text ) {
				if ( is_string( $key ) && is_scalar( $text ) ) {
					$values['answers'][ sanitize_key( $key ) ] = sanitize_textarea_field( (string) $text );
				}
			}
		}
		foreach ( array( 'mode', 'sponsor' ) as $text ) {
			if ( array_key_exists( $text, $input ) && is_scalar( $input[ $text ] ) ) {
				$values[ $text ] = sanitize_text_field( (string) $input[ $text ] );
			}
		}
		foreach ( array( 'teams', 'languages' ) as $list ) {
			if ( array_key_exists( $list, $input ) ) {
				$items           = is_array( $input[ $list ] ) ? $input[ $list ] : preg_split( '/[\s,]+/', is_scalar( $input[ $list ] ) ? (string) $input[ $list ] : '' );
				$values[ $list ] = array_values( array_unique( array_filter( array_map( static fn ( $item ): string => is_scalar( $item ) ? trim( sanitize_text_field( (string) $item ) ) : '', (array) $items ), static fn ( string $item ): bool => '' !== $item ) ) );
			}
		}
		foreach ( array( 'sponsored', 'consent' ) as $flag ) {
			if ( array_key_exists( $flag, $input ) ) {
				$values[ $flag ] = (bool) rest_sanitize_boolean( is_bool( $input[ $flag ] ) || is_int( $input[ $flag ] ) || is_string( $input[ $flag ] ) ? $input[ $flag ] : false );
			}
		}
		if ( array_key_exists( 'capacity', $input ) && is_numeric( $input['capacity'] ) ) {
			$values['capacity'] = (int) $input['capacity'];
		}
		if ( ! $values['sponsored'] ) {
			$values['sponsor'] = '';
		}
		return $values;
	}

	/**
	 * The columns that hold these values.
	 *
	 * @param array<string, mixed> $values
	 * @return array<string, scalar|null>
	 */
	private static function columns( array $values, Application $application, int $now ): array {
		$answers = array_filter( (array) $values['answers'], static fn ( $text ): bool => '' !== $text );
		return array(
			'answers'      => (string) wp_json_encode( (object) $answers ),
			'mode'         => Application::MENTOR === $application->role ? '' : (string) $values['mode'],
			'teams'        => implode( ',', (array) $values['teams'] ),
			'languages'    => implode( ',', (array) $values['languages'] ),
			'sponsored'    => $values['sponsored'] ? 1 : 0,
			'sponsor'      => (string) $values['sponsor'],
			'capacity'     => Application::MENTOR === $application->role ? max( 0, min( 10, (int) $values['capacity'] ) ) : 0,
			'consented_at' => $values['consent'] ? ( $application->consented_at ?? gmdate( 'Y-m-d H:i:s', $now ) ) : null,
		);
	}

	/** @param array<string, mixed> $input */
	private static function role_of( array $input ): string {
		return Application::MENTOR === ( $input['role'] ?? '' ) ? Application::MENTOR : Application::MENTEE;
	}

	/** The person has applied to a cohort: My mentorship looks for their applications (and asks nothing of the others). */
	private static function mark_applied( int $user_id ): void {
		if ( '' === get_user_meta( $user_id, ApplicationsModule::APPLIED, true ) ) {
			update_user_meta( $user_id, ApplicationsModule::APPLIED, 1 );
		}
	}

	/**
	 * A refusal that names every problem: the heading, then each sentence; `problems` (field => sentence) for forms.
	 *
	 * @param array<string, string> $problems Field => sentence.
	 */
	private static function invalid( array $problems, string $heading ): WP_Error {
		return new WP_Error(
			'wayfinder_application_invalid',
			$heading . ' ' . implode( ' ', $problems ),
			array(
				'status'   => 400,
				'problems' => $problems,
			)
		);
	}

	private static function failed(): WP_Error {
		return self::error( 'wayfinder_application_not_saved', __( 'Your application could not be saved just now. Nothing changed; please try again.', 'wayfinder' ), 500 );
	}

	private static function error( string $code, string $message, int $status ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => $status ) );
	}
}
