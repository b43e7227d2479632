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
