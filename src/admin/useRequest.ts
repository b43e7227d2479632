import { useCallback, useEffect, useState } from '@wordpress/element';

import { RestError, toRestError } from '../api/client';

export type RequestState< T > =
	| { status: 'loading' }
	| { status: 'error'; error: RestError }
	| { status: 'success'; data: T };

/**
 * Runs a REST read once on mount; `reload` runs it again (e.g. after an error).
 * @param load
 */
export function useRequest< T >( load: () => Promise< T > ) {
	const [ state, setState ] = useState< RequestState< T > >( {
		status: 'loading',
	} );
	const reload = useCallback( () => {
		setState( { status: 'loading' } );
		load().then(
			( data ) => setState( { status: 'success', data } ),
			( error: unknown ) =>
				setState( { status: 'error', error: toRestError( error ) } )
		);
	}, [ load ] );
	useEffect( reload, [ reload ] );
	return { state, reload };
}
