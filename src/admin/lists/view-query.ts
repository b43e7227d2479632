/**
 * One mapping between a list's DataViews view, the URL and the REST query, so the server pages,
 * sorts and filters, and the URL restores the view.
 */
import type { View } from '@wordpress/dataviews';

import type { Params } from '../router';

export interface ListSpec {
	/** Filterable fields: their values go to the REST API as query args of the same name. */
	filters: readonly string[];
	/** The one field the server can sort by (as `order=asc|desc`), if any. */
	sortField?: string;
	/** Several sortable fields instead: view field => the server's `orderby` value (with `order`). */
	sortFields?: Readonly< Record< string, string > >;
	/** The server searches: the view's search goes to the REST API as `search`. */
	search?: boolean;
	/** The view a screen opens with. */
	defaults: View;
}

const PER_PAGE_CHOICES = [ 10, 20, 50, 100 ];

function positiveInt( value: string | undefined, fallback: number ): number {
	const number = Number( value );
	return Number.isInteger( number ) && number > 0 ? number : fallback;
}

function isDirection( value: string | undefined ): value is 'asc' | 'desc' {
	return value === 'asc' || value === 'desc';
}

/**
 * The view's sort from `orderby` and `order` in the URL, or nothing to keep the default.
 * @param params URL params.
 * @param spec   The list's sortable fields and default view.
 */
function sortFromParams(
	params: Params,
	spec: ListSpec
): { sort?: NonNullable< View[ 'sort' ] > } {
	if ( spec.sortFields ) {
		const fields = spec.sortFields;
		const field =
			Object.keys( fields ).find(
				( key ) => fields[ key ] === params.orderby
			) ?? spec.defaults.sort?.field;
		if ( ! field || ! ( field in fields ) ) {
			return {};
		}
		const direction = isDirection( params.order )
			? params.order
			: ( spec.defaults.sort?.direction ?? 'asc' );
		return { sort: { field, direction } };
	}
	return spec.sortField && isDirection( params.order )
		? { sort: { field: spec.sortField, direction: params.order } }
		: {};
}

/**
 * The view the URL describes; anything missing or malformed falls back to the default.
 * @param params URL params.
 * @param spec   The list's filters and default view.
 */
export function viewFromParams( params: Params, spec: ListSpec ): View {
	const perPage = positiveInt( params.per_page, spec.defaults.perPage ?? 20 );
	const view: View = {
		...spec.defaults,
		page: positiveInt( params.paged, 1 ),
		perPage: PER_PAGE_CHOICES.includes( perPage )
			? perPage
			: ( spec.defaults.perPage ?? 20 ),
		search: params.search ?? '',
		...sortFromParams( params, spec ),
		filters: spec.filters
			.filter( ( field ) => ( params[ field ] ?? '' ) !== '' )
			.map( ( field ) => ( {
				field,
				operator: 'is' as const,
				value: params[ field ],
			} ) ),
	};
	return view;
}

/**
 * The URL params for a view: only what differs from the default, so links stay short.
 * @param view The view.
 * @param spec The list's filters and default view.
 */
export function paramsFromView( view: View, spec: ListSpec ): Params {
	const params: Params = {};
	if ( ( view.page ?? 1 ) > 1 ) {
		params.paged = String( view.page );
	}
	if ( view.perPage && view.perPage !== ( spec.defaults.perPage ?? 20 ) ) {
		params.per_page = String( view.perPage );
	}
	if ( view.search ) {
		params.search = view.search;
	}
	if (
		spec.sortField &&
		view.sort?.field === spec.sortField &&
		view.sort.direction !== spec.defaults.sort?.direction
	) {
		params.order = view.sort.direction;
	}
	const orderby = view.sort && spec.sortFields?.[ view.sort.field ];
	if (
		view.sort &&
		orderby &&
		( view.sort.field !== spec.defaults.sort?.field ||
			view.sort.direction !== spec.defaults.sort?.direction )
	) {
		params.orderby = orderby;
		params.order = view.sort.direction;
	}
	for ( const filter of view.filters ?? [] ) {
		if (
			spec.filters.includes( filter.field ) &&
			filter.value !== undefined &&
			filter.value !== ''
		) {
			params[ filter.field ] = String( filter.value );
		}
	}
	return params;
}

/**
 * The REST query for a view: WordPress's page/per_page and one arg per filter.
 * @param view The view.
 * @param spec The list's filters and default view.
 */
export function queryFromView(
	view: View,
	spec: ListSpec
): Record< string, string | number > {
	const query: Record< string, string | number > = {
		page: view.page ?? 1,
		per_page: view.perPage ?? 20,
	};
	for ( const [ key, value ] of Object.entries(
		paramsFromView( view, spec )
	) ) {
		if ( spec.filters.includes( key ) ) {
			query[ key ] = value;
		}
	}
	if ( spec.sortField && view.sort?.field === spec.sortField ) {
		query.order = view.sort.direction;
	}
	const orderby = view.sort && spec.sortFields?.[ view.sort.field ];
	if ( view.sort && orderby ) {
		query.orderby = orderby;
		query.order = view.sort.direction;
	}
	if ( spec.search && view.search ) {
		query.search = view.search;
	}
	return query;
}
