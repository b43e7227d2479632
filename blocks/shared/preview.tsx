/**
 * The editor's live preview of a server-rendered block: WordPress's block renderer route renders it
 * for the person editing, with the block's current attributes (@wordpress/server-side-render is not
 * one of this project's packages; this is the small part of it the blocks need).
 */
import { Disabled, Notice, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';

import { renderBlock } from '../../src/api/client';

/**
 * @param props
 * @param props.block      The block's name.
 * @param props.attributes Its attributes; the preview follows their changes.
 */
export function ServerPreview( {
	block,
	attributes,
}: {
	block: string;
	attributes: Record< string, unknown >;
} ) {
	const [ html, setHtml ] = useState< string | null >( null );
	const [ error, setError ] = useState( '' );
	const key = JSON.stringify( attributes );

	useEffect( () => {
		let current = true;
		// The post being edited, so links in the preview point at it.
		const postId = Number(
			new URLSearchParams( window.location.search ).get( 'post' ) ?? 0
		);
		// Typing in a setting changes the attributes often: render once it settles.
		const timer = setTimeout(
			() =>
				renderBlock(
					block,
					JSON.parse( key ) as Record< string, unknown >,
					postId
				)
					.then( ( rendered ) => {
						if ( current ) {
							setHtml( rendered );
							setError( '' );
						}
					} )
					.catch( ( failure: Error ) => {
						if ( current ) {
							setError( failure.message );
						}
					} ),
			300
		);
		return () => {
			current = false;
			clearTimeout( timer );
		};
	}, [ block, key ] );

	if ( error !== '' ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error }
			</Notice>
		);
	}
	if ( html === null ) {
		return <Spinner />;
	}
	// The server escaped what it rendered; the preview is for looking, not for clicking.
	return (
		<Disabled>
			<div dangerouslySetInnerHTML={ { __html: html } } />
		</Disabled>
	);
}
