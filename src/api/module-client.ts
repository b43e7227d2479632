/**
 * The typed REST client for the blocks' view script modules. WordPress's api-fetch is a classic script
 * that a script module cannot import, so this one is fetch() with the logged-in person's REST nonce;
 * the route URLs come from the server (rest_url(), so they work with any permalink setting).
 */
import { fromErrorBody, RestError } from './rest-error';

export { RestError } from './rest-error';

export interface ModuleCall {
	/** The route's full URL, from rest_url(). */
	url: string;
	method: string;
	body: Record< string, unknown >;
}

/**
 * Sends a call as the logged-in person and returns the answer's body; throws a RestError with the
 * server's message, or with `unreachable` when there was no answer.
 * @param call        The route, method and body.
 * @param nonce       The person's `wp_rest` nonce.
 * @param unreachable What to say when the server could not be reached (translated by the server).
 */
export async function send< T >(
	call: ModuleCall,
	nonce: string,
	unreachable: string
): Promise< T > {
	let response: Response;
	try {
		response = await window.fetch( call.url, {
			method: call.method,
			credentials: 'same-origin',
			headers: {
				Accept: 'application/json',
				'Content-Type': 'application/json',
				'X-WP-Nonce': nonce,
			},
			body: JSON.stringify( call.body ),
		} );
	} catch {
		throw new RestError( unreachable, 'fetch_error' );
	}
	const body: unknown = await response.json().catch( () => null );
	if ( ! response.ok ) {
		throw (
			fromErrorBody( body ) ??
			new RestError( unreachable, 'fetch_error', response.status )
		);
	}
	return body as T;
}
