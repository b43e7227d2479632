/**
 * A list whose view lives in the URL and whose rows come a page at a time from the server.
 */
import type { View } from '@wordpress/dataviews';
import { useCallback, useEffect, useMemo, useState } from '@wordpress/element';

import type { RestError } from '../../api/client';
import { toRestError } from '../../api/client';
import type { Page } from '../../api/types';
import { navigate, type Params } from '../router';
import {
	type ListSpec,
	paramsFromView,
	queryFromView,
	viewFromParams,
} from './view-query';

const NO_SCOPE: Params = {};

/**
 * @param screen The screen's ID in the URL.
 * @param params The URL params.
 * @param spec   The list's filters, sorts and default view.
 * @param load   Fetches one page for a REST query.
 * @param scope  URL params that a change of view keeps (e.g. which list, the selected row).
 */
export function useServerList< T >(
	screen: string,
	params: Params,
	spec: ListSpec,
	load: ( query: Record< string, string | number > ) => Promise< Page< T > >,
	scope: Params = NO_SCOPE
) {
	const view = useMemo(
		() => viewFromParams( params, spec ),
		[ params, spec ]
	);
	const query = JSON.stringify( queryFromView( view, spec ) );
	// Rows belong to the loader that fetched them: another list (People's mentors → mentees) starts
	// empty and loading, never with the other list's rows under its columns.
	const [ page, setPage ] = useState< {
		load: typeof load;
		rows: Page< T >;
	} | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ loading, setLoading ] = useState( true );
	const [ generation, setGeneration ] = useState( 0 );

	useEffect( () => {
		let current = true;
		setLoading( true );
		load( JSON.parse( query ) ).then(
			( result ) => {
				if ( current ) {
					setPage( { load, rows: result } );
					setError( null );
					setLoading( false );
				}
			},
			( failure: unknown ) => {
				if ( current ) {
					setError( toRestError( failure ) );
					setLoading( false );
				}
			}
		);
		// A newer view or reload wins over a slower, older answer.
		return () => {
			current = false;
		};
	}, [ query, load, generation ] );

	const setView = useCallback(
		( next: View ) => {
			// A new filter or page size starts at page 1, as WordPress lists do.
			const changedShape =
				JSON.stringify( next.filters ) !==
					JSON.stringify( view.filters ) ||
				next.perPage !== view.perPage ||
				next.search !== view.search;
			navigate(
				{
					screen,
					...scope,
					...paramsFromView(
						changedShape ? { ...next, page: 1 } : next,
						spec
					),
				},
				next.search !== view.search
			);
		},
		[ screen, spec, view, scope ]
	);

	const rows = page?.load === load ? page.rows : null;
	return {
		view,
		setView,
		items: rows?.items ?? [],
		paginationInfo: {
			totalItems: rows?.total ?? 0,
			totalPages: rows?.totalPages ?? 0,
		},
		loading: loading || ( rows === null && error === null ),
		error,
		reload: () => setGeneration( ( n ) => n + 1 ),
	};
}
