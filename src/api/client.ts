/**
 * The typed REST client: the only way TypeScript talks to PHP.
 */
import apiFetch, { type APIFetchOptions } from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

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
	ProgramStatus,
	Reassignment,
	ScoredPair,
	Suggestions,
	Team,
	WayfinderSiteSettings,
} from './types';

export const NAMESPACE = '/wayfinder/v1';

/** An error a screen can show as it is: the server's message, its code and HTTP status. */
export class RestError extends Error {
	readonly code: string;
	readonly status: number | undefined;

	constructor( message: string, code: string, status?: number ) {
		super( message );
		this.name = 'RestError';
		this.code = code;
		this.status = status;
	}
}

/**
 * Turns whatever apiFetch rejected with (a WP_Error body, a network failure) into a RestError.
 * @param error
 */
export function toRestError( error: unknown ): RestError {
	if ( error instanceof RestError ) {
		return error;
	}
	// A WP_Error body is a plain object with a code; a thrown Error (e.g. a TypeError from fetch) is not.
	if ( error && typeof error === 'object' && ! ( error instanceof Error ) ) {
		const body = error as {
			message?: unknown;
			code?: unknown;
			data?: { status?: unknown } | null;
		};
		if (
			typeof body.code === 'string' &&
			typeof body.message === 'string' &&
			body.message !== ''
		) {
			const status =
				typeof body.data?.status === 'number'
					? body.data.status
					: undefined;
			return new RestError( body.message, body.code, status );
		}
	}
	return new RestError(
		__(
			'The server could not be reached. Check your connection and try again.',
			'wayfinder'
		),
		'fetch_error'
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
