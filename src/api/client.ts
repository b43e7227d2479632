/**
 * The typed REST client: the only way TypeScript talks to PHP.
 */
import apiFetch, { type APIFetchOptions } from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';

import type { ProgramStatus, WayfinderSiteSettings } from './types';

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
