<?php
/**
 * Wayfinder's own tables, created and upgraded with dbDelta behind a schema version, so a site moves
 * from any earlier version to the current one. The SQL stays within what the SQLite driver of
 * WordPress Playground translates.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Schema {

	public const VERSION        = 24;
	public const VERSION_OPTION = 'wayfinder_schema_version';

	/** The action after the tables were created or changed; features hang their data steps on it. */
	public const MIGRATED = 'wayfinder_schema_migrated';

	public static function profiles_table(): string {
		return self::table( 'profiles' );
	}

	public static function matches_table(): string {
		return self::table( 'matches' );
	}

	public static function requests_table(): string {
		return self::table( 'requests' );
	}

	public static function events_table(): string {
		return self::table( 'events' );
	}

	/** Which waiting mentees a mentor passed on (not shown to them again). */
	public static function passes_table(): string {
		return self::table( 'passes' );
	}

	/** Anonymous weekly counts of the orientation quiz (see Orientation\QuizCounts). */
	public static function quiz_counts_table(): string {
		return self::table( 'quiz_counts' );
	}

	/** Per-client counters of the quiz's rate limit (see Orientation\RateLimitRepository). */
	public static function rate_limits_table(): string {
		return self::table( 'rate_limits' );
	}

	/** The matching board's background runs (see Board\BoardRunRepository). */
	public static function board_runs_table(): string {
		return self::table( 'board_runs' );
	}

	/** Each profile's teams and languages, one row each, so the directory's filters are index lookups (see Profiles\FacetRepository). */
	public static function facets_table(): string {
		return self::table( 'facets' );
	}

	/** The queue for any mentor by language, so a mentor's list reads only whom it can show (see Mentorship\WaitingLanguages). */
	public static function waiting_languages_table(): string {
		return self::table( 'waiting_languages' );
	}

	/** Each word of each profile's name, so a search of the People lists reads only whom it finds (see Profiles\NameWords). */
	public static function name_words_table(): string {
		return self::table( 'name_words' );
	}

	/** Who holds a place in which cohort (see Cohorts\CohortMemberRepository). */
	public static function cohort_members_table(): string {
		return self::table( 'cohort_members' );
	}

	/** How many places each cohort has taken per role: the counter that keeps enrolments within the places. */
	public static function cohort_places_table(): string {
		return self::table( 'cohort_places' );
	}

	/** A cohort's sessions (see Sessions\SessionRepository). */
	public static function sessions_table(): string {
		return self::table( 'sessions' );
	}

	/** Who attended which session (see Sessions\AttendanceRepository). */
	public static function session_attendance_table(): string {
		return self::table( 'session_attendance' );
	}

	/** Which training items each cohort mentee has done, and who confirmed them (see Training\TrainingRepository). */
	public static function training_progress_table(): string {
		return self::table( 'training_progress' );
	}

	/** The goals of each cohort mentee's three-month plan (see Plans\PlanRepository). */
	public static function plan_goals_table(): string {
		return self::table( 'plan_goals' );
	}

	/** The weekly check-ins of cohort mentees, and their answers (see CheckIns\CheckInRepository). */
	public static function checkins_table(): string {
		return self::table( 'checkins' );
	}

	/** Each side's answer to the week-one fit check of a cohort pair (see FitCheck\FitCheckRepository). */
	public static function fit_checks_table(): string {
		return self::table( 'fit_checks' );
	}

	/** Applications to a cohort, as mentee or mentor: one per person per cohort (see Applications\ApplicationRepository). */
	public static function applications_table(): string {
		return self::table( 'applications' );
	}

	/** Every edit a screener made to an application's redacted text (see Applications\Screening). */
	public static function application_edits_table(): string {
		return self::table( 'application_edits' );
	}

	/** Blind reviews: one reviewer's scores of one application (see Applications\Review). */
	public static function reviews_table(): string {
		return self::table( 'reviews' );
	}

	/** Where each cohort's selection is: open, locked, revealed (see Applications\Selection). */
	public static function selections_table(): string {
		return self::table( 'selections' );
	}

	/** A person's contributions: added by hand, from this site's activity, or from GitHub. */
	public static function contributions_table(): string {
		return self::table( 'contributions' );
	}

	/** A person's linked GitHub account (by GitHub's numeric user ID, which never changes). */
	public static function github_accounts_table(): string {
		return self::table( 'github_accounts' );
	}

	/** The GitHub repositories that send webhooks, each with its team and its own secret. */
	public static function github_repos_table(): string {
		return self::table( 'github_repos' );
	}

	/** GitHub deliveries already taken (X-GitHub-Delivery), so a replay records nothing. */
	public static function github_deliveries_table(): string {
		return self::table( 'github_deliveries' );
	}

	/** A graduate's hand-off to a team: the team chosen, the introduction, who accepted it, the contact. */
	public static function handoffs_table(): string {
		return self::table( 'handoffs' );
	}

	/** Each version of a survey's questions; answers keep the version they were given to (see Surveys\SurveyVersions). */
	public static function survey_versions_table(): string {
		return self::table( 'survey_versions' );
	}

	/** A survey asked at one point of a program: a cohort's pre, post or follow-up, or the 1:1 mentorships' start or completion. */
	public static function survey_waves_table(): string {
		return self::table( 'survey_waves' );
	}

	/** Who was asked in a wave, when, until when, and whether they answered (never what). */
	public static function survey_invitations_table(): string {
		return self::table( 'survey_invitations' );
	}

	/** One set of answers; linked to the person only when the survey is not anonymous. */
	public static function survey_responses_table(): string {
		return self::table( 'survey_responses' );
	}

	/** Each answer of a response: a number (scale, NPS), a choice (one row per chosen option) or a text. */
	public static function survey_answers_table(): string {
		return self::table( 'survey_answers' );
	}

	/** Each person's outcome after a cohort or a 1:1 mentorship ended: still contributing 1, 3, 6, 12 months on (see Impact\). */
	public static function impact_outcomes_table(): string {
		return self::table( 'impact_outcomes' );
	}

	/** A badge someone earned (once per badge and person), why, whether they show it, and its revocation (see Badges\). */
	public static function badge_awards_table(): string {
		return self::table( 'badge_awards' );
	}

	/** Each signed Open Badges 3.0 credential issued for an award; its ID is its place in the status list (see Credentials\). */
	public static function credentials_table(): string {
		return self::table( 'credentials' );
	}

	/** The site's signing keys: the newest unretired one signs, every one stays published so earlier credentials verify. */
	public static function signing_keys_table(): string {
		return self::table( 'signing_keys' );
	}

	/** @return list<string> Every Wayfinder table, for uninstall. */
	public static function tables(): array {
		return array( self::profiles_table(), self::matches_table(), self::events_table(), self::requests_table(), self::quiz_counts_table(), self::passes_table(), self::rate_limits_table(), self::board_runs_table(), self::facets_table(), self::waiting_languages_table(), self::name_words_table(), self::cohort_members_table(), self::cohort_places_table(), self::sessions_table(), self::session_attendance_table(), self::training_progress_table(), self::plan_goals_table(), self::checkins_table(), self::fit_checks_table(), self::applications_table(), self::application_edits_table(), self::reviews_table(), self::selections_table(), self::contributions_table(), self::github_accounts_table(), self::github_repos_table(), self::github_deliveries_table(), self::handoffs_table(), self::survey_versions_table(), self::survey_waves_table(), self::survey_invitations_table(), self::survey_responses_table(), self::survey_answers_table(), self::impact_outcomes_table(), self::badge_awards_table(), self::credentials_table(), self::signing_keys_table() );
	}

	/**
	 * The full name of one of Wayfinder's tables — the one rule for where data lives on a network.
	 *
	 * Every table belongs to a site: `{$wpdb->prefix}wayfinder_<name>`, with the prefix of the site the
	 * code runs on (`wp_wayfinder_…` on a single site, `wp_3_wayfinder_…` on site 3 of a network), so
	 * each site that activates Wayfinder runs its own program. The name is worked out on every call and
	 * never kept, so code that `switch_to_blog()`s to the program site reads that site's tables. People
	 * (user IDs) are network-wide, so rows of any site may name any account of the network. New tables
	 * take their name from here and follow the same rule; see docs/architecture.md, "Where data lives
	 * on a network".
	 */
	public static function table( string $name ): string {
		global $wpdb;
		// A team site of a network with one program reads and writes the program site's tables (Network).
		$program = is_multisite() ? Network::program_site() : 0;
		$prefix  = $program > 0 && get_current_blog_id() !== $program ? $wpdb->get_blog_prefix( $program ) : $wpdb->prefix;
		return $prefix . 'wayfinder_' . $name;
	}

	/**
	 * Whether the database refused a statement for a unique key (MySQL and MariaDB: "Duplicate entry";
	 * Playground's SQLite: "UNIQUE constraint failed"). Told from the error itself: inside a transaction,
	 * a read cannot be trusted to find the row that got in first, since it sees the transaction's
	 * snapshot, taken before that row was committed.
	 *
	 * @param string $error $wpdb->last_error of the statement.
	 */
	public static function is_duplicate( string $error ): bool {
		return str_contains( $error, 'Duplicate entry' ) || str_contains( $error, 'UNIQUE constraint failed' );
	}

	/** @return bool Whether the tables changed (so the Installer refreshes roles and seeds what is new). */
	public static function migrate( bool $force = false ): bool {
		$was = (int) get_option( self::VERSION_OPTION, 0 );
		if ( ! $force && $was >= self::VERSION ) {
			return false;
		}
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php'; // @phpstan-ignore requireOnce.fileNotFound (WordPress's own file, there at run time)
		$charset = $wpdb->get_charset_collate();
		$table   = self::profiles_table();
		$matches = self::matches_table();
		$events  = self::events_table();
		$asks    = self::requests_table();
		$counts  = self::quiz_counts_table();
		$passes  = self::passes_table();
		$limits  = self::rate_limits_table();
		$runs    = self::board_runs_table();
		$facets  = self::facets_table();
		$waiting = self::waiting_languages_table();
		$words   = self::name_words_table();
		$members = self::cohort_members_table();
		$places  = self::cohort_places_table();
		$meets   = self::sessions_table();
		$present = self::session_attendance_table();
		$trained = self::training_progress_table();
		$goals   = self::plan_goals_table();
		$checks  = self::checkins_table();
		$fits    = self::fit_checks_table();
		$applied = self::applications_table();
		$edits   = self::application_edits_table();
		$reviews = self::reviews_table();
		$chosen  = self::selections_table();
		$made    = self::contributions_table();
		$hubbers = self::github_accounts_table();
		$repos   = self::github_repos_table();
		$arrived = self::github_deliveries_table();
		$handed  = self::handoffs_table();
		$asked   = self::survey_versions_table();
		$waves   = self::survey_waves_table();
		$invited = self::survey_invitations_table();
		$replies = self::survey_responses_table();
		$answers = self::survey_answers_table();
		$outcome = self::impact_outcomes_table();
		$awarded = self::badge_awards_table();
		$signed  = self::credentials_table();
		$keys    = self::signing_keys_table();
		// dbDelta wants two spaces after PRIMARY KEY and one definition per line. The match's
		// active_primary is 1 while it is a mentee's active primary match and NULL otherwise, so the
		// unique key allows one such match per mentee (NULLs never collide). Events are indexed by actor
		// for a person's history and last activity on the People screen.
		dbDelta(
			"CREATE TABLE {$table} (
  user_id bigint(20) unsigned NOT NULL,
  timezone varchar(64) NOT NULL DEFAULT 'UTC',
  languages varchar(255) NOT NULL DEFAULT '',
  teams varchar(1000) NOT NULL DEFAULT '',
  skills varchar(1000) NOT NULL DEFAULT '',
  availability text NOT NULL,
  meet_hours varchar(168) NOT NULL DEFAULT '',
  intro text NOT NULL,
  mentor_capacity smallint(5) unsigned NOT NULL DEFAULT 3,
  mentor_weight varchar(10) NOT NULL DEFAULT 'normal',
  mentor_status varchar(10) NOT NULL DEFAULT 'available',
  away_until date DEFAULT NULL,
  seeking tinyint(1) NOT NULL DEFAULT 0,
  preferred_mentor bigint(20) unsigned DEFAULT NULL,
  preferred_team varchar(100) NOT NULL DEFAULT '',
  preferred_language varchar(20) NOT NULL DEFAULT '',
  backup_mentor bigint(20) unsigned DEFAULT NULL,
  sponsored tinyint(1) NOT NULL DEFAULT 0,
  active_mentees smallint(5) unsigned NOT NULL DEFAULT 0,
  mentor_listed tinyint(1) NOT NULL DEFAULT 0,
  placeholder tinyint(1) NOT NULL DEFAULT 0,
  mentee_side tinyint(1) NOT NULL DEFAULT 0,
  mentee_listed tinyint(1) NOT NULL DEFAULT 0,
  directory_rank tinyint(1) NOT NULL DEFAULT 0,
  sort_name varchar(250) NOT NULL DEFAULT '',
  mentee_matched tinyint(1) NOT NULL DEFAULT 0,
  waiting_since datetime DEFAULT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (user_id),
  KEY mentor_status (mentor_status),
  KEY directory (mentor_listed,mentor_status,away_until,active_mentees,mentor_capacity),
  KEY directory_rank (mentor_listed,directory_rank,active_mentees,user_id),
  KEY directory_page (mentor_listed,mentor_status,directory_rank,active_mentees,user_id),
  KEY seeking (seeking),
  KEY mentor_people (mentor_listed,sort_name,user_id),
  KEY mentor_load (mentor_listed,active_mentees,sort_name,user_id),
  KEY mentee_people (mentee_listed,sort_name,user_id),
  KEY mentee_standing (mentee_listed,mentee_matched,waiting_since,sort_name,user_id)
) {$charset};
CREATE TABLE {$matches} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  mentee_id bigint(20) unsigned NOT NULL,
  mentor_id bigint(20) unsigned NOT NULL,
  source varchar(20) NOT NULL,
  status varchar(12) NOT NULL DEFAULT 'active',
  active_primary tinyint(1) DEFAULT NULL,
  backup_mentor_id bigint(20) unsigned DEFAULT NULL,
  created_by bigint(20) unsigned NOT NULL DEFAULT 0,
  end_reason varchar(40) NOT NULL DEFAULT '',
  cohort_id bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY mentee_active_primary (mentee_id,active_primary),
  KEY cohort_status (cohort_id,status),
  KEY mentor_status (mentor_id,status),
  KEY backup_mentor (backup_mentor_id)
) {$charset};
CREATE TABLE {$events} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  object_type varchar(20) NOT NULL,
  object_id bigint(20) unsigned NOT NULL,
  action varchar(40) NOT NULL,
  actor_id bigint(20) unsigned NOT NULL DEFAULT 0,
  reason varchar(200) NOT NULL DEFAULT '',
  details text NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY object (object_type,object_id),
  KEY actor (actor_id,created_at),
  KEY created_at (created_at)
) {$charset};
CREATE TABLE {$asks} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  type varchar(24) NOT NULL,
  mentee_id bigint(20) unsigned NOT NULL,
  mentor_id bigint(20) unsigned DEFAULT NULL,
  team varchar(100) NOT NULL DEFAULT '',
  language varchar(20) NOT NULL DEFAULT '',
  message text NOT NULL,
  status varchar(12) NOT NULL DEFAULT 'open',
  created_by bigint(20) unsigned NOT NULL,
  match_id bigint(20) unsigned DEFAULT NULL,
  expires_at datetime NOT NULL,
  decided_at datetime DEFAULT NULL,
  created_at datetime NOT NULL,
  asked_mentor bigint(20) unsigned NOT NULL DEFAULT 0,
  open_slot tinyint(1) DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY one_open (mentee_id,asked_mentor,open_slot),
  KEY status_expires (status,expires_at),
  KEY mentor_status (mentor_id,status),
  KEY mentee_status (mentee_id,status),
  KEY created_by_status (created_by,status)
) {$charset};
CREATE TABLE {$counts} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  quiz_id bigint(20) unsigned NOT NULL,
  week char(8) NOT NULL,
  team varchar(100) NOT NULL,
  kind varchar(10) NOT NULL,
  total int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (id),
  UNIQUE KEY bucket (quiz_id,week,team,kind),
  KEY week (week)
) {$charset};
CREATE TABLE {$passes} (
  mentor_id bigint(20) unsigned NOT NULL,
  mentee_id bigint(20) unsigned NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (mentor_id,mentee_id),
  KEY mentee (mentee_id)
) {$charset};
CREATE TABLE {$limits} (
  bucket char(32) NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  expires_at bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (bucket),
  KEY expires_at (expires_at)
) {$charset};
CREATE TABLE {$runs} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  created_by bigint(20) unsigned NOT NULL DEFAULT 0,
  status varchar(12) NOT NULL DEFAULT 'queued',
  phase varchar(12) NOT NULL DEFAULT 'candidates',
  total int(10) unsigned NOT NULL DEFAULT 0,
  done int(10) unsigned NOT NULL DEFAULT 0,
  clock bigint(20) unsigned NOT NULL DEFAULT 0,
  mentees longtext NOT NULL,
  candidates longtext NOT NULL,
  solution longtext NOT NULL,
  result longtext NOT NULL,
  error varchar(500) NOT NULL DEFAULT '',
  lease_token varchar(32) DEFAULT NULL,
  lease_until bigint(20) unsigned NOT NULL DEFAULT 0,
  attempts smallint(5) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY updated_at (updated_at),
  KEY created_by (created_by)
) {$charset};
CREATE TABLE {$facets} (
  kind varchar(10) NOT NULL,
  value varchar(100) NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (kind,value,user_id),
  KEY user_id (user_id)
) {$charset};
CREATE TABLE {$waiting} (
  language varchar(20) NOT NULL,
  request_id bigint(20) unsigned NOT NULL,
  mentee_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (language,request_id),
  KEY request_id (request_id),
  KEY mentee_id (mentee_id)
) {$charset};
CREATE TABLE {$words} (
  word varchar(100) NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (word,user_id),
  KEY user_id (user_id)
) {$charset};
CREATE TABLE {$members} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  role varchar(10) NOT NULL,
  mode varchar(20) NOT NULL DEFAULT '',
  status varchar(12) NOT NULL DEFAULT 'enrolled',
  enrolled_by bigint(20) unsigned NOT NULL DEFAULT 0,
  enrolled_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  leader_id bigint(20) unsigned NOT NULL DEFAULT 0,
  one_to_ones_done smallint(5) unsigned NOT NULL DEFAULT 0,
  group_sessions_done smallint(5) unsigned NOT NULL DEFAULT 0,
  training_done smallint(5) unsigned NOT NULL DEFAULT 0,
  plan_goals smallint(5) unsigned NOT NULL DEFAULT 0,
  plan_done smallint(5) unsigned NOT NULL DEFAULT 0,
  checkins_answered smallint(5) unsigned NOT NULL DEFAULT 0,
  last_activity_at datetime DEFAULT NULL,
  warning varchar(20) NOT NULL DEFAULT '',
  warning_since datetime DEFAULT NULL,
  graduated_at datetime DEFAULT NULL,
  graduated_by bigint(20) unsigned DEFAULT NULL,
  graduation_note text,
  closed_told_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY cohort_user (cohort_id,user_id),
  KEY cohort_people (cohort_id,status,role),
  KEY cohort_leader (cohort_id,leader_id),
  KEY cohort_activity (cohort_id,status,last_activity_at),
  KEY warned (warning,warning_since),
  KEY user_id (user_id,status),
  KEY graduated_by (graduated_by)
) {$charset};
CREATE TABLE {$places} (
  cohort_id bigint(20) unsigned NOT NULL,
  role varchar(30) NOT NULL,
  taken int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (cohort_id,role)
) {$charset};
CREATE TABLE {$meets} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  kind varchar(20) NOT NULL,
  mentor_id bigint(20) unsigned NOT NULL DEFAULT 0,
  mentee_id bigint(20) unsigned DEFAULT NULL,
  starts_at datetime NOT NULL,
  minutes smallint(5) unsigned NOT NULL DEFAULT 60,
  title varchar(200) NOT NULL DEFAULT '',
  location varchar(500) NOT NULL DEFAULT '',
  agenda text NOT NULL,
  notes text,
  status varchar(12) NOT NULL DEFAULT 'scheduled',
  sequence int(10) unsigned NOT NULL DEFAULT 0,
  reminded_at datetime DEFAULT NULL,
  created_by bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY cohort_start (cohort_id,starts_at),
  KEY due (status,reminded_at,starts_at),
  KEY mentor_start (mentor_id,starts_at),
  KEY mentee_start (mentee_id,starts_at)
) {$charset};
CREATE TABLE {$present} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  session_id bigint(20) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  status varchar(10) NOT NULL,
  recorded_by bigint(20) unsigned DEFAULT NULL,
  recorded_at datetime NOT NULL,
  confirmed_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY session_user (session_id,user_id),
  KEY cohort_user (cohort_id,user_id,status),
  KEY cohort_status (cohort_id,status)
) {$charset};
CREATE TABLE {$trained} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  item_key char(12) NOT NULL,
  done_at datetime NOT NULL,
  confirmed_by bigint(20) unsigned DEFAULT NULL,
  confirmed_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY cohort_user_item (cohort_id,user_id,item_key),
  KEY user_id (user_id),
  KEY confirmed_by (confirmed_by)
) {$charset};
CREATE TABLE {$goals} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  what varchar(500) NOT NULL DEFAULT '',
  team varchar(100) NOT NULL DEFAULT '',
  due_on date NOT NULL,
  progress varchar(12) NOT NULL DEFAULT 'not_started',
  created_by bigint(20) unsigned DEFAULT NULL,
  updated_by bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY cohort_user (cohort_id,user_id,due_on),
  KEY user_id (user_id),
  KEY created_by (created_by),
  KEY updated_by (updated_by)
) {$charset};
CREATE TABLE {$checks} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  week smallint(5) unsigned NOT NULL,
  asked_at datetime NOT NULL,
  answered_at datetime DEFAULT NULL,
  did text NOT NULL,
  blocking text NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY cohort_user_week (cohort_id,user_id,week),
  KEY cohort_unanswered (cohort_id,answered_at,asked_at),
  KEY user_id (user_id)
) {$charset};
CREATE TABLE {$fits} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  match_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  side varchar(10) NOT NULL,
  asked_at datetime NOT NULL,
  answered_at datetime DEFAULT NULL,
  working tinyint(1) DEFAULT NULL,
  note varchar(500) NOT NULL DEFAULT '',
  PRIMARY KEY  (id),
  UNIQUE KEY match_user (match_id,user_id),
  KEY cohort_id (cohort_id),
  KEY user_id (user_id)
) {$charset};
CREATE TABLE {$applied} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  role varchar(10) NOT NULL DEFAULT 'mentee',
  status varchar(12) NOT NULL DEFAULT 'draft',
  stage varchar(12) NOT NULL DEFAULT '',
  pseudonym char(4) NOT NULL,
  answers longtext NOT NULL,
  redacted longtext NOT NULL,
  mode varchar(20) NOT NULL DEFAULT '',
  teams varchar(255) NOT NULL DEFAULT '',
  languages varchar(255) NOT NULL DEFAULT '',
  sponsored tinyint(1) NOT NULL DEFAULT 0,
  sponsor varchar(200) NOT NULL DEFAULT '',
  capacity tinyint(3) unsigned NOT NULL DEFAULT 0,
  consented_at datetime DEFAULT NULL,
  submitted_at datetime DEFAULT NULL,
  released_at datetime DEFAULT NULL,
  released_by bigint(20) unsigned DEFAULT NULL,
  reviews_wanted tinyint(3) unsigned NOT NULL DEFAULT 2,
  reviews_done tinyint(3) unsigned NOT NULL DEFAULT 0,
  score decimal(7,3) DEFAULT NULL,
  spread decimal(7,3) DEFAULT NULL,
  flagged tinyint(1) NOT NULL DEFAULT 0,
  decision varchar(12) NOT NULL DEFAULT '',
  decision_reason varchar(30) NOT NULL DEFAULT '',
  position int(10) unsigned DEFAULT NULL,
  decided_by bigint(20) unsigned DEFAULT NULL,
  decided_at datetime DEFAULT NULL,
  told_at datetime DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY cohort_user (cohort_id,user_id),
  UNIQUE KEY cohort_pseudonym (cohort_id,pseudonym),
  KEY cohort_stage (cohort_id,role,stage),
  KEY cohort_score (cohort_id,role,score),
  KEY untold (cohort_id,decision,told_at),
  KEY user_id (user_id),
  KEY released_by (released_by),
  KEY decided_by (decided_by)
) {$charset};
CREATE TABLE {$edits} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  application_id bigint(20) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  field varchar(40) NOT NULL,
  editor_id bigint(20) unsigned DEFAULT NULL,
  before_text longtext NOT NULL,
  after_text longtext NOT NULL,
  edited_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY application_id (application_id,id),
  KEY cohort_id (cohort_id),
  KEY user_id (user_id),
  KEY editor_id (editor_id)
) {$charset};
CREATE TABLE {$reviews} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  application_id bigint(20) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL,
  reviewer_id bigint(20) unsigned NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'assigned',
  scores text NOT NULL,
  notes text NOT NULL,
  total decimal(7,3) DEFAULT NULL,
  conflict_note varchar(500) NOT NULL DEFAULT '',
  assigned_at datetime NOT NULL,
  submitted_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY application_reviewer (application_id,reviewer_id),
  KEY reviewer_queue (reviewer_id,cohort_id,status),
  KEY cohort_status (cohort_id,status)
) {$charset};
CREATE TABLE {$chosen} (
  cohort_id bigint(20) unsigned NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'open',
  locked_by bigint(20) unsigned DEFAULT NULL,
  locked_at datetime DEFAULT NULL,
  revealed_by bigint(20) unsigned DEFAULT NULL,
  revealed_at datetime DEFAULT NULL,
  PRIMARY KEY  (cohort_id)
) {$charset};
CREATE TABLE {$made} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_id bigint(20) unsigned NOT NULL,
  kind varchar(20) NOT NULL,
  team varchar(100) NOT NULL DEFAULT '',
  url varchar(500) NOT NULL DEFAULT '',
  summary varchar(300) NOT NULL DEFAULT '',
  contributed_on date NOT NULL,
  source varchar(10) NOT NULL,
  source_key varchar(190) NOT NULL,
  status varchar(12) NOT NULL DEFAULT 'unverified',
  reviewed_by bigint(20) unsigned DEFAULT NULL,
  reviewed_at datetime DEFAULT NULL,
  review_note varchar(500) NOT NULL DEFAULT '',
  created_by bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY user_source (user_id,source_key),
  KEY user_date (user_id,contributed_on),
  KEY user_status (user_id,status),
  KEY team_date (team,contributed_on),
  KEY reviewed_by (reviewed_by),
  KEY created_by (created_by)
) {$charset};
CREATE TABLE {$hubbers} (
  user_id bigint(20) unsigned NOT NULL,
  github_id bigint(20) unsigned NOT NULL,
  login varchar(39) NOT NULL DEFAULT '',
  linked_at datetime NOT NULL,
  PRIMARY KEY  (user_id),
  UNIQUE KEY github_id (github_id)
) {$charset};
CREATE TABLE {$repos} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  full_name varchar(140) NOT NULL,
  team varchar(100) NOT NULL DEFAULT '',
  secret varchar(100) NOT NULL,
  created_by bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  last_delivery_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY full_name (full_name)
) {$charset};
CREATE TABLE {$arrived} (
  delivery varchar(64) NOT NULL,
  repo_id bigint(20) unsigned NOT NULL,
  event varchar(40) NOT NULL DEFAULT '',
  received_at datetime NOT NULL,
  PRIMARY KEY  (delivery),
  KEY received_at (received_at)
) {$charset};
CREATE TABLE {$handed} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_id bigint(20) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  team varchar(100) NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'chosen',
  mentor_id bigint(20) unsigned DEFAULT NULL,
  mentor_note text,
  sent_at datetime DEFAULT NULL,
  accepted_by bigint(20) unsigned DEFAULT NULL,
  contact_id bigint(20) unsigned DEFAULT NULL,
  welcome text,
  accepted_at datetime DEFAULT NULL,
  escalated_at datetime DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY user_cohort (user_id,cohort_id),
  KEY team_status (team,status,sent_at),
  KEY overdue (status,escalated_at,sent_at),
  KEY mentor_id (mentor_id),
  KEY accepted_by (accepted_by),
  KEY contact_id (contact_id)
) {$charset};
CREATE TABLE {$asked} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  survey_id bigint(20) unsigned NOT NULL,
  version int(10) unsigned NOT NULL,
  questions longtext NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY survey_version (survey_id,version)
) {$charset};
CREATE TABLE {$waves} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  survey_id bigint(20) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  kind varchar(12) NOT NULL,
  opens_at datetime NOT NULL,
  closes_at datetime DEFAULT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY survey_cohort_kind (survey_id,cohort_id,kind),
  KEY cohort_kind (cohort_id,kind)
) {$charset};
CREATE TABLE {$invited} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  wave_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  match_id bigint(20) unsigned NOT NULL DEFAULT 0,
  invited_at datetime NOT NULL,
  due_at datetime NOT NULL,
  sent_at datetime DEFAULT NULL,
  reminded_at datetime DEFAULT NULL,
  answered_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY wave_user_match (wave_id,user_id,match_id),
  KEY user_open (user_id,answered_at,due_at),
  KEY to_send (sent_at,invited_at),
  KEY to_remind (answered_at,reminded_at,due_at)
) {$charset};
CREATE TABLE {$replies} (
  id char(32) NOT NULL,
  wave_id bigint(20) unsigned NOT NULL,
  version_id bigint(20) unsigned NOT NULL,
  invitation_id bigint(20) unsigned DEFAULT NULL,
  user_id bigint(20) unsigned DEFAULT NULL,
  submitted_on date NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY invitation_id (invitation_id),
  KEY wave_id (wave_id),
  KEY user_id (user_id)
) {$charset};
CREATE TABLE {$answers} (
  response_id char(32) NOT NULL,
  question varchar(40) NOT NULL,
  choice varchar(100) NOT NULL DEFAULT '',
  value_number smallint(6) DEFAULT NULL,
  value_text text,
  PRIMARY KEY  (response_id,question,choice),
  KEY question_number (question,value_number)
) {$charset};
CREATE TABLE {$outcome} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_id bigint(20) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  match_id bigint(20) unsigned NOT NULL DEFAULT 0,
  origin varchar(20) NOT NULL,
  team varchar(100) NOT NULL DEFAULT '',
  waitlisted tinyint(1) NOT NULL DEFAULT 0,
  graduated tinyint(1) NOT NULL DEFAULT 0,
  ended_on date NOT NULL,
  active_1 tinyint(1) DEFAULT NULL,
  active_3 tinyint(1) DEFAULT NULL,
  active_6 tinyint(1) DEFAULT NULL,
  active_12 tinyint(1) DEFAULT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY person_program (user_id,cohort_id,match_id),
  KEY ended_on (ended_on),
  KEY cohort_id (cohort_id),
  KEY team (team)
) {$charset};
CREATE TABLE {$awarded} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  badge_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  reason varchar(20) NOT NULL,
  object_id bigint(20) unsigned NOT NULL DEFAULT 0,
  evidence text,
  awarded_by bigint(20) unsigned DEFAULT NULL,
  awarded_at datetime NOT NULL,
  shown tinyint(1) NOT NULL DEFAULT 1,
  revoked_at datetime DEFAULT NULL,
  revoked_by bigint(20) unsigned DEFAULT NULL,
  revoke_reason text,
  PRIMARY KEY  (id),
  UNIQUE KEY badge_user (badge_id,user_id),
  KEY user_id (user_id,revoked_at),
  KEY awarded_at (awarded_at)
) {$charset};
CREATE TABLE {$signed} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  uuid char(36) NOT NULL,
  award_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  kid varchar(64) NOT NULL,
  token mediumtext NOT NULL,
  issued_at datetime NOT NULL,
  revoked_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY uuid (uuid),
  KEY award_id (award_id,revoked_at),
  KEY user_id (user_id)
) {$charset};
CREATE TABLE {$keys} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  kid varchar(64) NOT NULL,
  alg varchar(10) NOT NULL DEFAULT 'RS256',
  public_key text NOT NULL,
  private_key text NOT NULL,
  created_at datetime NOT NULL,
  retired_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY kid (kid)
) {$charset};"
		);
		if ( $was < 9 ) {
			self::fill_open_slots();
		}
		/**
		 * The tables now have the current schema: features fill in what a new version of theirs needs
		 * from the data already there (Schema depends on no feature, so features do their own data steps).
		 *
		 * @param int $was     The schema version the site had before (0 on a new site).
		 * @param int $version The schema version it has now.
		 */
		do_action( self::MIGRATED, $was, self::VERSION ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
		update_option( self::VERSION_OPTION, self::VERSION, true );
		return true;
	}

	/**
	 * Schema 9 holds "one open request per mentee and mentor asked (0: any mentor)" in the database:
	 * open_slot is 1 while a request is open and NULL once closed, so the unique key one_open allows
	 * one open request per pair. Sites from earlier versions get asked_mentor filled in, the oldest
	 * open request of each pair takes the slot and later duplicates are cancelled. Safe to run twice.
	 */
	public static function fill_open_slots(): void {
		global $wpdb;
		$asks = self::requests_table();
		// phpcs:disable WordPress.DB -- our own table, during an upgrade; no input.
		$wpdb->query( "UPDATE {$asks} SET asked_mentor = COALESCE(mentor_id, 0) WHERE asked_mentor = 0 AND mentor_id IS NOT NULL AND ( type <> 'mentee_request' OR status <> 'accepted' )" );
		$rows  = $wpdb->get_results( "SELECT id, mentee_id, asked_mentor, open_slot FROM {$asks} WHERE status = 'open' ORDER BY id", ARRAY_A );
		$taken = array();
		foreach ( (array) $rows as $row ) {
			$pair = $row['mentee_id'] . ':' . $row['asked_mentor'];
			if ( null !== $row['open_slot'] ) {
				$taken[ $pair ] = true;
			}
		}
		foreach ( (array) $rows as $row ) {
			if ( null !== $row['open_slot'] ) {
				continue;
			}
			$pair = $row['mentee_id'] . ':' . $row['asked_mentor'];
			if ( isset( $taken[ $pair ] ) ) {
				$wpdb->query( $wpdb->prepare( "UPDATE {$asks} SET status = 'cancelled', decided_at = %s WHERE id = %d", gmdate( 'Y-m-d H:i:s' ), $row['id'] ) );
				continue;
			}
			$wpdb->query( $wpdb->prepare( "UPDATE {$asks} SET open_slot = 1 WHERE id = %d", $row['id'] ) );
			$taken[ $pair ] = true;
		}
		// phpcs:enable
	}

	public static function drop(): void {
		global $wpdb;
		foreach ( self::tables() as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS {$table}" ); // phpcs:ignore WordPress.DB -- our own tables; nothing from input.
		}
		delete_option( self::VERSION_OPTION );
	}
}
