/**
 * The app's place lives in the URL (admin.php?page=wayfinder&screen=…&…view…), so a link or a
 * reload restores it and back/forward work. One hook reads it; `navigate` changes it.
 */
import { useEffect, useState } from '@wordpress/element';

const CHANGE = 'wayfinder-navigate';

export type Params = Record< string, string >;

export function currentParams(): Params {
	return Object.fromEntries( new URLSearchParams( window.location.search ) );
}

/**
 * Moves to new params (keeping `page`, WordPress's own), as a new history entry or in place.
 * @param params  The app's params: screen and view.
 * @param replace Replace the current entry instead of adding one (e.g. typing in a search box).
 */
export function navigate( params: Params, replace = false ): void {
	const next = new URLSearchParams( {
		page: currentParams().page ?? 'wayfinder',
	} );
	for ( const [ key, value ] of Object.entries( params ) ) {
		if ( key !== 'page' && value !== '' ) {
			next.set( key, value );
		}
	}
	const url = `${ window.location.pathname }?${ next.toString() }`;
	if ( replace ) {
		window.history.replaceState( null, '', url );
	} else {
		window.history.pushState( null, '', url );
	}
	window.dispatchEvent( new Event( CHANGE ) );
}

/** The current params, updated on navigate() and on back/forward. */
export function useParams(): Params {
	const [ params, setParams ] = useState( currentParams );
	useEffect( () => {
		const update = () => setParams( currentParams() );
		window.addEventListener( 'popstate', update );
		window.addEventListener( CHANGE, update );
		return () => {
			window.removeEventListener( 'popstate', update );
			window.removeEventListener( CHANGE, update );
		};
	}, [] );
	return params;
}

/**
 * A link inside the app: a real href (open in a new tab works), navigating in place on a plain click.
 * @param params The params the link goes to.
 */
export function hrefFor( params: Params ): string {
	const query = new URLSearchParams( {
		page: currentParams().page ?? 'wayfinder',
		...params,
	} );
	return `admin.php?${ query.toString() }`;
}
