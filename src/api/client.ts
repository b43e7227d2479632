/**
 * The typed REST client: the only way TypeScript talks to PHP — the coordinator app, the block
 * editor and the blocks' view script modules alike. It is fetch() with the person's REST nonce, so
 * it works in script modules, which cannot load api-fetch (a classic script). Where it connects
 * comes from the server: view modules pass the URL and nonce from their block's state; the admin
 * app and the block editor read `window.wayfinderRest` (printed by Platform\RestConnection).
 */
import type {
	ApplicationDecision,
	BadgeAward,
	BadgeInput,
	BadgePost,
	IssuerSettings,
	SigningKey,
	AuditEvent,
	CohortSelection,
	BlindReview,
	CohortReviews,
	ExtraReview,
	ReviewInput,
	ReviewQueue,
	BoardCommit,
	BoardRun,
	BoardRunJob,
	CohortMember,
	CohortProgressRow,
	CohortWarning,
	CohortRematch,
	CohortMode,
	CohortPost,
	CohortSession,
	Match,
	MatchEndReason,
	MenteeRequestInput,
	MentorListing,
	MentorQuery,
	MentoringRequest,
	Page,
	PageSummary,
	Person,
	Profile,
	ProfileUpdate,
	ProgramStatus,
	Reassignment,
	ScoredPair,
	Suggestions,
	Team,
	ProgramSettings,
	WayfinderSiteSettings,
	MentorApplications,
	MentorDecision,
	MentorDecisionChoice,
} from './types';

export const NAMESPACE = '/wayfinder/v1';

/** Where and as whom calls go, and what to say when the server cannot be reached (translated). */
export interface Connection {
	/** The REST root, from rest_url(), e.g. https://example.org/wp-json/ or …/?rest_route=/. */
	root: string;
	/** The person's `wp_rest` nonce; '' sends none (for routes anyone may call). */
	nonce: string;
	unreachable: string;
}

declare global {
	interface Window {
		wayfinderRest?: Partial< Connection >;
	}
}

const FALLBACK_UNREACHABLE =
	'The server could not be reached. Check your connection and try again.';

let connection: Partial< Connection > = {};

/**
 * Sets where calls go for this page (tests, or a page that knows better than window.wayfinderRest).
 * @param settings The parts to change.
 */
export function connect( settings: Partial< Connection > ): void {
	connection = { ...connection, ...settings };
}

/**
 * The connection for one call: its own settings, else connect()'s, else the page's.
 * @param own What the caller passed.
 */
function resolve( own: Partial< Connection > = {} ): Connection {
	const page =
		typeof window !== 'undefined' ? ( window.wayfinderRest ?? {} ) : {};
	return {
		root: own.root ?? connection.root ?? page.root ?? '/wp-json/',
		nonce: own.nonce ?? connection.nonce ?? page.nonce ?? '',
		unreachable:
			own.unreachable ??
			connection.unreachable ??
			page.unreachable ??
			FALLBACK_UNREACHABLE,
	};
}

/**
 * An error a screen can show as it is: the server's message, its code and HTTP status, and — when
 * WordPress's schema checks refused parameters — each parameter's problem.
 */
export class RestError extends Error {
	readonly code: string;
	readonly status: number | undefined;
	readonly params: Record< string, string >;

	constructor(
		message: string,
		code: string,
		status?: number,
		params: Record< string, string > = {}
	) {
		super( message );
		this.name = 'RestError';
		this.code = code;
		this.status = status;
		this.params = params;
	}
}

/**
 * Reads a WP_Error body (`{ code, message, data: { status, params } }`) into a RestError; null when the
 * body is not one.
 * @param body What the server answered.
 */
export function fromErrorBody( body: unknown ): RestError | null {
	if ( ! body || typeof body !== 'object' || body instanceof Error ) {
		return null;
	}
	const error = body as {
		message?: unknown;
		code?: unknown;
		data?: { status?: unknown; params?: unknown } | null;
	};
	if (
		typeof error.code !== 'string' ||
		typeof error.message !== 'string' ||
		error.message === ''
	) {
		return null;
	}
	const status =
		typeof error.data?.status === 'number' ? error.data.status : undefined;
	const params: Record< string, string > = {};
	if ( error.data?.params && typeof error.data.params === 'object' ) {
		for ( const [ name, problem ] of Object.entries( error.data.params ) ) {
			if ( typeof problem === 'string' ) {
				params[ name ] = problem;
			}
		}
	}
	return new RestError( error.message, error.code, status, params );
}

/**
 * Turns whatever a call rejected with (a WP_Error body, a network failure) into a RestError.
 * @param error
 */
export function toRestError( error: unknown ): RestError {
	if ( error instanceof RestError ) {
		return error;
	}
	return (
		fromErrorBody( error ) ??
		new RestError( resolve().unreachable, 'fetch_error' )
	);
}

export type Query = Record< string, string | number | boolean | undefined >;

/** One REST call: a route under the root (`path`) or a full URL from the server (`url`). */
export interface Call {
	path?: string;
	url?: string;
	method?: string;
	query?: Query;
	data?: unknown;
}

/**
 * The call's URL: the root and path (or the URL as given) with the query arguments added.
 * @param call The call.
 * @param root The REST root.
 */
export function urlOf( call: Call, root: string ): string {
	let url = call.url ?? root + ( call.path ?? '' ).replace( /^\//, '' );
	const args = Object.entries( call.query ?? {} ).filter(
		( [ , value ] ) => value !== undefined
	);
	if ( args.length > 0 ) {
		url +=
			( url.includes( '?' ) ? '&' : '?' ) +
			args
				.map(
					( [ key, value ] ) =>
						`${ encodeURIComponent( key ) }=${ encodeURIComponent(
							String(
								typeof value === 'boolean'
									? Number( value )
									: value
							)
						) }`
				)
				.join( '&' );
	}
	return url;
}

/**
 * Sends a call and returns the Response once it is a success; throws a RestError with the server's
 * message, or with the connection's `unreachable` sentence when there was no usable answer.
 * @param call  The call.
 * @param using This call's connection settings (e.g. a view module's nonce).
 */
async function send(
	call: Call,
	using?: Partial< Connection >
): Promise< Response > {
	const { root, nonce, unreachable } = resolve( using );
	const headers: Record< string, string > = { Accept: 'application/json' };
	if ( call.data !== undefined ) {
		headers[ 'Content-Type' ] = 'application/json';
	}
	if ( nonce !== '' ) {
		headers[ 'X-WP-Nonce' ] = nonce;
	}
	let response: Response;
	try {
		response = await window.fetch( urlOf( call, root ), {
			method: call.method ?? 'GET',
			credentials: 'same-origin',
			headers,
			...( call.data !== undefined
				? { body: JSON.stringify( call.data ) }
				: {} ),
		} );
	} catch {
		throw new RestError( unreachable, 'fetch_error' );
	}
	if ( ! response.ok ) {
		const body: unknown = await response.json().catch( () => null );
		throw (
			fromErrorBody( body ) ??
			new RestError( unreachable, 'fetch_error', response.status )
		);
	}
	return response;
}

/**
 * Sends a call and returns the answer's body.
 * @param call  The call.
 * @param using This call's connection settings.
 */
export async function request< T >(
	call: Call,
	using?: Partial< Connection >
): Promise< T > {
	const response = await send( call, using );
	try {
		return ( await response.json() ) as T;
	} catch {
		throw new RestError(
			resolve( using ).unreachable,
			'fetch_error',
			response.status
		);
	}
}

/**
 * One page of a collection route, with the totals from WordPress's X-WP-Total headers.
 * @param path  Route under the namespace, e.g. /matches.
 * @param query Page, per_page and filters.
 */
export async function getPage< T >(
	path: string,
	query: Query
): Promise< Page< T > > {
	const response = await send( { path: `${ NAMESPACE }${ path }`, query } );
	return {
		items: ( await response.json() ) as T[],
		total: Number( response.headers.get( 'X-WP-Total' ) ?? 0 ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 0 ),
	};
}

/**
 * POST /wayfinder/v1/requests: a mentee asks for a mentor (a named one, or any with preferences).
 * @param input The request.
 * @param using The view module's connection (its nonce from the block's state).
 */
export function askForMentor(
	input: MenteeRequestInput,
	using?: Partial< Connection >
): Promise< MentoringRequest > {
	return request< MentoringRequest >(
		{ path: `${ NAMESPACE }/requests`, method: 'POST', data: input },
		using
	);
}

export function getStatus(): Promise< ProgramStatus > {
	return request< ProgramStatus >( { path: `${ NAMESPACE }/status` } );
}

export function getSiteSettings(): Promise< WayfinderSiteSettings > {
	return request< WayfinderSiteSettings >( { path: '/wp/v2/settings' } );
}

export function updateSiteSettings(
	settings: Partial< WayfinderSiteSettings >
): Promise< WayfinderSiteSettings > {
	return request< WayfinderSiteSettings >( {
		path: '/wp/v2/settings',
		method: 'POST',
		data: settings,
	} );
}

/** The program's settings, for whoever may manage them (coordinators and administrators). */
export function getProgramSettings(): Promise< ProgramSettings > {
	return request< ProgramSettings >( { path: `${ NAMESPACE }/settings` } );
}

export function updateProgramSettings(
	settings: Partial< ProgramSettings >
): Promise< ProgramSettings > {
	return request< ProgramSettings >( {
		path: `${ NAMESPACE }/settings`,
		method: 'POST',
		data: settings,
	} );
}

export const listMatches = ( query: Record< string, string | number > ) =>
	getPage< Match >( '/matches', query );

export const listRequests = ( query: Record< string, string | number > ) =>
	getPage< MentoringRequest >( '/requests', query );

/**
 * Mentors or mentees (`role`), paged, sorted, searched and filtered by the server; coordinators only.
 * @param query role, status, search, orderby, order, page, per_page.
 */
export const listPeople = ( query: Record< string, string | number > ) =>
	getPage< Person >( '/people', query );

export function getProfile( id: number ): Promise< Profile > {
	return request< Profile >( { path: `${ NAMESPACE }/profiles/${ id }` } );
}

/**
 * Changes the fields sent and leaves the rest; the server checks the whole change first.
 * @param id      The user ID.
 * @param changes Mentor settings and the sponsored flag.
 */
export function updateProfile(
	id: number,
	changes: ProfileUpdate
): Promise< Profile > {
	return request< Profile >( {
		path: `${ NAMESPACE }/profiles/${ id }`,
		method: 'POST',
		data: changes,
	} );
}

export const listMentors = ( query: MentorQuery ) =>
	getPage< MentorListing >( '/mentors', query as Query );

export const listEvents = ( query: Record< string, string | number > ) =>
	getPage< AuditEvent >( '/events', query );

export const listTeams = ( query: Record< string, string | number > ) =>
	getPage< Team >( '/teams', {
		context: 'edit',
		orderby: 'title',
		order: 'asc',
		...query,
	} );

export const listCohorts = ( query: Record< string, string | number > ) =>
	getPage< CohortPost >( '/cohorts', {
		context: 'edit',
		status: 'publish,draft,future,pending,private',
		...query,
	} );

export const listCohortMembers = (
	cohort: number,
	query: Record< string, string | number >
) => getPage< CohortMember >( `/cohorts/${ cohort }/members`, query );

export const listCohortWarnings = () =>
	getPage< CohortWarning >( '/cohorts/warnings', { per_page: 10 } );

export const listCohortProgress = (
	cohort: number,
	query: Record< string, string | number >
) => getPage< CohortProgressRow >( `/cohorts/${ cohort }/progress`, query );

/**
 * Puts a project-group mentee in a mentor's group (0: out of any).
 * @param cohort The cohort.
 * @param user   The mentee.
 * @param leader The group's mentor.
 */
export function setProjectGroup(
	cohort: number,
	user: number,
	leader: number
): Promise< CohortMember > {
	return request< CohortMember >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/members/${ user }`,
		method: 'PUT',
		data: { leader },
	} );
}

/**
 * Finds a 1:1 mentee another mentor of the cohort after the fit check: the engine picks one (never
 * the mentor they had); a 409 says why nobody fits, and then nothing changed.
 * @param cohort The cohort.
 * @param mentee The mentee.
 */
export function rematchInCohort(
	cohort: number,
	mentee: number
): Promise< CohortRematch > {
	return request< CohortRematch >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/rematch`,
		method: 'POST',
		data: { mentee },
	} );
}

export function enrolInCohort(
	cohort: number,
	input: { user: number; role: CohortMember[ 'role' ]; mode?: CohortMode }
): Promise< CohortMember > {
	return request< CohortMember >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/members`,
		method: 'POST',
		data: input,
	} );
}

export function withdrawFromCohort(
	cohort: number,
	user: number
): Promise< CohortMember > {
	return request< CohortMember >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/members/${ user }`,
		method: 'DELETE',
	} );
}

export const listSessions = ( cohort: number ) =>
	getPage< CohortSession >( `/cohorts/${ cohort }/sessions`, {
		per_page: 100,
	} );

export function planSession(
	cohort: number,
	input: Pick<
		CohortSession,
		'starts' | 'minutes' | 'title' | 'location' | 'agenda'
	>
): Promise< CohortSession > {
	return request< CohortSession >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/sessions`,
		method: 'POST',
		data: input,
	} );
}

export function cancelSession( id: number ): Promise< CohortSession > {
	return request< CohortSession >( {
		path: `${ NAMESPACE }/sessions/${ id }/cancel`,
		method: 'POST',
	} );
}

export function updateTeam(
	id: number,
	meta: Partial< Team[ 'meta' ] >
): Promise< Team > {
	return request< Team >( {
		path: `${ NAMESPACE }/teams/${ id }`,
		method: 'POST',
		data: { meta },
	} );
}

export function cancelRequest(
	id: number,
	reason = ''
): Promise< MentoringRequest > {
	return request< MentoringRequest >( {
		path: `${ NAMESPACE }/requests/${ id }/cancel`,
		method: 'POST',
		data: { reason },
	} );
}

export function reassignMatch(
	id: number,
	mentor: number,
	reason: MatchEndReason
): Promise< Reassignment > {
	return request< Reassignment >( {
		path: `${ NAMESPACE }/matches/${ id }/reassign`,
		method: 'POST',
		data: { mentor, reason },
	} );
}

export function endMatch(
	id: number,
	reason: MatchEndReason
): Promise< Match > {
	return request< Match >( {
		path: `${ NAMESPACE }/matches/${ id }/end`,
		method: 'POST',
		data: { reason },
	} );
}

export function getSuggestions(
	mentee: number,
	count = 3
): Promise< Suggestions > {
	return request< Suggestions >( {
		path: `${ NAMESPACE }/board/suggestions`,
		query: { mentee, count },
	} );
}

/**
 * Runs the board: the result at once for a cohort-sized run, else the background run to poll.
 * @param mentees The mentees to match; everyone waiting when left out.
 * @param cohort
 */
export function runBoard(
	mentees?: number[],
	cohort?: number
): Promise< BoardRun | BoardRunJob > {
	let data: Record< string, unknown > = mentees ? { mentees } : {};
	if ( cohort ) {
		data = { cohort };
	}
	return request< BoardRun | BoardRunJob >( {
		path: `${ NAMESPACE }/board/run`,
		method: 'POST',
		data,
	} );
}

/**
 * Whether POST /board/run answered with a background run (202) rather than the result.
 * @param answer What the server answered.
 */
export function isBoardRunJob(
	answer: BoardRun | BoardRunJob
): answer is BoardRunJob {
	return 'progress' in answer && 'status' in answer;
}

/**
 * A background board run as it stands (a poll also moves it one step on).
 * @param id The run's ID.
 */
export function getBoardRun( id: number ): Promise< BoardRunJob > {
	return request< BoardRunJob >( {
		path: `${ NAMESPACE }/board/runs/${ id }`,
	} );
}

export function scorePair(
	mentee: number,
	mentor: number
): Promise< ScoredPair & { excluded: boolean } > {
	return request( {
		path: `${ NAMESPACE }/board/score`,
		method: 'POST',
		data: { mentee, mentor },
	} );
}

export function commitPairs(
	pairs: Array< { mentee: number; mentor: number } >,
	cohort?: number
): Promise< BoardCommit > {
	return request< BoardCommit >( {
		path: `${ NAMESPACE }/board/commit`,
		method: 'POST',
		data: cohort ? { pairs, cohort } : { pairs },
	} );
}

/**
 * A block rendered on the server for the editor's preview, with the given attributes.
 * @param name       The block's name, e.g. wayfinder/my-mentorship.
 * @param attributes Its attributes.
 * @param postId     The post being edited (0: none), so links in the preview point at it.
 */
export async function renderBlock(
	name: string,
	attributes: Record< string, unknown >,
	postId = 0
): Promise< string > {
	const { rendered } = await request< { rendered: string } >( {
		path: `/wp/v2/block-renderer/${ name }`,
		query: { context: 'edit', post_id: postId > 0 ? postId : undefined },
		method: 'POST',
		data: { attributes },
	} );
	return rendered;
}

/** The site's published pages, by title, for choosing one in a block's settings. */
/** The published quizzes, for choosing one in the quiz block's settings. */
export function listQuizzes(): Promise<
	Array< { id: number; title: { rendered: string } } >
> {
	return request( {
		path: `${ NAMESPACE }/quizzes`,
		query: { status: 'publish', per_page: 100, _fields: 'id,title' },
	} );
}

export function listPages(): Promise< PageSummary[] > {
	return request< PageSummary[] >( {
		path: '/wp/v2/pages',
		query: {
			per_page: 100,
			status: 'publish',
			orderby: 'title',
			order: 'asc',
			_fields: 'id,title',
		},
	} );
}

/**
 * A cohort's selection for coordinators: the pipeline, the places, the ranked list (names only once locked).
 * @param cohort The cohort.
 */
export function getCohortSelection(
	cohort: number
): Promise< CohortSelection > {
	return request< CohortSelection >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/applications`,
	} );
}

/**
 * Proposes the decisions by score, reserved seats and places; replaces every earlier decision.
 * @param cohort   The cohort.
 * @param waitlist How many go on the waitlist (undefined: as many as the seats).
 */
export function proposeSelection(
	cohort: number,
	waitlist?: number
): Promise< CohortSelection > {
	return request< CohortSelection >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/selection/propose`,
		method: 'POST',
		data: waitlist === undefined ? {} : { waitlist },
	} );
}

/**
 * A coordinator's own decision on one application, while the selection is open.
 * @param application The application.
 * @param decision    The decision.
 */
export function decideApplication(
	application: number,
	decision: ApplicationDecision
): Promise< CohortSelection > {
	return request< CohortSelection >( {
		path: `${ NAMESPACE }/applications/${ application }/decision`,
		method: 'PUT',
		data: { decision },
	} );
}

/**
 * Locks (then the decisions cannot change) or reveals (enrols the accepted, tells everyone).
 * @param cohort The cohort.
 * @param step   Which.
 */
export function stepSelection(
	cohort: number,
	step: 'lock' | 'reveal'
): Promise< CohortSelection > {
	return request< CohortSelection >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/selection/${ step }`,
		method: 'POST',
	} );
}

/**
 * GET /reviews: the reviewer's reviews and progress per cohort.
 * @param cohort Only this cohort's (0: every cohort).
 */
export function listMyReviews( cohort = 0 ): Promise< ReviewQueue > {
	return request< ReviewQueue >( {
		path: `${ NAMESPACE }/reviews`,
		query: cohort > 0 ? { cohort } : {},
	} );
}

/**
 * GET /reviews/<id>: one of the reviewer's own reviews, blind.
 * @param id The review.
 */
export function getReview( id: number ): Promise< BlindReview > {
	return request< BlindReview >( { path: `${ NAMESPACE }/reviews/${ id }` } );
}

/**
 * PUT /reviews/<id>: saves scores and notes as a draft (a submitted review stays submitted).
 * @param id    The review.
 * @param input Scores and notes.
 */
export function saveReviewDraft(
	id: number,
	input: ReviewInput
): Promise< BlindReview > {
	return request< BlindReview >( {
		path: `${ NAMESPACE }/reviews/${ id }`,
		method: 'PUT',
		data: input,
	} );
}

/**
 * POST /reviews/<id>/submit: every criterion scored; the answer names the next review waiting.
 * @param id    The review.
 * @param input Scores and notes.
 */
export function submitReview(
	id: number,
	input: ReviewInput
): Promise< BlindReview > {
	return request< BlindReview >( {
		path: `${ NAMESPACE }/reviews/${ id }/submit`,
		method: 'POST',
		data: input,
	} );
}

/**
 * POST /reviews/<id>/conflict: the reviewer cannot review this application; it goes to someone
 * else, and they may get another one (the answer's `next` and `message`).
 * @param id   The review.
 * @param note Why (only coordinators read it).
 */
export function declareReviewConflict(
	id: number,
	note: string
): Promise< BlindReview > {
	return request< BlindReview >( {
		path: `${ NAMESPACE }/reviews/${ id }/conflict`,
		method: 'POST',
		data: { note },
	} );
}

/**
 * GET /cohorts/<id>/reviews: coordinators' view of a cohort's blind review.
 * @param cohort The cohort.
 */
export function getCohortReviews( cohort: number ): Promise< CohortReviews > {
	return request< CohortReviews >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/reviews`,
	} );
}

/**
 * POST /applications/<id>/extra-review: one more reviewer (a missing one, else a third review).
 * @param application The application.
 */
export function askForExtraReview(
	application: number
): Promise< ExtraReview > {
	return request< ExtraReview >( {
		path: `${ NAMESPACE }/applications/${ application }/extra-review`,
		method: 'POST',
	} );
}

/**
 * A cohort's mentor applications, with names (coordinators decide them, not blind).
 * @param cohort The cohort.
 */
export function listMentorApplications(
	cohort: number
): Promise< MentorApplications > {
	return request< MentorApplications >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/mentor-applications`,
	} );
}

/**
 * Accepts a mentor (enrolled as the cohort's mentor) or declines them.
 * @param application The mentor's application.
 * @param decision    Accepted or declined.
 */
export function decideMentorApplication(
	application: number,
	decision: MentorDecisionChoice
): Promise< MentorDecision > {
	return request< MentorDecision >( {
		path: `${ NAMESPACE }/applications/${ application }/mentor-decision`,
		method: 'POST',
		data: { decision },
	} );
}

/**
 * Badge definitions (the post type's route, with the raw fields to edit); coordinators.
 * @param status Which to list: any (drafts too) by default.
 */
export const listBadges = ( status = 'publish,draft' ) =>
	request< BadgePost[] >( {
		path: `${ NAMESPACE }/badges`,
		query: { context: 'edit', per_page: 100, status, orderby: 'title' },
	} );

/**
 * Saves a badge definition: a new one without an ID.
 * @param id    The badge (0: a new one).
 * @param input Its fields.
 */
export function saveBadge(
	id: number,
	input: BadgeInput
): Promise< BadgePost > {
	return request< BadgePost >( {
		path: `${ NAMESPACE }/badges${ id > 0 ? `/${ id }` : '' }`,
		method: 'POST',
		query: { context: 'edit' },
		data: input,
	} );
}

/**
 * The awards, filtered and paged (X-WP-Total); coordinators.
 * @param query badge, user, status, search, page, per_page.
 */
export const listAwards = ( query: Query ) =>
	getPage< BadgeAward >( '/awards', query );

/**
 * Awards a badge by hand, with evidence of what the person did.
 * @param input
 * @param input.badge    The badge.
 * @param input.user     The person.
 * @param input.evidence What they did, in words or a link.
 */
export function awardBadge( input: {
	badge: number;
	user: number;
	evidence: string;
} ): Promise< BadgeAward > {
	return request< BadgeAward >( {
		path: `${ NAMESPACE }/awards`,
		method: 'POST',
		data: input,
	} );
}

/**
 * Revokes an award, with the reason the person is told.
 * @param id     The award.
 * @param reason Why.
 */
export function revokeAward(
	id: number,
	reason: string
): Promise< BadgeAward > {
	return request< BadgeAward >( {
		path: `${ NAMESPACE }/awards/${ id }/revoke`,
		method: 'POST',
		data: { reason },
	} );
}

/** The site's signing keys (public facts only). */
export const listSigningKeys = () =>
	request< SigningKey[] >( { path: `${ NAMESPACE }/credentials/keys` } );

/** Makes a new signing key for new certificates; earlier ones stay verifiable with the old key. */
export const rotateSigningKey = () =>
	request< SigningKey[] >( {
		path: `${ NAMESPACE }/credentials/keys/rotate`,
		method: 'POST',
	} );

/** The issuer's name and description, from the program settings. */
export const getIssuerSettings = () =>
	request< Partial< IssuerSettings > >( { path: `${ NAMESPACE }/settings` } );

/**
 * Saves the issuer's name and description.
 * @param settings The new values.
 */
export const saveIssuerSettings = ( settings: IssuerSettings ) =>
	request< Partial< IssuerSettings > >( {
		path: `${ NAMESPACE }/settings`,
		method: 'POST',
		data: settings,
	} );
