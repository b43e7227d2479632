/** Shapes of the wayfinder/v1 REST resources, shared by the admin app and blocks. */

export interface RoleCount {
	role: string;
	label: string;
	count: number;
}

/** The program at a glance, as /status reports it. */
export interface ProgramFigures {
	waiting: {
		count: number;
		longest: {
			mentee: number;
			name: string;
			since: string;
			request: number;
		} | null;
	};
	open_requests: number;
	/** The ways a match starts today (no cohorts yet), and any other source that has matches. */
	matches: Partial< Record< MatchSource, number > >;
	proposed: number;
	mentors: {
		total: number;
		away: number;
		free: number;
		some: number;
		full: number;
		mentees: number;
		places: number;
	};
	/** Each published team: its mentors, those with room now, who waits in it; a gap when people wait and nobody has room. */
	teams: TeamCoverage[];
	waiting_in_no_team: number;
}

export interface TeamCoverage {
	team: string;
	name: string;
	mentors: number;
	with_room: number;
	waiting: number;
	gap: boolean;
}

/** One step of the setup checklist, in sentences from the server. */
export interface SetupStep {
	id: 'pages' | 'registration' | 'coordinators' | 'teams';
	done: boolean;
	title: string;
	detail: string;
	link: string | null;
	link_label: string | null;
}

export interface ProgramStatus {
	version: string;
	wordpress_version: string;
	php_version: string;
	database: 'mysql' | 'sqlite';
	people: RoleCount[];
	program: ProgramFigures;
	setup: SetupStep[];
}

export type Criterion = 'languages' | 'meeting_time' | 'teams' | 'load';

export interface MatchingSettings {
	weights: Record< Criterion, number >;
	languages_required: boolean;
	meeting_hours: number;
	fairness: number;
}

/** The subset of /wp/v2/settings that Wayfinder registers. */
export interface WayfinderSiteSettings {
	wayfinder_delete_data_on_uninstall: boolean;
	wayfinder_request_expiry_days: number;
	wayfinder_quiet_days: number;
	wayfinder_handoff_days: number;
	wayfinder_report_min_group: number;
	wayfinder_auto_assign: 'off' | 'opt_in' | 'all_new_accounts';
	wayfinder_coordinator_assigns: 'proposal' | 'request';
	wayfinder_welcome_email: boolean;
	wayfinder_welcome_email_text: string;
	wayfinder_matching: MatchingSettings;
	wayfinder_default_capacity: number;
	wayfinder_backup_mentors: boolean;
	/** The issuer named on badge certificates ('' = the site's name). */
	wayfinder_issuer_name: string;
	/** A sentence about the issuer in its published profile (optional). */
	wayfinder_issuer_description: string;
	/** Data retention, in months (0 keeps the data forever). */
	wayfinder_retention_programs_months: number;
	wayfinder_retention_applications_months: number;
	wayfinder_retention_survey_text_months: number;
	wayfinder_retention_audit_months: number;
}

/** The program's settings, as GET/POST /wayfinder/v1/settings reads and saves them (coordinators too). */
export type ProgramSettings = Omit<
	WayfinderSiteSettings,
	'wayfinder_delete_data_on_uninstall'
>;

/** A page of a collection, with WordPress's totals. */
export interface Page< T > {
	items: T[];
	total: number;
	totalPages: number;
}

export type MatchStatus = 'proposed' | 'active' | 'completed' | 'ended';
export type MatchSource =
	| 'auto'
	| 'mentee_request'
	| 'coordinator'
	| 'mentor_offer'
	| 'cohort'
	| 'backup';
export type MatchEndReason =
	| 'mentee_wants_other'
	| 'mentee_stopped'
	| 'mentor_quit'
	| 'inactivity'
	| 'completed'
	| 'other'
	| 'fit_check';

export interface Match {
	id: number;
	mentee: number;
	mentor: number;
	mentee_name: string;
	mentor_name: string;
	backup: number | null;
	source: MatchSource;
	status: MatchStatus;
	end_reason: string;
	/** Whether the mentor of this running match is away now. */
	mentor_away: boolean;
	/** The mentor's last day away; null when not away or no date given. */
	mentor_away_until: string | null;
	/** The backup mentor covering while the mentor is away, by name. */
	covering_mentor: string | null;
	/** Only in the answer to ending, declining or moving a match. */
	next?: MatchNextStep;
	created_at: string;
	updated_at: string;
}

/** What happens next for the mentee after a match ended. */
export interface MatchNextStep {
	status: 'matched' | 'proposed' | 'requested' | 'waiting' | 'none';
	mentor: number | null;
	mentor_name: string | null;
	position: number | null;
	/** A sentence, e.g. "Jonas Weber will get a new mentor: …". */
	message: string;
}

export type RequestType =
	'mentee_request' | 'coordinator_request' | 'mentor_offer';

export interface MentoringRequest {
	id: number;
	type: RequestType;
	mentee: number;
	mentor: number | null;
	mentee_name: string;
	mentor_name: string | null;
	/** The mentee asked for any mentor (also once a mentor took it). */
	any_mentor: boolean;
	team: string;
	language: string;
	message: string;
	status: 'open' | 'accepted' | 'declined' | 'cancelled' | 'expired';
	match: number | null;
	created_by: number;
	/** Null for a request for any mentor, which never expires. */
	expires_at: string | null;
	created_at: string;
}

/** A mentee–mentor pair as the engine scored it, with one reason per criterion. */
export interface ScoredPair {
	mentee: number;
	mentee_name: string;
	mentor: number;
	mentor_name: string;
	score: number;
	reasons: Record< string, string >;
}

export interface Suggestions {
	mentee: number;
	suggestions: ScoredPair[];
	reason: string | null;
}

export interface BoardRun {
	pairs: ScoredPair[];
	unmatched: Array< { mentee: number; mentee_name: string; reason: string } >;
	mentors: Array< { id: number; name: string; free: number } >;
}

/** A board run too big to answer at once, running in the background (POST /board/run's 202, GET /board/runs/<id>). */
export interface BoardRunJob {
	id: number;
	status: 'queued' | 'running' | 'done' | 'failed';
	progress: { done: number; total: number; message: string };
	created_by: number;
	created_at: string;
	/** When done: what a run answers at once. */
	result?: BoardRun;
	/** When failed: why, and what to do. */
	error?: string;
}

export interface BoardCommit {
	mode: 'proposal' | 'request' | 'cohort';
	saved: Array< {
		mentee: number;
		mentor: number;
		match?: number;
		request?: number;
	} >;
	failed: Array< {
		mentee: number;
		mentor: number;
		code: string;
		message: string;
	} >;
}

export type PeopleRole = 'mentors' | 'mentees';
export type MentorStatus = 'available' | 'away' | 'retired';
export type MenteeStatus = 'waiting' | 'matched' | 'none';
export type MentorWeight = 'none' | 'low' | 'normal' | 'high';

/**
 * A row of GET /people: a mentor (capacity … away_until set) or a mentee (mentor … waiting_since
 * set); the other side's fields are null.
 */
export interface Person {
	id: number;
	name: string;
	role: 'mentor' | 'mentee';
	status: MentorStatus | MenteeStatus;
	capacity: number | null;
	load: number | null;
	weight: MentorWeight | null;
	away_until: string | null;
	mentor: number | null;
	mentor_name: string | null;
	match: number | null;
	match_status: 'proposed' | 'active' | null;
	source: MatchSource | null;
	waiting_since: string | null;
	last_activity: string | null;
}

export interface MentorSettings {
	capacity: number;
	weight: MentorWeight;
	status: MentorStatus;
	/** The last day away, inclusive, in the mentor's time zone. */
	away_until: string | null;
	/** Another mentor who covers while this one is away (the person and coordinators see it). */
	backup_mentor?: number | null;
}

/** GET /profiles/<id> as a coordinator reads it (mentee settings and sponsored included). */
export interface Profile {
	id: number;
	name: string;
	timezone: string;
	languages: string[];
	teams: string[];
	skills: string[];
	availability: Array< [ number, string, string ] >;
	intro: string;
	mentor: MentorSettings | null;
	mentee?: {
		seeking: boolean;
		preferred_mentor: number | null;
		preferred_team: string;
		preferred_language: string;
	};
	sponsored?: boolean;
}

/** What a coordinator changes on someone's profile from the People screen. */
export interface ProfileUpdate {
	mentor?: Partial< MentorSettings >;
	sponsored?: boolean;
}

/** One entry of the audit trail (GET /events). */
export interface AuditEvent {
	id: number;
	object_type: 'match' | 'request';
	object_id: number;
	action: string;
	/** What happened, as a translated sentence for people. */
	summary: string;
	actor: number;
	actor_name: string;
	reason: string;
	details: Record< string, unknown > | null;
	created_at: string;
}

export interface Reassignment {
	ended: Match;
	match: number | null;
	request: number | null;
}

/** A team as WordPress's posts controller returns it, with Wayfinder's fields. */
export interface Team {
	id: number;
	slug: string;
	title: { rendered: string };
	link: string;
	meta: {
		wayfinder_accepts_newcomers: boolean;
		wayfinder_handbook_url: string;
		wayfinder_learn_url: string;
		wayfinder_chat_channel: string;
		wayfinder_representatives: number[];
	};
	representative_names: Array< { id: number; name: string } >;
}

export type CohortMode = 'one_to_one' | 'project_group' | 'group_only';
export type CohortStage = 'draft' | 'open' | 'running' | 'finished';

/** A cohort from /wayfinder/v1/cohorts (context=edit): the post and its fields. */
export interface CohortPost {
	id: number;
	status: string;
	title: { rendered: string };
	link: string;
	meta: {
		wayfinder_start_date: string;
		wayfinder_end_date: string;
		wayfinder_seats: number;
		wayfinder_mentor_places: number;
		wayfinder_reserved_seats: number;
		wayfinder_modes: CohortMode[];
		wayfinder_one_to_one_sessions: number;
		wayfinder_group_sessions: number;
		wayfinder_training: Array< { title: string; url: string } >;
		wayfinder_teams: string[];
		wayfinder_stage: CohortStage;
	};
	/** Places taken (coordinators only). */
	places: { mentee: number; mentor: number };
}

/** A place in a cohort, from /cohorts/<id>/members. */
export interface CohortMember {
	id: number;
	cohort: number;
	user: number;
	name: string;
	role: 'mentee' | 'mentor';
	mode: CohortMode | '';
	mode_label: string;
	status: 'enrolled' | 'withdrawn';
	/** For a project-group mentee, the mentor whose group they are in (0: none yet). */
	leader: number;
	enrolled_at: string;
}

/** A cohort's mentee with their mentor and progress, from /cohorts/<id>/progress. */
export interface CohortProgressRow {
	user: number;
	name: string;
	mode: CohortMode;
	mode_label: string;
	mentor: number;
	mentor_name: string;
	one_to_ones: { done: number; required: number };
	group_sessions: { done: number; required: number };
	training_done: number;
	plan_goals: number;
	plan_done: number;
	checkins_answered: number;
	last_activity: string | null;
	warning: string;
	warning_label: string;
	warning_since: string | null;
}

/** A re-match after the fit check, from POST /cohorts/<id>/rematch. */
export interface CohortRematch {
	/** The match that ended (reason fit_check). */
	ended: number;
	/** The new match. */
	match: number;
	mentor: number;
	mentor_name: string;
	message: string;
}

/** A cohort's session, from /cohorts/<id>/sessions. */
export interface CohortSession {
	id: number;
	cohort: number;
	kind: 'group' | 'one_to_one';
	title: string;
	/** UTC, e.g. 2027-03-09T17:00:00Z. */
	starts: string;
	minutes: number;
	location: string;
	agenda: string;
	status: 'scheduled' | 'cancelled';
	sequence: number;
	invitation: string;
}

/** POST /mentoring-state/me/find-mentor: a mentor now, or a place in the queue and why. */
export interface FindMentorResult {
	status: 'matched' | 'waiting';
	match?: number;
	mentor?: number;
	reasons?: Record< string, string >;
	reason?: string;
	position?: number;
}

/** The fields of PATCH /profiles/me that a person's own profile form sends (the My mentorship block). */
export type OwnProfileUpdate = Pick<
	Profile,
	'timezone' | 'languages' | 'teams' | 'skills' | 'intro' | 'availability'
> & {
	/** The backup mentor may also be named by user name or email address when saving. */
	mentor?: Omit< MentorSettings, 'backup_mentor' > & {
		backup_mentor?: number | string | null;
	};
};

/** A page as /wp/v2/pages lists it with _fields=id,title. */
export interface PageSummary {
	id: number;
	title: { rendered: string };
}

/** A mentor in the public directory (GET /mentors): public profile fields only. */
export interface MentorListing {
	id: number;
	name: string;
	intro: string;
	timezone: string;
	languages: string[];
	teams: string[];
	availability: Array< [ number, string, string ] >;
	status: 'available' | 'away' | 'full';
	away_until: string | null;
	avatar: string | null;
}

/** The directory's filters, as GET /mentors takes them. */
export interface MentorQuery {
	page?: number;
	per_page?: number;
	team?: string;
	language?: string;
	meets?:
		| 'weekday-mornings'
		| 'weekday-afternoons'
		| 'weekday-evenings'
		| 'weekends';
	tz?: string;
	room?: boolean;
	search?: string;
}

/** What POST /requests takes for a mentee asking for a mentor (a named one, or any). */
export interface MenteeRequestInput {
	type: 'mentee_request';
	mentor?: number;
	team?: string;
	language?: string;
	message?: string;
}

/** A cohort mentee whose early warning needs a coordinator, from /cohorts/warnings. */
export interface CohortWarning {
	cohort: number;
	cohort_name: string;
	user: number;
	name: string;
	warning: string;
	warning_label: string;
	since: string | null;
}

/** Stage 1 of blind selection: what the automatic pass (or a screener) took out of an answer. */
export type RedactionKind =
	| 'name'
	| 'username'
	| 'email'
	| 'url'
	| 'handle'
	| 'phone'
	| 'place'
	| 'gendered';

/** Kind => how many were replaced (only kinds found). */
export type Replacements = Partial< Record< RedactionKind, number > >;

/** A submitted mentee application's stage. */
export type ApplicationStage = 'screening' | 'review' | 'decided';

/** GET /screening/cohorts: a cohort with submitted mentee applications. */
export interface ScreeningCohort {
	id: number;
	title: string;
	to_screen: number;
	released: number;
	total: number;
}

/** A cohort's screening progress: released of total. */
export interface ScreeningProgress {
	to_screen: number;
	released: number;
	total: number;
}

/** One application in a cohort's screening queue (no names). */
export interface ScreeningQueueItem {
	id: number;
	pseudonym: string;
	/** "Applicant 7F3K" (for the screener's own application: says so, and pseudonym is ''). */
	label: string;
	/** The screener's own application: another screener screens it. */
	own: boolean;
	submitted_at: string | null;
	stage: ApplicationStage;
	replacements: Replacements;
	edits: number;
	edited: boolean;
}

/** GET /cohorts/<id>/screening. */
export interface ScreeningQueue {
	cohort: { id: number; title: string };
	progress: ScreeningProgress;
	items: ScreeningQueueItem[];
	total: number;
	pages: number;
}

/** One answer: the original beside its redacted text. */
export interface ScreeningQuestion {
	key: string;
	label: string;
	original: string;
	/** null: the automatic pass has not filled it. */
	redacted: string | null;
	replacements: Replacements;
	edited: boolean;
}

/** One recorded edit of an answer's redacted text. */
export interface ScreeningEdit {
	id: number;
	field: string;
	label: string;
	/** '' when the editor's account is gone. */
	editor: string;
	before: string;
	after: string;
	edited_at: string;
}

/** GET /applications/<id>/screening (and what the actions answer). */
export interface ScreeningApplication {
	id: number;
	cohort: { id: number; title: string };
	pseudonym: string;
	label: string;
	/** For the screener's reference only; reviewers never get it. */
	applicant: { name: string };
	stage: ApplicationStage;
	mode: string;
	teams: string[];
	languages: string[];
	submitted_at: string | null;
	released_at: string | null;
	released_by: string;
	questions: ScreeningQuestion[];
	replacements: Replacements;
	edits: ScreeningEdit[];
	can_release: boolean;
	/** Why it cannot be released yet ('' when it can). */
	problem: string;
	/** Kind => its name for people, translated. */
	kinds: Record< RedactionKind, string >;
	/** After an action: what happened. */
	message?: string;
}

/** A decision on an application. */
export type ApplicationDecision = 'accepted' | 'waitlisted' | 'declined';

/** One mentee application in a cohort's selection, from /cohorts/<id>/applications. */
export interface SelectionRow {
	id: number;
	pseudonym: string;
	/** "Applicant 7F3K". */
	label: string;
	/** Its place in the ranking; null before its first review. */
	rank: number | null;
	/** How a tie with the applicant above was broken ('' when none). */
	tie: '' | 'spread' | 'reviews' | 'draw';
	tie_label: string;
	stage: 'review' | 'decided';
	score: number | null;
	spread: number | null;
	flagged: boolean;
	reviews_done: number;
	reviews_wanted: number;
	mode: CohortMode | '';
	mode_label: string;
	teams: string[];
	/** The teams' names, in the order of `teams`. */
	team_names: string[];
	sponsored: boolean;
	decision: ApplicationDecision | '';
	decision_label: string;
	reason: string;
	reason_label: string;
	/** Place on the waitlist. */
	position: number | null;
	told: boolean;
	/** Only once the decisions are locked. */
	name: string | null;
	email: string | null;
}

/** How many of a role's applications are at each status and stage. */
export interface ApplicationCounts {
	draft: number;
	withdrawn: number;
	screening: number;
	review: number;
	decided: number;
}

/** A cohort's selection for coordinators, from /cohorts/<id>/applications. */
export interface CohortSelection {
	cohort: {
		id: number;
		name: string;
		seats: number;
		start: string;
		end: string;
	};
	selection: {
		status: 'open' | 'locked' | 'revealed';
		locked_at: string | null;
		revealed_at: string | null;
		/** Why it cannot be locked yet ('' when it can, or once locked). */
		lock_blocker: string;
		can_lock: boolean;
		can_reveal: boolean;
	};
	counts: { mentee: ApplicationCounts; mentor: ApplicationCounts };
	reviews: {
		wanted: number;
		done: number;
		complete: number;
		flagged: number;
	};
	places: {
		seats: number;
		reserved: number;
		reserved_used: number;
		reserved_until: string;
		released: boolean;
		accepted: number;
		modes: Array< {
			mode: CohortMode;
			label: string;
			places: number | null;
			accepted: number;
		} >;
		teams: Array< {
			team: string;
			name: string;
			places: number | null;
			accepted: number;
		} >;
	};
	told: { told: number; total: number };
	/** Whether rows carry names (after the lock). */
	named: boolean;
	rows: SelectionRow[];
}

/** A review's state: waiting for scores, submitted, or set aside as a conflict of interest. */
export type ReviewStatus = 'assigned' | 'done' | 'conflict';

/** A criterion of a cohort's rubric. */
export interface RubricCriterion {
	key: string;
	label: string;
	weight: number;
}

/** A reviewer's progress in one cohort (GET /reviews). */
export interface ReviewCohortProgress {
	id: number;
	name: string;
	assigned: number;
	reviewed: number;
	/** "12 of 40 reviewed", from the server. */
	progress: string;
	/** The selection is locked: reviews no longer change. */
	locked: boolean;
}

/** One of a reviewer's reviews in their list: its own number, never the application's. */
export interface ReviewListItem {
	id: number;
	cohort: number;
	/** "Applicant 7F3K". */
	applicant: string;
	status: ReviewStatus;
}

/** GET /reviews: the reviewer's queue. */
export interface ReviewQueue {
	cohorts: ReviewCohortProgress[];
	reviews: ReviewListItem[];
}

/** GET /reviews/<id>: one blind review — the redacted answers, nothing that says whose they are. */
export interface BlindReview {
	id: number;
	cohort: number;
	cohort_name: string;
	applicant: string;
	status: ReviewStatus;
	answers: Array< { key: string; label: string; answer: string } >;
	mode: string;
	mode_label: string;
	teams: string[];
	/** Present only when the cohort shows reviewers the sponsored flag. */
	sponsored?: boolean;
	rubric: RubricCriterion[];
	scale: number;
	scores: Record< string, number >;
	notes: Record< string, string >;
	total: number | null;
	submitted_at: string | null;
	can_change: boolean;
	/** After submitting or a conflict: the next review waiting (its number), or null. */
	next?: number | null;
	/** After a conflict: what happens now, in a sentence. */
	message?: string;
}

/** What PUT /reviews/<id> and POST /reviews/<id>/submit take. */
export interface ReviewInput {
	scores: Record< string, number | null >;
	notes: Record< string, string >;
}

/** One reviewer's review of an application, as coordinators see it. */
export interface ApplicationReviewer {
	review: number;
	reviewer: number;
	name: string;
	status: ReviewStatus;
	total: number | null;
	conflict_note: string;
}

/** GET /cohorts/<id>/reviews: a cohort's blind review, for coordinators. */
export interface CohortReviews {
	cohort: number;
	scale: number;
	disagreement: number;
	/** How many people may review (see no personal data). */
	pool: number;
	flagged: number;
	applications: Array< {
		id: number;
		applicant: string;
		stage: string;
		reviews_wanted: number;
		reviews_done: number;
		score: number | null;
		spread: number | null;
		flagged: boolean;
		needs: number;
		needs_label: string;
		reviewers: ApplicationReviewer[];
	} >;
	reviewers: Array< {
		id: number;
		name: string;
		assigned: number;
		done: number;
		conflicts: number;
	} >;
}

/** POST /applications/<id>/extra-review. */
export interface ExtraReview {
	id: number;
	applicant: string;
	reviews_wanted: number;
	reviewer: number;
	message: string;
}

/** A mentor's decision on their application to mentor a cohort. */
export type MentorDecisionChoice = 'accepted' | 'declined';

/** One mentor's application to mentor a cohort (GET /cohorts/<id>/mentor-applications). */
export interface MentorApplication {
	id: number;
	user: number;
	name: string;
	/** How many mentees they could mentor in the cohort, 1–10. */
	capacity: number;
	teams: Array< { slug: string; name: string } >;
	languages: string[];
	/** 'review' until decided, then 'decided'. */
	stage: 'review' | 'decided';
	decision: '' | MentorDecisionChoice;
	submitted_at: string | null;
	decided_at: string | null;
}

export interface MentorApplications {
	cohort: number;
	name: string;
	mentor_places: number;
	mentors_apply: boolean;
	items: MentorApplication[];
}

export interface MentorDecision {
	id: number;
	cohort: number;
	stage: 'decided';
	decision: MentorDecisionChoice;
	name: string;
	message: string;
}

/** What awards a badge on its own ("by_hand": coordinators only). */
export type BadgeRule =
	| 'mentor'
	| 'mentee'
	| 'graduate'
	| 'facilitator'
	| 'team_contributor'
	| 'by_hand';

/** A badge definition as /wayfinder/v1/badges (the post type's route) gives it with context=edit. */
export interface BadgePost {
	id: number;
	status: string;
	title: { raw?: string; rendered: string };
	excerpt: { raw?: string; rendered: string };
	featured_media: number;
	meta: {
		wayfinder_badge_rule: BadgeRule;
		wayfinder_badge_team: string;
		wayfinder_badge_criteria: string;
	};
	/** The picture's URL: the featured image, else the rule's default. */
	wayfinder_image?: string;
}

/** The fields of a badge a coordinator edits. */
export interface BadgeInput {
	title: string;
	excerpt: string;
	status: 'publish' | 'draft';
	featured_media: number;
	meta: BadgePost[ 'meta' ];
}

/** One award in the coordinators' list (GET /wayfinder/v1/awards). */
export interface BadgeAward {
	id: number;
	badge: { id: number; name: string; image: string };
	person: { id: number; name: string };
	/** Why, in words ("Completed the mentorship with Mei"). */
	reason: string;
	reason_kind: 'match' | 'cohort' | 'contribution' | 'by_hand';
	object_id: number;
	evidence: string;
	awarded_at: string;
	/** Who awarded it by hand; '' when a rule did. */
	awarded_by: string;
	shown: boolean;
	revoked_at: string | null;
	revoked_by: string;
	revoke_reason: string;
}

export interface AwardFilters {
	badge: number;
	status: '' | 'standing' | 'revoked';
	search: string;
	page: number;
	per_page: number;
}

/** A signing key of the site's certificates (GET /wayfinder/v1/credentials/keys); never its private part. */
export interface SigningKey {
	kid: string;
	alg: string;
	created_at: string;
	retired_at: string | null;
	/** How many credentials it signed. */
	signed: number;
}

/** The issuer's settings (through /wayfinder/v1/settings). */
export interface IssuerSettings {
	wayfinder_issuer_name: string;
	wayfinder_issuer_description: string;
}
