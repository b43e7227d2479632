/**
 * The block as the server renders it, for the editor (@wordpress/server-side-render is not
 * installed here): GET /wp/v2/block-renderer/<name> with the block's attributes, shown inert.
 */
import apiFetch from '@wordpress/api-fetch';
import { Notice, Spinner } from '@wordpress/components';
import { RawHTML, useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

interface Props {
	block: string;
	attributes: Record< string, unknown >;
}

export default function ServerPreview( { block, attributes }: Props ) {
	const [ html, setHtml ] = useState< string | null >( null );
	const [ failed, setFailed ] = useState( false );
	const key = JSON.stringify( attributes );

	useEffect( () => {
		const controller = new AbortController();
		// The post being edited, so links in the preview point at it.
		const postId = Number(
			new URLSearchParams( window.location.search ).get( 'post' ) ?? 0
		);
		const timer = setTimeout( () => {
			apiFetch< { rendered: string } >( {
				path: addQueryArgs( `/wp/v2/block-renderer/${ block }`, {
					context: 'edit',
					attributes: JSON.parse( key ),
					...( postId > 0 ? { post_id: postId } : {} ),
				} ),
				signal: controller.signal,
			} )
				.then( ( response ) => {
					setHtml( response.rendered );
					setFailed( false );
				} )
				.catch( ( error: unknown ) => {
					if ( ! controller.signal.aborted ) {
						setFailed( Boolean( error ) );
					}
				} );
		}, 300 );
		return () => {
			clearTimeout( timer );
			controller.abort();
		};
	}, [ block, key ] );

	if ( failed ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ __(
					'The preview could not be loaded. The block still works on the page.',
					'wayfinder'
				) }
			</Notice>
		);
	}
	if ( html === null ) {
		return <Spinner />;
	}
	return (
		<div
			className="wayfinder-server-preview"
			ref={ ( element ) => element?.setAttribute( 'inert', '' ) }
		>
			<RawHTML>{ html }</RawHTML>
		</div>
	);
}
