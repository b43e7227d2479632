/**
 * The typed REST client: the only way TypeScript talks to PHP.
 */
import apiFetch, { type APIFetchOptions } from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

import { fromErrorBody, RestError } from './rest-error';

import type {
	AuditEvent,
	BoardCommit,
	BoardRun,
	Match,
	MatchEndReason,
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
} from './types';

export const NAMESPACE = '/wayfinder/v1';

export { RestError } from './rest-error';

/**
 * Turns whatever apiFetch rejected with (a WP_Error body, a network failure) into a RestError.
 * @param error
 */
export function toRestError( error: unknown ): RestError {
	if ( error instanceof RestError ) {
		return error;
	}
	return (
		fromErrorBody( error ) ??
		new RestError(
			__(
				'The server could not be reached. Check your connection and try again.',
				'wayfinder'
			),
			'fetch_error'
		)
	);
}

export async function request< T >(
	options: APIFetchOptions< true >
): Promise< T > {
	try {
		return await apiFetch< T >( options );
	} catch ( error ) {
		throw toRestError( error );
	}
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

/**
 * One page of a collection route, with the totals from WordPress's X-WP-Total headers.
 * @param path  Route under the namespace, e.g. /matches.
 * @param query Page, per_page and filters.
 */
export async function getPage< T >(
	path: string,
	query: Record< string, string | number >
): Promise< Page< T > > {
	let response: Response;
	try {
		response = await apiFetch< Response, false >( {
			path: addQueryArgs( `${ NAMESPACE }${ path }`, query ),
			parse: false,
		} );
	} catch ( error ) {
		throw toRestError( error );
	}
	return {
		items: ( await response.json() ) as T[],
		total: Number( response.headers.get( 'X-WP-Total' ) ?? 0 ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 0 ),
	};
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
	getPage< MentorListing >(
		'/mentors',
		Object.fromEntries(
			Object.entries( query ).map( ( [ key, value ] ) => [
				key,
				typeof value === 'boolean' ? Number( value ) : value,
			] )
		)
	);

export const listEvents = ( query: Record< string, string | number > ) =>
	getPage< AuditEvent >( '/events', query );

export const listTeams = ( query: Record< string, string | number > ) =>
	getPage< Team >( '/teams', {
		context: 'edit',
		orderby: 'title',
		order: 'asc',
		...query,
	} );

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
		path: addQueryArgs( `${ NAMESPACE }/board/suggestions`, {
			mentee,
			count,
		} ),
	} );
}

export function runBoard( mentees?: number[] ): Promise< BoardRun > {
	return request< BoardRun >( {
		path: `${ NAMESPACE }/board/run`,
		method: 'POST',
		data: mentees ? { mentees } : {},
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
	pairs: Array< { mentee: number; mentor: number } >
): Promise< BoardCommit > {
	return request< BoardCommit >( {
		path: `${ NAMESPACE }/board/commit`,
		method: 'POST',
		data: { pairs },
	} );
}

/**
 * A block rendered on the server for the editor's preview, with the given attributes.
 * @param name       The block's name, e.g. wayfinder/my-mentorship.
 * @param attributes Its attributes.
 */
export async function renderBlock(
	name: string,
	attributes: Record< string, unknown >
): Promise< string > {
	const { rendered } = await request< { rendered: string } >( {
		path: `/wp/v2/block-renderer/${ name }?context=edit`,
		method: 'POST',
		data: { attributes },
	} );
	return rendered;
}

/** The site's published pages, by title, for choosing one in a block's settings. */
export function listPages(): Promise< PageSummary[] > {
	return request< PageSummary[] >( {
		path: addQueryArgs( '/wp/v2/pages', {
			per_page: 100,
			status: 'publish',
			orderby: 'title',
			order: 'asc',
			_fields: 'id,title',
		} ),
	} );
}
