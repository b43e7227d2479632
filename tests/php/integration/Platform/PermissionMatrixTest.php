<?php
/**
 * Every REST route × every kind of caller: allowed or refused exactly as docs/rest-api.md says, and no
 * response carries what the caller may not see (another person's email, private profile fields,
 * other people's matches or requests).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class PermissionMatrixTest extends TestCase {

	private const CALLERS = array( 'anonymous', 'subscriber', 'mentee', 'mentor', 'reviewer', 'team_rep', 'coordinator', 'admin' );

	/**
	 * Route => [ method, path, parameters, expected status per caller in CALLERS order ]. Placeholders
	 * in braces are the fixture's IDs.
	 *
	 * @return array<string, array{0: string, 1: string, 2: array<string, mixed>, 3: list<int>}>
	 */
	private static function matrix(): array {
		$coordinators = array( 401, 403, 403, 403, 403, 403, 200, 200 );
		$logged_in    = array( 401, 200, 200, 200, 200, 200, 200, 200 );
		$match_party  = array( 401, 404, 200, 200, 404, 404, 200, 200 );
		$match_mentor = array( 401, 404, 403, 200, 404, 404, 200, 200 );
		// A mentee's cohort work: theirs, their cohort mentor's (the fixture's mentor leads their group) and coordinators'.
		$cohort_work = array( 401, 403, 200, 200, 403, 403, 200, 200 );
		$own_goal    = array( 401, 404, 200, 200, 404, 404, 403, 403 );
		$reviewers   = array( 401, 403, 403, 403, 200, 403, 403, 403 );
		$team_people = array( 401, 403, 403, 403, 403, 200, 200, 200 );
		return array(
			'GET status'                          => array( 'GET', '/wayfinder/v1/status', array(), $coordinators ),
			'GET profiles/me'                     => array( 'GET', '/wayfinder/v1/profiles/me', array(), $logged_in ),
			'PUT profiles/me'                     => array( 'PUT', '/wayfinder/v1/profiles/me', array( 'intro' => 'Hello.' ), $logged_in ),
			'GET a mentee profile'                => array( 'GET', '/wayfinder/v1/profiles/{mentee}', array(), array( 404, 404, 200, 200, 404, 404, 200, 200 ) ),
			'GET a mentor profile'                => array( 'GET', '/wayfinder/v1/profiles/{mentor}', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'GET mentors (the directory)'         => array( 'GET', '/wayfinder/v1/mentors', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'PUT someone’s profile'               => array( 'PUT', '/wayfinder/v1/profiles/{mentee}', array( 'intro' => 'Edited.' ), array( 401, 403, 200, 403, 403, 403, 200, 200 ) ),
			'GET teams'                           => array( 'GET', '/wayfinder/v1/teams', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'POST teams'                          => array(
				'POST',
				'/wayfinder/v1/teams',
				array(
					'title'  => 'Hosting',
					'status' => 'publish',
				),
				array( 401, 403, 403, 403, 403, 403, 201, 201 ),
			),
			'GET a team'                          => array( 'GET', '/wayfinder/v1/teams/{team}', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'PUT a team'                          => array( 'PUT', '/wayfinder/v1/teams/{team}', array( 'excerpt' => 'Translates WordPress.' ), array( 401, 403, 403, 403, 403, 403, 200, 200 ) ),
			'DELETE a team'                       => array( 'DELETE', '/wayfinder/v1/teams/{team}', array( 'force' => true ), array( 401, 403, 403, 403, 403, 403, 200, 200 ) ),
			'GET cohorts'                         => array( 'GET', '/wayfinder/v1/cohorts', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'POST cohorts'                        => array(
				'POST',
				'/wayfinder/v1/cohorts',
				array(
					'title'  => 'Spring cohort',
					'status' => 'draft',
				),
				array( 401, 403, 403, 403, 403, 403, 201, 201 ),
			),
			'GET a cohort'                        => array( 'GET', '/wayfinder/v1/cohorts/{cohort}', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'PUT a cohort'                        => array( 'PUT', '/wayfinder/v1/cohorts/{cohort}', array( 'excerpt' => 'Four weeks.' ), array( 401, 403, 403, 403, 403, 403, 200, 200 ) ),
			'GET a cohort’s people'               => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/members', array(), $coordinators ),
			'POST a cohort’s people'              => array(
				'POST',
				'/wayfinder/v1/cohorts/{cohort}/members',
				array(
					'user' => '{newcomer}',
					'role' => 'mentee',
				),
				array( 401, 403, 403, 403, 403, 403, 201, 201 ),
			),
			'PUT a cohort’s member (their group)' => array( 'PUT', '/wayfinder/v1/cohorts/{cohort}/members/{mentee}', array( 'leader' => '{mentor}' ), $coordinators ),
			'GET a cohort’s progress'             => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/progress', array(), $coordinators ),
			// Graduation: the whole cohort for coordinators; a mentee's checklist as cohort work.
			'GET a cohort’s graduation'           => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/graduation', array(), $coordinators ),
			'GET a cohort’s graduation counts'    => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/graduation/summary', array(), $coordinators ),
			'GET a graduation checklist'          => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/graduation/{mentee}', array(), $cohort_work ),
			// The mentee's checklist is not met: their mentor is refused (409), coordinators may confirm with a note.
			'POST confirm a graduation'           => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/graduation/{mentee}', array( 'note' => 'Contributed elsewhere.' ), array( 401, 403, 403, 409, 403, 403, 200, 200 ) ),
			'POST confirm a graduation (form)'    => array(
				'POST',
				'/wayfinder/v1/cohorts/{cohort}/graduation',
				array(
					'user' => '{mentee}',
					'note' => 'Contributed elsewhere.',
				),
				array( 401, 403, 403, 409, 403, 403, 200, 200 ),
			),
			'DELETE a cohort’s member'            => array( 'DELETE', '/wayfinder/v1/cohorts/{cohort}/members/{mentee}', array(), $coordinators ),
			'GET a cohort’s sessions'             => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/sessions', array(), array( 401, 404, 200, 200, 404, 404, 200, 200 ) ),
			'POST a cohort’s sessions'            => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/sessions', array( 'starts' => '2027-09-10T17:00:00Z' ), array( 401, 403, 403, 403, 403, 403, 201, 201 ) ),
			'PUT a session'                       => array( 'PUT', '/wayfinder/v1/sessions/{session}', array( 'title' => 'Kick-off' ), $coordinators ),
			'POST cancel a session'               => array( 'POST', '/wayfinder/v1/sessions/{session}/cancel', array(), $coordinators ),
			'GET a session’s invitation'          => array( 'GET', '/wayfinder/v1/sessions/{session}/invitation', array(), array( 401, 404, 200, 200, 404, 404, 200, 200 ) ),
			'POST a 1:1'                          => array(
				'POST',
				'/wayfinder/v1/cohorts/{cohort}/sessions',
				array(
					'kind'   => 'one_to_one',
					'mentee' => '{mentee}',
					'starts' => '2027-09-10T17:00:00Z',
				),
				array( 401, 403, 403, 201, 403, 403, 201, 201 ),
			),
			'GET suggested times'                 => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/sessions/suggestions', array( 'mentee' => '{mentee}' ), array( 401, 403, 403, 200, 403, 403, 200, 200 ) ),
			'GET a 1:1’s invitation'              => array( 'GET', '/wayfinder/v1/sessions/{one_to_one}/invitation', array(), array( 401, 404, 200, 200, 404, 404, 200, 200 ) ),
			'PUT a 1:1'                           => array( 'PUT', '/wayfinder/v1/sessions/{one_to_one}', array( 'minutes' => 45 ), array( 401, 403, 403, 200, 403, 403, 200, 200 ) ),
			'GET a session’s attendance'          => array( 'GET', '/wayfinder/v1/sessions/{one_to_one}/attendance', array(), array( 401, 403, 403, 200, 403, 403, 200, 200 ) ),
			// Not started yet: whoever may record it hears so (409).
			'POST a session’s attendance'         => array(
				'POST',
				'/wayfinder/v1/sessions/{one_to_one}/attendance',
				array(
					'mentee' => '{mentee}',
					'status' => 'attended',
				),
				array( 401, 403, 403, 409, 403, 403, 409, 409 ),
			),
			'POST I was there'                    => array( 'POST', '/wayfinder/v1/sessions/{one_to_one}/attendance/me', array(), array( 401, 403, 409, 403, 403, 403, 403, 403 ) ),
			'PUT a session’s notes'               => array( 'PUT', '/wayfinder/v1/sessions/{one_to_one}/notes', array( 'notes' => 'Went well.' ), array( 401, 403, 403, 200, 403, 403, 200, 200 ) ),
			'GET the playbook'                    => array( 'GET', '/wayfinder/v1/playbook', array(), array( 401, 403, 403, 200, 403, 403, 200, 200 ) ),
			'PUT the playbook'                    => array(
				'PUT',
				'/wayfinder/v1/playbook',
				array(
					'steps' => array(
						array( 'title' => 'Meet' ),
						array( 'title' => 'Contribute' ),
						array( 'title' => 'Wrap up' ),
					),
				),
				$coordinators,
			),
			'POST reset the playbook'             => array( 'POST', '/wayfinder/v1/playbook/reset', array(), $coordinators ),
			'POST answer a fit check'             => array( 'POST', '/wayfinder/v1/fit-checks/{fit_check}', array( 'working' => true ), array( 401, 403, 200, 403, 403, 403, 403, 403 ) ), // Only the person asked.
			// The person's own badges: each reaches only their own awards (someone else's: not found).
			'GET my badges'                       => array( 'GET', '/wayfinder/v1/me/badges', array(), $logged_in ),
			'POST show or hide my badge'          => array( 'POST', '/wayfinder/v1/me/badges/{award}', array( 'shown' => false ), array( 401, 404, 200, 404, 404, 404, 404, 404 ) ),
			// Surveys: an invitation is the invited person's (signed in) or its key holder's; everyone else hears "not found".
			'GET a survey invitation'             => array( 'GET', '/wayfinder/v1/survey-invitations/{survey_invitation}', array(), array( 404, 404, 200, 404, 404, 404, 404, 404 ) ),
			'GET a survey invitation (key)'       => array( 'GET', '/wayfinder/v1/survey-invitations/{survey_invitation}', array( 'key' => '{survey_key}' ), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'POST answer a survey'                => array( 'POST', '/wayfinder/v1/survey-invitations/{survey_invitation}/answers', array( 'answers' => array( 'confidence' => 4 ) ), array( 404, 404, 201, 404, 404, 404, 404, 404 ) ),
			'POST answer a survey (key)'          => array(
				'POST',
				'/wayfinder/v1/survey-invitations/{survey_invitation}/answers',
				array(
					'answers' => array( 'confidence' => 4 ),
					'key'     => '{survey_key}',
				),
				array( 201, 201, 201, 201, 201, 201, 201, 201 ),
			),
			'GET my surveys'                      => array( 'GET', '/wayfinder/v1/me/surveys', array(), $logged_in ),
			// Hand-offs to a team: the mentee's own, their cohort mentor's and coordinators'; a team's for its representatives and coordinators.
			'GET a mentee’s hand-off'             => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/handoff', array( 'mentee' => '{mentee}' ), $cohort_work ),
			'PUT a mentee’s hand-off'             => array(
				'PUT',
				'/wayfinder/v1/cohorts/{cohort}/handoff',
				array(
					'mentee' => '{mentee}',
					'team'   => 'docs',
				),
				$cohort_work,
			),
			'GET hand-offs'                       => array( 'GET', '/wayfinder/v1/handoffs', array( 'status' => 'waiting' ), $coordinators ),
			'GET a hand-off’s contacts'           => array( 'GET', '/wayfinder/v1/handoffs/{handoff}/contacts', array(), $team_people ),
			'POST accept a hand-off'              => array( 'POST', '/wayfinder/v1/handoffs/{handoff}/accept', array( 'contact_id' => '{team_rep}' ), $team_people ),
			'GET a team’s newcomers'              => array( 'GET', '/wayfinder/v1/teams/newcomers', array(), $team_people ),
			// Survey reports: coordinators; team representatives for the team representatives' surveys; the answers export coordinators only.
			'GET a survey’s report'               => array( 'GET', '/wayfinder/v1/surveys/{survey}/report', array(), $coordinators ),
			'GET a reps’ survey’s report'         => array( 'GET', '/wayfinder/v1/surveys/{rep_survey}/report', array(), $team_people ),
			'GET a survey’s answers'              => array( 'GET', '/wayfinder/v1/surveys/{survey}/answers', array(), $coordinators ),
			'GET a reps’ survey’s answers'        => array( 'GET', '/wayfinder/v1/surveys/{rep_survey}/answers', array(), $coordinators ),
			'GET survey summaries'                => array( 'GET', '/wayfinder/v1/survey-reports', array(), $coordinators ),
			// Impact: the program's figures for coordinators; a team's for its representatives (team_rep represents Polyglots) too.
			'GET impact'                          => array( 'GET', '/wayfinder/v1/impact', array(), $coordinators ),
			'GET a team’s impact'                 => array( 'GET', '/wayfinder/v1/impact', array( 'team' => 'polyglots' ), $team_people ),
			'GET another team’s impact'           => array( 'GET', '/wayfinder/v1/impact', array( 'team' => 'docs' ), $coordinators ),
			// The mentee's match is not the cohort's: coordinators pass, and are told there is nobody to replace.
			'POST re-match a cohort mentee'       => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/rematch', array( 'mentee' => '{mentee}' ), array( 401, 403, 403, 403, 403, 403, 409, 409 ) ),
			// Applying: each person only ever reaches their own application; the fixture's cohort is running (closed to applications).
			'GET my application to a cohort'      => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/application', array(), $logged_in ),
			'PUT my application to a cohort'      => array( 'PUT', '/wayfinder/v1/cohorts/{cohort}/application', array( 'mode' => 'one_to_one' ), array( 401, 409, 409, 409, 409, 409, 409, 409 ) ),
			'POST submit my application'          => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/application/submit', array(), array( 401, 409, 409, 409, 409, 409, 409, 409 ) ),
			'POST withdraw my application'        => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/application/withdraw', array(), array( 401, 404, 404, 404, 404, 404, 404, 404 ) ),
			'GET a cohort’s mentor applications'  => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/mentor-applications', array(), $coordinators ),
			'POST decide a mentor application'    => array( 'POST', '/wayfinder/v1/applications/999999/mentor-decision', array( 'decision' => 'accepted' ), array( 401, 403, 403, 403, 403, 403, 404, 404 ) ),
			'GET a calendar feed'                 => array( 'GET', '/wayfinder/v1/calendar/{feed}', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'POST a new calendar address'         => array( 'POST', '/wayfinder/v1/calendar/me/reset', array(), $logged_in ),
			// The selection (the fixture's cohort has no application): coordinators only; nothing to lock or reveal.
			'GET a cohort’s applications'         => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/applications', array(), $coordinators ),
			'POST propose the selection'          => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/selection/propose', array( 'waitlist' => 2 ), $coordinators ),
			'PUT an application’s decision'       => array( 'PUT', '/wayfinder/v1/applications/999999999/decision', array( 'decision' => 'accepted' ), array( 401, 403, 403, 403, 403, 403, 404, 404 ) ),
			'POST lock the selection'             => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/selection/lock', array(), array( 401, 403, 403, 403, 403, 403, 409, 409 ) ),
			'POST reveal the selection'           => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/selection/reveal', array(), array( 401, 403, 403, 403, 403, 403, 409, 409 ) ),
			'GET a selection report'              => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/selection-report', array(), array( 404, 404, 404, 404, 404, 404, 404, 404 ) ),
			'GET a mentee’s training'             => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/training', array( 'mentee' => '{mentee}' ), $cohort_work ),
			'POST mark training done'             => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/training/done', array( 'item' => '{item}' ), array( 401, 403, 200, 403, 403, 403, 403, 403 ) ),
			'POST mark training not done'         => array( 'POST', '/wayfinder/v1/cohorts/{cohort}/training/undo', array( 'item' => '{item}' ), array( 401, 403, 200, 403, 403, 403, 403, 403 ) ),
			'POST confirm training'               => array(
				'POST',
				'/wayfinder/v1/cohorts/{cohort}/training/confirm',
				array(
					'mentee' => '{mentee}',
					'item'   => '{item}',
				),
				array( 401, 403, 403, 200, 403, 403, 200, 200 ),
			),
			'GET a mentee’s plan'                 => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/plan', array( 'mentee' => '{mentee}' ), $cohort_work ),
			'POST a plan goal'                    => array(
				'POST',
				'/wayfinder/v1/cohorts/{cohort}/plan',
				array(
					'mentee' => '{mentee}',
					'what'   => 'Translate a plugin.',
					'due'    => '2027-11-01',
				),
				array( 401, 403, 201, 201, 403, 403, 403, 403 ),
			),
			'PUT a plan goal'                     => array( 'PUT', '/wayfinder/v1/plan-goals/{goal}', array( 'progress' => 'under_way' ), $own_goal ),
			'DELETE a plan goal'                  => array( 'DELETE', '/wayfinder/v1/plan-goals/{goal}', array(), $own_goal ),
			'GET a mentee’s check-ins'            => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/checkins', array( 'mentee' => '{mentee}' ), $cohort_work ),
			'POST answer a check-in'              => array( 'POST', '/wayfinder/v1/checkins/{checkin}/answer', array( 'did' => 'Read the handbook.' ), array( 401, 404, 200, 403, 404, 404, 403, 403 ) ),
			'GET matches'                         => array( 'GET', '/wayfinder/v1/matches', array(), $logged_in ),
			'POST matches'                        => array(
				'POST',
				'/wayfinder/v1/matches',
				array(
					'mentee' => '{newcomer}',
					'mentor' => '{mentor}',
				),
				array( 401, 403, 403, 403, 403, 403, 201, 201 ),
			),
			'GET a match'                         => array( 'GET', '/wayfinder/v1/matches/{match}', array(), $match_party ),
			'POST confirm a match'                => array( 'POST', '/wayfinder/v1/matches/{match}/confirm', array(), $match_mentor ),
			'POST decline a match'                => array( 'POST', '/wayfinder/v1/matches/{match}/decline', array(), $match_mentor ),
			'POST name a backup'                  => array( 'POST', '/wayfinder/v1/matches/{match}/backup', array( 'mentor' => '{backup}' ), $match_mentor ),
			'POST end a match'                    => array( 'POST', '/wayfinder/v1/matches/{match}/end', array( 'reason' => 'other' ), $match_party ),
			'GET events'                          => array( 'GET', '/wayfinder/v1/events', array(), $coordinators ),
			'GET people'                          => array( 'GET', '/wayfinder/v1/people', array(), $coordinators ),
			'GET people (mentees)'                => array( 'GET', '/wayfinder/v1/people', array( 'role' => 'mentees' ), $coordinators ),
			'GET mentoring-state/me'              => array( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $logged_in ),
			'POST find a mentor'                  => array( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $logged_in ),
			'GET requests'                        => array( 'GET', '/wayfinder/v1/requests', array(), $logged_in ),
			'POST ask for a mentor'               => array( 'POST', '/wayfinder/v1/requests', array( 'type' => 'mentee_request' ), array( 401, 201, 409, 201, 201, 201, 201, 201 ) ),
			'POST ask a mentor (coordinator)'     => array(
				'POST',
				'/wayfinder/v1/requests',
				array(
					'type'   => 'coordinator_request',
					'mentee' => '{newcomer}',
					'mentor' => '{backup}',
				),
				array( 401, 403, 403, 403, 403, 403, 201, 201 ),
			),
			'POST offer to mentor'                => array(
				'POST',
				'/wayfinder/v1/requests',
				array(
					'type'   => 'mentor_offer',
					'mentee' => '{waiting}',
				),
				// Only to someone in the mentor's own list of waiting mentees: a coordinator without a mentoring
				// profile has none; the site admin is no mentor without the Mentor role.
				array( 401, 403, 403, 201, 403, 403, 404, 403 ),
			),
			'GET a request'                       => array( 'GET', '/wayfinder/v1/requests/{request}', array(), array( 401, 404, 404, 200, 404, 404, 200, 200 ) ),
			'POST accept a request'               => array( 'POST', '/wayfinder/v1/requests/{request}/accept', array(), array( 401, 404, 404, 200, 404, 404, 200, 404 ) ),
			// {request} is a request for any mentor: nobody declines it (mentors pass on the mentee; coordinators cancel).
			'POST decline a request'              => array( 'POST', '/wayfinder/v1/requests/{request}/decline', array(), array( 401, 404, 404, 403, 404, 404, 403, 404 ) ),
			'POST pass on a waiting mentee'       => array( 'POST', '/wayfinder/v1/mentees/waiting/{waiting}/pass', array(), array( 401, 403, 403, 200, 403, 403, 200, 403 ) ),
			'POST cancel someone’s request'       => array( 'POST', '/wayfinder/v1/requests/{request}/cancel', array(), array( 401, 404, 404, 404, 404, 404, 200, 200 ) ),
			'GET board suggestions'               => array( 'GET', '/wayfinder/v1/board/suggestions', array( 'mentee' => '{waiting}' ), $coordinators ),
			'POST board run'                      => array( 'POST', '/wayfinder/v1/board/run', array(), $coordinators ),
			'POST board run in a cohort'          => array( 'POST', '/wayfinder/v1/board/run', array( 'cohort' => '{cohort}' ), $coordinators ),
			'GET a board run'                     => array( 'GET', '/wayfinder/v1/board/runs/{board_run}', array(), $coordinators ),
			'POST board score'                    => array(
				'POST',
				'/wayfinder/v1/board/score',
				array(
					'mentee' => '{waiting}',
					'mentor' => '{mentor}',
				),
				$coordinators,
			),
			'POST board commit'                   => array(
				'POST',
				'/wayfinder/v1/board/commit',
				array(
					'pairs' => array(
						array(
							'mentee' => '{newcomer}',
							'mentor' => '{backup}',
						),
					),
				),
				$coordinators,
			),
			'GET waiting mentees'                 => array( 'GET', '/wayfinder/v1/mentees/waiting', array(), array( 401, 403, 403, 200, 403, 403, 200, 403 ) ), // Admins mentor only with the Mentor role.
			'GET quizzes'                         => array( 'GET', '/wayfinder/v1/quizzes', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'POST quizzes'                        => array(
				'POST',
				'/wayfinder/v1/quizzes',
				array(
					'title'  => 'Which team?',
					'status' => 'publish',
				),
				array( 401, 403, 403, 403, 403, 403, 201, 201 ),
			),
			'PUT a quiz'                          => array( 'PUT', '/wayfinder/v1/quizzes/{quiz}', array( 'title' => 'Which team fits you?' ), array( 401, 403, 403, 403, 403, 403, 200, 200 ) ),
			'DELETE a quiz'                       => array( 'DELETE', '/wayfinder/v1/quizzes/{quiz}', array( 'force' => true ), array( 401, 403, 403, 403, 403, 403, 200, 200 ) ),
			'GET a quiz result'                   => array( 'GET', '/wayfinder/v1/quizzes/{quiz}/result', array( 'answers' => '1.1.1.0' ), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'POST ask from a quiz result'         => array( 'POST', '/wayfinder/v1/quizzes/{quiz}/ask', array( 'team' => 'polyglots' ), array( 401, 201, 409, 201, 201, 201, 201, 201 ) ),
			'GET a quiz’s reachability'           => array( 'GET', '/wayfinder/v1/quizzes/{quiz}/reachability', array(), $coordinators ),
			// Stage 1 of blind selection: screeners (coordinators and admins screen too); reviewers never see people.
			'GET screening cohorts'               => array( 'GET', '/wayfinder/v1/screening/cohorts', array(), $coordinators ),
			'GET a cohort’s screening queue'      => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/screening', array(), $coordinators ),
			'GET an application to screen'        => array( 'GET', '/wayfinder/v1/applications/{screened}/screening', array(), $coordinators ),
			'PUT an answer’s redacted text'       => array(
				'PUT',
				'/wayfinder/v1/applications/{screened}/redacted',
				array(
					'field' => 'motivation',
					'text'  => 'I want to learn, says [name].',
				),
				$coordinators,
			),
			'POST redact an application again'    => array( 'POST', '/wayfinder/v1/applications/{screened}/redact-again', array(), $coordinators ),
			'POST release an application'         => array( 'POST', '/wayfinder/v1/applications/{screened}/release', array(), $coordinators ),
			// Blind review: only people who review and see no personal data (coordinators and administrators are refused).
			'GET my reviews'                      => array( 'GET', '/wayfinder/v1/reviews', array(), $reviewers ),
			'GET a review'                        => array( 'GET', '/wayfinder/v1/reviews/{review}', array(), $reviewers ),
			'PUT a review (draft)'                => array( 'PUT', '/wayfinder/v1/reviews/{review}', array( 'scores' => array( 'motivation' => 3 ) ), $reviewers ),
			'POST submit a review'                => array(
				'POST',
				'/wayfinder/v1/reviews/{review}/submit',
				array(
					'scores' => array(
						'motivation' => 3,
						'readiness'  => 4,
						'benefit'    => 5,
					),
				),
				$reviewers,
			),
			'POST declare a conflict'             => array( 'POST', '/wayfinder/v1/reviews/{review}/conflict', array( 'note' => 'A friend.' ), $reviewers ),
			'GET a cohort’s reviews'              => array( 'GET', '/wayfinder/v1/cohorts/{cohort}/reviews', array(), $coordinators ),
			// The only reviewer has the application already: coordinators pass, and are told nobody is left.
			'POST an extra review'                => array( 'POST', '/wayfinder/v1/applications/{application}/extra-review', array(), array( 401, 403, 403, 403, 403, 403, 409, 409 ) ),
			// Contributions: the mentee's (for Polyglots, whose representative is team_rep); the mentor leads her project group.
			'GET a person’s contributions'        => array( 'GET', '/wayfinder/v1/people/{mentee}/contributions', array(), array( 401, 404, 200, 200, 404, 200, 200, 200 ) ),
			'POST a contribution'                 => array(
				'POST',
				'/wayfinder/v1/people/{mentee}/contributions',
				array(
					'kind'           => 'documentation',
					'url'            => 'https://example.org/handbook/page',
					'summary'        => 'Rewrote a page.',
					'contributed_on' => '2026-01-10',
				),
				array( 401, 404, 201, 201, 404, 403, 403, 403 ),
			),
			'POST verify a contribution'          => array( 'POST', '/wayfinder/v1/contributions/{contribution}/verify', array(), array( 401, 404, 403, 200, 404, 200, 200, 200 ) ),
			'POST reject a contribution'          => array( 'POST', '/wayfinder/v1/contributions/{contribution}/reject', array( 'note' => 'Not hers.' ), array( 401, 404, 403, 200, 404, 200, 200, 200 ) ),
			'DELETE a contribution'               => array( 'DELETE', '/wayfinder/v1/contributions/{contribution}', array(), array( 401, 404, 200, 403, 404, 403, 403, 403 ) ),
			'PUT my contributions’ visibility'    => array( 'PUT', '/wayfinder/v1/me/contributions-visibility', array( 'public' => true ), $logged_in ),
			// GitHub: each person's own linked account (an invalid username: refused before GitHub is asked); repositories: coordinators.
			'GET my GitHub account'               => array( 'GET', '/wayfinder/v1/me/github', array(), $logged_in ),
			'PUT my GitHub account'               => array( 'PUT', '/wayfinder/v1/me/github', array( 'login' => 'not a username' ), array( 401, 400, 400, 400, 400, 400, 400, 400 ) ),
			'DELETE my GitHub account'            => array( 'DELETE', '/wayfinder/v1/me/github', array(), $logged_in ),
			'GET GitHub repositories'             => array( 'GET', '/wayfinder/v1/github/repos', array(), $coordinators ),
			'POST connect a GitHub repository'    => array( 'POST', '/wayfinder/v1/github/repos', array( 'full_name' => 'WordPress/gutenberg' ), array( 401, 403, 403, 403, 403, 403, 201, 201 ) ),
			'PUT a GitHub repository’s team'      => array( 'PUT', '/wayfinder/v1/github/repos/999999', array( 'team' => 'core' ), array( 401, 403, 403, 403, 403, 403, 404, 404 ) ),
			'POST a GitHub repository’s secret'   => array( 'POST', '/wayfinder/v1/github/repos/999999/secret', array(), array( 401, 403, 403, 403, 403, 403, 404, 404 ) ),
			'DELETE a GitHub repository'          => array( 'DELETE', '/wayfinder/v1/github/repos/999999', array(), array( 401, 403, 403, 403, 403, 403, 404, 404 ) ),
			// The webhook: GitHub signs, nobody logs in; unsigned is refused whoever sends it.
			'POST the GitHub webhook (unsigned)'  => array( 'POST', '/wayfinder/v1/github/webhook', array( 'zen' => 'Design for failure.' ), array( 401, 401, 401, 401, 401, 401, 401, 401 ) ),
			// Survey waves: the schedule and a reminder, coordinators only (no such wave: coordinators hear so).
			'GET survey waves'                    => array( 'GET', '/wayfinder/v1/survey-waves', array(), $coordinators ),
			'POST remind a survey wave'           => array( 'POST', '/wayfinder/v1/survey-waves/999999/remind', array(), array( 401, 403, 403, 403, 403, 403, 404, 404 ) ),
			// Credentials: what every certificate points to, and verification, are public (verifiers anywhere need no account).
			'GET the credentials issuer'          => array( 'GET', '/wayfinder/v1/credentials/issuer', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'GET the credentials JWKS'            => array( 'GET', '/wayfinder/v1/credentials/jwks', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'GET a signing key'                   => array( 'GET', '/wayfinder/v1/credentials/keys/{kid}', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'GET a badge’s achievement'           => array( 'GET', '/wayfinder/v1/credentials/achievements/{badge}', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'GET the status list'                 => array( 'GET', '/wayfinder/v1/credentials/status', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'POST verify a credential'            => array( 'POST', '/wayfinder/v1/credentials/verify', array( 'credential' => '{token}' ), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'GET a stored credential’s checks'    => array( 'GET', '/wayfinder/v1/credentials/{credential}', array(), array( 200, 200, 200, 200, 200, 200, 200, 200 ) ),
			'GET the signing keys'                => array( 'GET', '/wayfinder/v1/credentials/keys', array(), $coordinators ),
			'POST rotate the signing key'         => array( 'POST', '/wayfinder/v1/credentials/keys/rotate', array(), array( 401, 403, 403, 403, 403, 403, 201, 201 ) ),
			// The mentee's award: hers and the coordinators' only; anyone else is told there is none.
			'GET download an award’s credential'  => array( 'GET', '/wayfinder/v1/awards/{award}/credential', array( 'format' => 'json' ), array( 401, 404, 200, 404, 404, 404, 200, 200 ) ),
			// Badge awards: coordinators only (no such badge or award: coordinators hear so).
			'GET badge awards'                    => array( 'GET', '/wayfinder/v1/awards', array(), $coordinators ),
			'POST award a badge by hand'          => array(
				'POST',
				'/wayfinder/v1/awards',
				array(
					'badge'    => 999999,
					'user'     => '{mentee}',
					'evidence' => 'Ran the translation sprint.',
				),
				array( 401, 403, 403, 403, 403, 403, 404, 404 ),
			),
			'POST revoke a badge award'           => array( 'POST', '/wayfinder/v1/awards/999999/revoke', array( 'reason' => 'A mistake.' ), array( 401, 403, 403, 403, 403, 403, 404, 404 ) ),
		);
	}

	/** @return iterable<string, array{0: string}> */
	/** @return iterable<string, array{0: list<string>}> The routes a case each feature (the path's first part). */
	public static function cases(): iterable {
		$features = array();
		foreach ( self::matrix() as $route => $row ) {
			$features[ preg_match( '#^/wayfinder/v1/([^/]+)#', $row[1], $m ) ? $m[1] : $row[1] ][] = $route;
		}
		foreach ( $features as $feature => $routes ) {
			yield $feature => array( $routes );
		}
	}

	/**
	 * A small program: a mentor with a proposed match (and a spare mentor for backup), a newcomer
	 * waiting for any mentor, another without a mentor, and one person of every other kind.
	 *
	 * @return array<string, int|string> IDs by name, and the mentee's feed address (a string).
	 */
	private function program(): array {
		$people   = array(
			'anonymous'   => 0,
			'subscriber'  => $this->make_user( 'subscriber' ),
			'mentee'      => $this->make_user( 'subscriber' ),
			'mentor'      => $this->make_user( 'wayfinder_mentor' ),
			'backup'      => $this->make_user( 'wayfinder_mentor' ),
			'reviewer'    => $this->make_user( 'wayfinder_reviewer' ),
			'team_rep'    => $this->make_user( 'wayfinder_team_rep' ),
			'coordinator' => $this->make_user( 'wayfinder_coordinator' ),
			'admin'       => $this->make_user( 'administrator' ),
			'waiting'     => $this->make_user( 'subscriber' ),
			'newcomer'    => $this->make_user( 'subscriber' ),
			'applicant'   => $this->make_user( 'subscriber' ),
		);
		$profiles = new ProfileRepository();
		foreach ( array( 'mentor', 'backup' ) as $mentor ) {
			$profiles->save( new Profile( $people[ $mentor ], 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), 'I mentor.', 3 ) );
		}
		$mentee            = new Profile( $people['mentee'], 'Africa/Lagos', array( 'en' ), array( 'core' ), array(), array( array( 2, '17:00', '21:00' ) ), 'New here.' );
		$mentee->sponsored = true;
		$profiles->save( $mentee );
		$people['match']   = (int) ( new MatchService() )->start( $people['mentee'], $people['mentor'], 'coordinator', $people['coordinator'], 'proposed' );
		$people['request'] = (int) ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $people['waiting'] );
		$team              = get_page_by_path( 'polyglots', OBJECT, 'wayfinder_team' );
		$people['team']    = $team instanceof \WP_Post ? $team->ID : 0;
		$people['quiz']    = \Wayfinder\Orientation\QuizSeeder::default_quiz_id();
		$people['cohort']  = (int) wp_insert_post(
			array(
				'post_type'   => \Wayfinder\Cohorts\CohortPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Autumn cohort',
				'meta_input'  => array(
					\Wayfinder\Cohorts\CohortPostType::START_DATE => '2027-09-06',
					\Wayfinder\Cohorts\CohortPostType::END_DATE   => '2027-10-03',
					\Wayfinder\Cohorts\CohortPostType::STAGE      => 'running',
					\Wayfinder\Cohorts\CohortPostType::MODES      => array( 'one_to_one', 'project_group' ),
					\Wayfinder\Cohorts\CohortPostType::TRAINING   => array(
						array(
							'title' => 'Contributing',
							'url'   => 'https://learn.example.org/contribute',
						),
					),
				),
			)
		);
		$this->assertInstanceOf( \Wayfinder\Cohorts\CohortMember::class, ( new \Wayfinder\Cohorts\Enrolment() )->enrol( $people['cohort'], $people['mentee'], 'mentee', 'project_group', $people['coordinator'] ) );
		// The mentee's cohort work: the mentor leads their project group, so they plan her 1:1s; an item done, a goal, a check-in asked.
		$this->assertInstanceOf( \Wayfinder\Cohorts\CohortMember::class, ( new \Wayfinder\Cohorts\Enrolment() )->enrol( $people['cohort'], $people['mentor'], 'mentor', '', $people['coordinator'] ) );
		$this->assertInstanceOf( \Wayfinder\Cohorts\CohortMember::class, ( new \Wayfinder\Cohorts\CohortPairing() )->group( $people['cohort'], $people['mentee'], $people['mentor'] ) );
		$people['item'] = \Wayfinder\Training\TrainingItem::key_of( 'https://learn.example.org/contribute' );
		$this->assertIsArray( ( new \Wayfinder\Training\TrainingService() )->mark_done( $people['cohort'], $people['item'], $people['mentee'] ) );
		$goal = ( new \Wayfinder\Plans\PlanService() )->add(
			$people['cohort'],
			$people['mentee'],
			array(
				'what' => 'Triage ten tickets.',
				'due'  => '2027-10-20',
			),
			$people['mentee']
		);
		$this->assertInstanceOf( \Wayfinder\Plans\PlanGoal::class, $goal );
		$people['goal'] = $goal->id;
		$checkin        = ( new \Wayfinder\CheckIns\CheckInRepository() )->ask( $people['cohort'], $people['mentee'], 1, gmdate( 'Y-m-d H:i:s' ) );
		$this->assertInstanceOf( \Wayfinder\CheckIns\CheckIn::class, $checkin );
		$people['checkin'] = $checkin->id;

		$session = ( new \Wayfinder\Sessions\SessionService() )->schedule_group(
			$people['cohort'],
			array(
				'starts'   => (int) strtotime( '2027-09-08 17:00:00 UTC' ),
				'minutes'  => 60,
				'title'    => 'Group session',
				'location' => '',
				'agenda'   => '',
			),
			$people['coordinator']
		);
		$this->assertInstanceOf( \Wayfinder\Sessions\Session::class, $session );
		$people['session'] = $session->id;
		$this->assertTrue( ( new \Wayfinder\FitCheck\FitCheckRepository() )->ask( $people['cohort'], $people['match'], $people['mentee'], 'mentee', time() ) );
		$people['fit_check'] = ( new \Wayfinder\FitCheck\FitCheckRepository() )->of_match( $people['match'] )[0]->id;
		$badge               = wp_insert_post(
			array(
				'post_type'   => \Wayfinder\Badges\BadgePostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Mentee',
				'meta_input'  => array( \Wayfinder\Badges\BadgePostType::RULE => \Wayfinder\Badges\Badge::MENTEE ),
			),
			true
		);
		$this->assertIsInt( $badge );
		$badge = \Wayfinder\Badges\BadgePostType::find( $badge );
		$this->assertNotNull( $badge );
		$award = ( new \Wayfinder\Badges\Awarding( new \Wayfinder\Badges\AwardRepository() ) )->earn( $badge, $people['mentee'], \Wayfinder\Badges\Award::FOR_MATCH, $people['match'], time() );
		$this->assertNotNull( $award );
		$people['award'] = $award->id;
		$one_to_one      = ( new \Wayfinder\Sessions\MentorSessions() )->propose_one_to_one(
			$people['cohort'],
			$people['mentee'],
			array(
				'starts'   => (int) strtotime( '2027-09-09 17:00:00 UTC' ),
				'minutes'  => 60,
				'title'    => '',
				'location' => '',
				'agenda'   => '',
			),
			$people['mentor']
		);
		$this->assertInstanceOf( \Wayfinder\Sessions\Session::class, $one_to_one );
		$people['one_to_one'] = $one_to_one->id;
		$feed                 = ( new \Wayfinder\Sessions\CalendarFeed() )->url( $people['mentee'] );
		$people['feed']       = substr( $feed, strrpos( $feed, '/' ) + 1 ); // The secret address: whoever has it reads the feed.
		$run                  = ( new \Wayfinder\Board\BoardRuns() )->start( array( $people['waiting'] ), $people['coordinator'] );
		$people['board_run']  = $run instanceof \Wayfinder\Board\BoardRun ? $run->id : 0;
		// A mentee application to the cohort, submitted (the newcomer's) and redacted by the automatic pass.
		$applications = new \Wayfinder\Applications\ApplicationRepository();
		$application  = $applications->create_draft( $people['cohort'], $people['newcomer'], 'mentee', time() );
		$applications->update(
			$application->id,
			array(
				'status'       => 'submitted',
				'stage'        => 'screening',
				'answers'      => '{"motivation":"I want to learn and help translate."}',
				'submitted_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			time()
		);
		$submitted = $applications->find( $application->id );
		$cohort    = \Wayfinder\Cohorts\CohortPostType::find( $people['cohort'] );
		$this->assertNotNull( $submitted );
		$this->assertNotNull( $cohort );
		\Wayfinder\Platform\Events::dispatch( new \Wayfinder\Applications\Events\ApplicationSubmitted( $submitted, $cohort ) );
		$people['screened'] = $application->id;
		$this->assertGreaterThan( 0, $people['match'] );
		$this->assertGreaterThan( 0, $people['request'] );
		$this->assertGreaterThan( 0, $people['team'], 'the seeded teams are there' );
		$this->assertGreaterThan( 0, $people['board_run'] );
		// An application in blind review: the reviewer (the only one who may review) is assigned.
		$applications = new \Wayfinder\Applications\ApplicationRepository();
		$application  = $applications->create_draft( $people['cohort'], $people['applicant'], \Wayfinder\Applications\Application::MENTEE, time() );
		$applications->update(
			$application->id,
			array(
				'status'      => \Wayfinder\Applications\Application::SUBMITTED,
				'stage'       => \Wayfinder\Applications\Application::REVIEW,
				'released_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			time()
		);
		\Wayfinder\Platform\Events::dispatch( new \Wayfinder\Applications\Events\ApplicationReleased( $application, \Wayfinder\Cohorts\CohortPostType::find( $people['cohort'] ) ) );
		$people['application'] = $application->id;
		$people['review']      = ( new \Wayfinder\Applications\ReviewRepository() )->of_application( $application->id )[0]->id;
		// A contribution of the mentee's for Polyglots, whose representative is team_rep.
		update_post_meta( $people['team'], \Wayfinder\Teams\TeamPostType::REPRESENTATIVES, array( $people['team_rep'] ) );
		$contribution = ( new \Wayfinder\Contributions\ContributionService() )->add(
			(int) $people['mentee'],
			array(
				'kind'           => 'translation',
				'team'           => 'polyglots',
				'url'            => 'https://translate.example.org/mentee',
				'summary'        => 'Translated strings.',
				'contributed_on' => '2026-01-05',
			),
			(int) $people['mentee'],
			time()
		);
		$this->assertInstanceOf( \Wayfinder\Contributions\Contribution::class, $contribution );
		$people['contribution'] = $contribution->id;
		$this->sent_mail        = array();
		// Hand-offs: the team representative represents Polyglots; the mentee chose it, the applicant's was sent to it.
		update_post_meta( $people['team'], \Wayfinder\Teams\TeamPostType::REPRESENTATIVES, array( $people['team_rep'] ) );
		$handoffs = new \Wayfinder\Handoffs\HandoffRepository();
		$this->assertTrue( $handoffs->choose( $people['mentee'], $people['cohort'], 'polyglots', time() ) );
		$this->assertTrue( $handoffs->choose( $people['applicant'], $people['cohort'], 'polyglots', time() ) );
		$sent = ( new \Wayfinder\Handoffs\HandoffService() )->send( $people['applicant'], $people['cohort'], $people['mentor'], 'Ready.', $people['mentor'], time() );
		$this->assertInstanceOf( \Wayfinder\Handoffs\Handoff::class, $sent );
		$people['handoff'] = $sent->id;
		$this->sent_mail   = array();
		// A survey the mentee is asked before the cohort, and the key of its personal link.
		$survey     = (int) wp_insert_post(
			array(
				'post_type'   => \Wayfinder\Surveys\SurveyPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Before the cohort',
				'meta_input'  => array(
					\Wayfinder\Surveys\SurveyPostType::WAVES     => array( 'pre' ),
					\Wayfinder\Surveys\SurveyPostType::QUESTIONS => array(
						array(
							'key'      => 'confidence',
							'type'     => 'agree',
							'text'     => 'I feel confident contributing.',
							'required' => true,
						),
					),
				),
			)
		);
		$wave       = ( new \Wayfinder\Surveys\WaveRepository() )->ensure( $survey, (int) $people['cohort'], 'pre', time(), null, time() );
		$invitation = ( new \Wayfinder\Surveys\InvitationRepository() )->invite( $wave->id, (int) $people['mentee'], 0, time(), time() + WEEK_IN_SECONDS );
		$this->assertNotNull( $invitation );
		// A badge awarded to the mentee by hand, issued as a credential on award.
		$badge = (int) wp_insert_post(
			array(
				'post_type'   => \Wayfinder\Badges\BadgePostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Contributor day helper',
				'meta_input'  => array( \Wayfinder\Badges\BadgePostType::RULE => \Wayfinder\Badges\Badge::BY_HAND ),
			)
		);
		$award = ( new \Wayfinder\Badges\Awarding( new \Wayfinder\Badges\AwardRepository() ) )->award_by_hand( \Wayfinder\Badges\BadgePostType::find( $badge ), (int) $people['mentee'], 'Helped at a contributor day.', (int) $people['coordinator'], time() );
		$this->assertInstanceOf( \Wayfinder\Badges\Award::class, $award );
		$credential = ( new \Wayfinder\Credentials\CredentialRepository() )->current_for_award( $award->id );
		$this->assertNotNull( $credential );
		$people['badge']             = $badge;
		$people['award']             = $award->id;
		$people['credential']        = $credential->uuid;
		$people['kid']               = $credential->kid;
		$people['token']             = $credential->token;
		$this->sent_mail             = array();
		$people['survey_invitation'] = $invitation->id;
		$people['survey_key']        = \Wayfinder\Surveys\InvitationToken::key( $invitation );
		// A mentees' survey and a team representatives' survey (published, no answers yet).
		foreach ( array(
			'survey'     => \Wayfinder\Surveys\Survey::MENTEES,
			'rep_survey' => \Wayfinder\Surveys\Survey::TEAM_REPS,
		) as $name => $audience ) {
			$survey = wp_insert_post(
				array(
					'post_type'   => \Wayfinder\Surveys\SurveyPostType::POST_TYPE,
					'post_status' => 'publish',
					'post_title'  => 'Survey',
					'meta_input'  => array( \Wayfinder\Surveys\SurveyPostType::AUDIENCE => $audience ),
				),
				true
			);
			$this->assertIsInt( $survey );
			$people[ $name ] = $survey;
		}
		return $people;
	}

	/**
	 * @param array<string, int|string> $ids
	 * @return mixed
	 */
	private static function fill( $value, array $ids ) {
		if ( is_array( $value ) ) {
			return array_map( static fn ( $each ) => self::fill( $each, $ids ), $value );
		}
		if ( is_string( $value ) && preg_match( '/^\{(\w+)\}$/', $value, $m ) ) {
			return $ids[ $m[1] ];
		}
		return is_string( $value ) ? preg_replace_callback( '/\{(\w+)\}/', static fn ( array $m ): string => (string) $ids[ $m[1] ], $value ) : $value;
	}

	/**
	 * Each route of a feature and each caller in turn on one program (made once a feature: making it
	 * is most of the time), each inside a savepoint rolled back after it, with the caches a new test
	 * would have fresh.
	 *
	 * @dataProvider cases
	 * @param list<string> $routes
	 */
	public function test_each_route_allows_or_refuses_each_caller_as_documented( array $routes ): void {
		$this->assertNotEmpty( $routes );
		$ids    = $this->program();
		$matrix = self::matrix();
		$wrong  = array();
		foreach ( $routes as $route ) {
			list( $method, $path, $params, $expected ) = $matrix[ $route ];
			foreach ( self::CALLERS as $n => $caller ) {
				\Wayfinder\Platform\Transaction::begin();
				try {
					$response = $this->rest( $method, (string) self::fill( $path, $ids ), (array) self::fill( $params, $ids ), $ids[ $caller ] );
					$problem  = $this->refusal_problem( $response, $expected[ $n ] ) ?? $this->email_shown( $response, $ids );
					if ( null !== $problem ) {
						$wrong[] = "$route as $caller: $problem";
					}
				} finally {
					\Wayfinder\Platform\Transaction::rollback();
					$this->fresh_caches();
				}
			}
		}
		$this->assertSame( array(), $wrong );
	}

	/** What is wrong with the answer's status or refusal, or null. */
	private function refusal_problem( \WP_REST_Response $response, int $expected ): ?string {
		if ( $expected !== $response->get_status() ) {
			return sprintf( 'expected %d, got %d: %s', $expected, $response->get_status(), wp_json_encode( $response->get_data() ) );
		}
		if ( $response->get_status() < 400 ) {
			return null;
		}
		$data = $response->get_data();
		if ( 1 !== preg_match( '/^(wayfinder_|rest_)/', (string) ( $data['code'] ?? '' ) ) ) {
			return 'the refusal carries no code';
		}
		return '' === trim( (string) ( $data['message'] ?? '' ) ) ? 'the refusal carries no message a person can act on' : null;
	}

	/**
	 * Nobody's email address ever leaves the site through the API, not even to coordinators.
	 *
	 * @param array<string, int|string> $ids
	 */
	private function email_shown( \WP_REST_Response $response, array $ids ): ?string {
		$json = (string) wp_json_encode( $response->get_data() );
		foreach ( $ids as $name => $user_id ) {
			$user = in_array( $name, array( 'match', 'request', 'team', 'quiz', 'board_run', 'cohort', 'session', 'feed', 'item', 'goal', 'checkin', 'fit_check', 'application', 'review', 'screened', 'contribution', 'handoff', 'survey_invitation', 'survey_key', 'survey', 'rep_survey', 'badge', 'award', 'credential', 'kid', 'token' ), true ) ? false : get_userdata( (int) $user_id );
			if ( $user && str_contains( $json, $user->user_email ) ) {
				return "shows the email of $name";
			}
		}
		return null;
	}

	/** The caches a new test starts with (TestCase::tearDown's). */
	private function fresh_caches(): void {
		wp_cache_flush();
		wp_roles()->for_site();
		wp_set_current_user( 0 );
		$_GET = array();
		// The REST server is kept: its routes are the same for every caller, and making it again is a quarter of the time.
	}

	/** @return iterable<string, array{0: string, 1: bool}> */
	public static function private_readers(): iterable {
		foreach ( self::CALLERS as $caller ) {
			yield $caller => array( $caller, in_array( $caller, array( 'mentee', 'mentor', 'coordinator', 'admin' ), true ) );
		}
	}

	/** @dataProvider private_readers */
	public function test_private_profile_fields_reach_only_the_person_their_partner_and_coordinators( string $caller, bool $allowed ): void {
		$ids = $this->program();

		$mentor = $this->rest( 'GET', '/wayfinder/v1/profiles/' . $ids['mentor'], array(), $ids[ $caller ] )->get_data();
		$mentee = $this->rest( 'GET', '/wayfinder/v1/profiles/' . $ids['mentee'], array(), $ids[ $caller ] );

		$this->assertSame( 'I mentor.', $mentor['intro'], 'a mentor’s public fields are public' );
		$this->assertSame( $allowed, array_key_exists( 'sponsored', $mentor ), 'sponsored flag' );
		$this->assertSame( $allowed, array_key_exists( 'mentee', $mentor ), 'mentee settings' );
		$this->assertSame( $allowed ? 200 : 404, $mentee->get_status() );
		if ( $allowed ) {
			$this->assertTrue( $mentee->get_data()['sponsored'] );
		}
	}

	public function test_lists_carry_only_what_the_caller_is_part_of(): void {
		$ids   = $this->program();
		$other = (int) ( new MatchService() )->start( $ids['newcomer'], $ids['backup'], 'auto', 0 );
		$list  = fn ( string $route, string $caller, array $params = array() ): array => array_column( $this->rest( 'GET', $route, $params, $ids[ $caller ] )->get_data(), 'id' );

		$this->assertSame( array( $other, $ids['match'] ), $list( '/wayfinder/v1/matches', 'coordinator' ) );
		$this->assertSame( array( $ids['match'] ), $list( '/wayfinder/v1/matches', 'mentee' ) );
		$this->assertSame( array( $ids['match'] ), $list( '/wayfinder/v1/matches', 'mentor', array( 'mentor' => $ids['mentor'] ) ) );
		$this->assertSame( array(), $list( '/wayfinder/v1/matches', 'mentor', array( 'mentor' => $ids['backup'] ) ), 'a mentor cannot list another mentor’s mentees' );
		$this->assertSame( array(), $list( '/wayfinder/v1/matches', 'subscriber', array( 'mentee' => $ids['mentee'] ) ) );

		$this->assertSame( array( $ids['request'] ), $list( '/wayfinder/v1/requests', 'mentor' ), 'mentors see who waits for any mentor' );
		$this->assertSame( array( $ids['request'] ), $list( '/wayfinder/v1/requests', 'waiting' ) );
		foreach ( array( 'subscriber', 'mentee', 'reviewer', 'team_rep' ) as $outsider ) {
			$this->assertSame( array(), $list( '/wayfinder/v1/requests', $outsider ), "$outsider sees no one else’s requests" );
		}
	}

	public function test_collections_page_with_total_headers(): void {
		$ids = $this->program();
		foreach ( array( 'one', 'two' ) as $unused ) {
			( new RequestService() )->create( array( 'type' => 'mentee_request' ), $this->make_user( 'subscriber' ) );
		}

		$first  = $this->rest( 'GET', '/wayfinder/v1/requests', array( 'per_page' => 2 ), $ids['coordinator'] );
		$second = $this->rest(
			'GET',
			'/wayfinder/v1/requests',
			array(
				'per_page' => 2,
				'page'     => 2,
			),
			$ids['coordinator']
		);

		$this->assertSame( '3', $first->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', $first->get_headers()['X-WP-TotalPages'] );
		$this->assertCount( 2, $first->get_data() );
		$this->assertSame( array( $ids['request'] ), array_column( $second->get_data(), 'id' ), 'oldest last' );
		$this->assertSame( 400, $this->rest( 'GET', '/wayfinder/v1/requests', array( 'per_page' => 500 ), $ids['coordinator'] )->get_status() );
	}
}
