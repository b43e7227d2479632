/**
 * The part of the REST client that block view script modules use. Script modules cannot load
 * api-fetch (a classic script), so these call fetch() themselves, with the REST nonce
 * the block's server state hands over for logged-in visitors.
 */
import type { MenteeRequestInput, MentoringRequest } from './types';

/** A refusal from the server: its message (already translated) and code. */
export class PublicRestError extends Error {
	readonly code: string;

	constructor( message: string, code: string ) {
		super( message );
		this.name = 'PublicRestError';
		this.code = code;
	}
}

/**
 * POST /wayfinder/v1/requests as the logged-in visitor.
 * @param root  The REST root, e.g. https://example.org/wp-json/ (rest_url()).
 * @param nonce The wp_rest nonce.
 * @param input The request.
 */
export async function askForMentor(
	root: string,
	nonce: string,
	input: MenteeRequestInput
): Promise< MentoringRequest > {
	let response: Response;
	try {
		response = await fetch( `${ root }wayfinder/v1/requests`, {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/json',
				'X-WP-Nonce': nonce,
			},
			body: JSON.stringify( input ),
		} );
	} catch {
		throw new PublicRestError( '', 'fetch_error' );
	}
	const body: unknown = await response.json().catch( () => null );
	if ( ! response.ok ) {
		const error = ( body ?? {} ) as { message?: unknown; code?: unknown };
		throw new PublicRestError(
			typeof error.message === 'string' ? error.message : '',
			typeof error.code === 'string' ? error.code : 'unknown'
		);
	}
	return body as MentoringRequest;
}
