<?php
/**
 * What an applicant sees of their application to a cohort (the REST route and the block read it
 * here): the cohort's questions and choices, their prerequisites, their profile's availability and
 * languages, and their application with its status in words. An applicant never sees reviewers'
 * scores, notes, the redacted text or their pseudonym, and sees the decision only once it is revealed
 * (stage `decided`).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Directory\MentorCard;
use Wayfinder\MyMentorship\MentorshipPage;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class ApplicantView {

	/**
	 * @return array<string, mixed>|WP_Error 404 when there is no such published cohort.
	 */
	public static function build( int $cohort_id, int $user_id, int $now ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort || 'publish' !== get_post_status( $cohort_id ) ) {
			return CohortPostType::not_found();
		}
		$settings    = ApplicationSettings::of( $cohort->id );
		$application = ( new ApplicationRepository() )->find_for( $cohort->id, $user_id );
		$profile     = ( new ProfileRepository() )->find( $user_id );
		$labels      = Cohort::mode_labels();
		$sentences   = ApplicationSettings::prerequisite_labels();
		$unmet       = ( new Applying() )->unmet_prerequisites( $settings, $user_id );
		$closes      = $settings->closes_at();
		return array(
			'cohort'      => array(
				'id'            => $cohort->id,
				'name'          => $cohort->name,
				'url'           => (string) get_permalink( $cohort->id ),
				'start_date'    => $cohort->start_date,
				'apply_until'   => $settings->apply_until,
				'closes_at'     => null === $closes ? null : gmdate( 'Y-m-d\TH:i:s\Z', $closes ),
				'deadline'      => self::deadline_text( $settings, $profile->timezone ),
				'open'          => $settings->accepts_at( $now, $cohort->stage ),
				'closed'        => Applying::closed_text( $cohort, $settings, $now ),
				'mentors_apply' => $settings->mentors_apply,
				'terms'         => $settings->terms,
				'questions'     => $settings->questions,
				'modes'         => array_map(
					static fn ( string $mode ): array => array(
						'value' => $mode,
						'label' => $labels[ $mode ] ?? $mode,
					),
					$cohort->modes
				),
				'teams'         => array_map(
					static fn ( string $slug, string $name ): array => array(
						'slug' => $slug,
						'name' => $name,
					),
					array_keys( Applying::team_choices( $cohort ) ),
					array_values( Applying::team_choices( $cohort ) )
				),
				'prerequisites' => array_map(
					static fn ( string $key ): array => array(
						'key'   => $key,
						'label' => $sentences[ $key ] ?? $key,
						'met'   => ! in_array( $key, $unmet, true ),
					),
					$settings->prerequisites
				),
			),
			'can_mentor'  => $settings->mentors_apply && Capabilities::can_mentor( $user_id ),
			'profile'     => array(
				'timezone'     => $profile->timezone,
				'availability' => MentorCard::availability( $profile->availability ),
				'languages'    => $profile->languages,
				'edit_url'     => MentorshipPage::profile_url(),
			),
			'application' => null === $application ? null : self::application( $application, $cohort, $settings, $now ),
		);
	}

	/**
	 * The applicant's own application: their words and choices, and where it stands.
	 *
	 * @return array<string, mixed>
	 */
	public static function application( Application $application, Cohort $cohort, ApplicationSettings $settings, int $now ): array {
		$status = self::status( $application, $cohort );
		return array(
			'id'           => $application->id,
			'role'         => $application->role,
			'status'       => $application->status,
			'state'        => $status['state'],
			'status_text'  => $status['text'],
			'next'         => $status['next'],
			'editable'     => self::editable( $application, $cohort, $settings, $now ),
			'withdrawable' => Application::WITHDRAWN !== $application->status && Application::DECIDED !== $application->stage && '' === $application->decision,
			'submitted_at' => null === $application->submitted_at ? null : mysql_to_rfc3339( $application->submitted_at ),
			'decision'     => Application::DECIDED === $application->stage ? $application->decision : '',
		) + Applying::values_of( $application );
	}

	/** Whether the applicant can still change it now: a draft, or a submitted one still being screened, until the last day. */
	public static function editable( Application $application, Cohort $cohort, ApplicationSettings $settings, int $now ): bool {
		if ( ! $settings->accepts_at( $now, $cohort->stage ) || '' !== $application->decision || Application::DECIDED === $application->stage ) {
			return false;
		}
		if ( Application::WITHDRAWN === $application->status ) {
			return null === $application->released_at;
		}
		if ( Application::SUBMITTED === $application->status ) {
			return Application::MENTOR === $application->role || Application::SCREENING === $application->stage;
		}
		return true;
	}

	/**
	 * Where the application stands, in words, and what to do next. The decision shows only once it is
	 * revealed (stage `decided`); before that a decided-but-hidden application reads "being reviewed".
	 *
	 * @return array{state: string, text: string, next: string}
	 */
	public static function status( Application $application, Cohort $cohort ): array {
		$mentor = Application::MENTOR === $application->role;
		if ( Application::DRAFT === $application->status ) {
			return array(
				'state' => 'draft',
				'text'  => __( 'Draft: not submitted yet.', 'wayfinder' ),
				'next'  => __( 'Finish your answers and submit before applications close. Only you can see a draft.', 'wayfinder' ),
			);
		}
		if ( Application::WITHDRAWN === $application->status ) {
			return array(
				'state' => 'withdrawn',
				'text'  => __( 'Withdrawn.', 'wayfinder' ),
				'next'  => __( 'You withdrew your application. Nobody will review it.', 'wayfinder' ),
			);
		}
		if ( Application::DECIDED === $application->stage ) {
			$start = '' === $cohort->start_date ? '' : Applying::day( $cohort->start_date );
			switch ( $application->decision ) {
				case Application::ACCEPTED:
					return array(
						'state' => Application::ACCEPTED,
						'text'  => $mentor ? __( 'Accepted: you are a mentor of this cohort.', 'wayfinder' ) : __( 'Accepted: you have a place in this cohort.', 'wayfinder' ),
						'next'  => '' === $start
							? __( 'You will hear before the cohort starts. Your cohort appears on your My mentorship page.', 'wayfinder' )
							/* translators: %s: the cohort's first day. */
							: sprintf( __( 'The cohort starts on %s. Your cohort, its sessions and your mentor appear on your My mentorship page.', 'wayfinder' ), $start ),
					);
				case Application::WAITLISTED:
					return array(
						'state' => Application::WAITLISTED,
						'text'  => __( 'On the waiting list.', 'wayfinder' ),
						'next'  => __( 'You will hear by email if a seat frees up. Meanwhile the cohort\'s group sessions are open to you: see the cohort\'s page for their times.', 'wayfinder' ),
					);
				default:
					return array(
						'state' => Application::DECLINED,
						'text'  => $mentor ? __( 'Not accepted this time.', 'wayfinder' ) : __( 'Not selected this time.', 'wayfinder' ),
						'next'  => $mentor
							? __( 'Thank you for offering your time. Mentees outside the cohorts still look for mentors: see My mentorship.', 'wayfinder' )
							: __( 'There were more applicants than seats. Take the "Get involved" quiz to find a team to start with, and apply to the next cohort.', 'wayfinder' ),
					);
			}
		}
		if ( $mentor ) {
			return array(
				'state' => Application::REVIEW,
				'text'  => __( 'Submitted: the mentoring coordinators are reviewing it.', 'wayfinder' ),
				'next'  => __( 'You will hear by email when they decide.', 'wayfinder' ),
			);
		}
		if ( Application::SCREENING === $application->stage ) {
			return array(
				'state' => Application::SCREENING,
				'text'  => __( 'Submitted: being screened.', 'wayfinder' ),
				'next'  => __( 'Your answers are checked and anything that says who you are is taken out before the reviewers read them. You can still change your application until the last day, while it is being screened.', 'wayfinder' ),
			);
		}
		return array(
			'state' => Application::REVIEW,
			'text'  => __( 'Submitted: being reviewed.', 'wayfinder' ),
			'next'  => __( 'Reviewers are reading the applications without knowing whose they are. You will hear by email when the selection is made.', 'wayfinder' ),
		);
	}

	/** What happened, after a save, submission or withdrawal. */
	public static function done_text( Application $application ): string {
		if ( Application::WITHDRAWN === $application->status ) {
			return __( 'Your application is withdrawn.', 'wayfinder' );
		}
		if ( Application::SUBMITTED === $application->status ) {
			return Application::MENTOR === $application->role
				? __( 'Your application to mentor is submitted. The mentoring coordinators will review it; you will get an email now and when they decide.', 'wayfinder' )
				: __( 'Your application is submitted. You will get an email confirming it, and another when the selection is made.', 'wayfinder' );
		}
		return __( 'Your draft is saved. Submit it before applications close.', 'wayfinder' );
	}

	/**
	 * The last day, in the site's time and in the person's own: "until the end of 30 June 2027 (Europe/Berlin) —
	 * 1 July 2027 at 03:59 in your time zone, America/New_York". '' without a last day.
	 */
	public static function deadline_text( ApplicationSettings $settings, string $timezone ): string {
		$closes = $settings->closes_at();
		if ( null === $closes ) {
			return '';
		}
		$site = in_array( wp_timezone_string(), array( '+00:00', 'UTC' ), true ) ? 'UTC' : wp_timezone_string();
		$text = sprintf(
			/* translators: 1: a date, 2: the site's time zone. */
			__( 'Applications close at the end of %1$s (%2$s).', 'wayfinder' ),
			Applying::day( $settings->apply_until ),
			str_replace( '_', ' ', $site )
		);
		$zone  = self::zone( $timezone );
		$local = null === $zone || $zone->getName() === wp_timezone()->getName() ? '' : (string) wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $closes, $zone );
		if ( '' !== $local ) {
			/* translators: 1: a date and time, 2: the person's time zone. */
			$text .= ' ' . sprintf( __( 'That is %1$s in your time zone (%2$s).', 'wayfinder' ), $local, str_replace( '_', ' ', $zone->getName() ) );
		}
		return $text;
	}

	private static function zone( string $timezone ): ?\DateTimeZone {
		try {
			return '' === $timezone ? null : new \DateTimeZone( $timezone );
		} catch ( \Exception $e ) {
			return null;
		}
	}
}
