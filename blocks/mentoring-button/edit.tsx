import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, SelectControl, ToggleControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __ } from '@wordpress/i18n';

import { listPages } from '../../src/api/client';
import { ServerPreview } from '../shared/preview';

export interface ButtonAttributes {
	mentorshipPage: number;
	showReason: boolean;
}

/** The published pages to choose the My mentorship page from. */
function usePageOptions(): Array< { label: string; value: string } > {
	const [ pages, setPages ] = useState<
		Array< { label: string; value: string } >
	>( [] );
	useEffect( () => {
		listPages()
			.then( ( found ) =>
				setPages(
					found.map( ( page ) => ( {
						label:
							decodeEntities( page.title.rendered ) ||
							__( '(no title)', 'wayfinder' ),
						value: String( page.id ),
					} ) )
				)
			)
			.catch( () => setPages( [] ) );
	}, [] );
	return pages;
}

/**
 * @param props
 * @param props.attributes    The block's settings.
 * @param props.setAttributes Changes them.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< ButtonAttributes > ) {
	const pages = usePageOptions();
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Settings', 'wayfinder' ) }>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'My mentorship page', 'wayfinder' ) }
						help={ __(
							'Where “Start mentoring”, “Find more mentees” and “Your mentor” lead. Found automatically: a published page with the My mentorship block; without one, the waiting mentees open under the button.',
							'wayfinder'
						) }
						value={ String( attributes.mentorshipPage ) }
						options={ [
							{
								label: __(
									'Find it automatically',
									'wayfinder'
								),
								value: '0',
							},
							...pages,
						] }
						onChange={ ( value: string ) =>
							setAttributes( { mentorshipPage: Number( value ) } )
						}
					/>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __(
							'Say why there is no button, and what to do',
							'wayfinder'
						) }
						help={ __(
							'For mentors who are away, full or have stopped.',
							'wayfinder'
						) }
						checked={ attributes.showReason }
						onChange={ ( showReason: boolean ) =>
							setAttributes( { showReason } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...useBlockProps() }>
				<ServerPreview
					block="wayfinder/mentoring-button"
					attributes={ { ...attributes } }
				/>
			</div>
		</>
	);
}
