import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, SelectControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __ } from '@wordpress/i18n';

import { getPage } from '../../src/api/client';
import type { CohortPost } from '../../src/api/types';
import { ServerPreview } from '../shared/preview';

export interface ApplicationBlockAttributes extends Record< string, unknown > {
	cohortId: number;
	headingLevel: number;
}

/** The published cohorts to choose from. */
function useCohortOptions(): Array< { label: string; value: string } > {
	const [ cohorts, setCohorts ] = useState<
		Array< { label: string; value: string } >
	>( [] );
	useEffect( () => {
		getPage< CohortPost >( '/cohorts', { per_page: 100 } )
			.then( ( page ) =>
				setCohorts(
					page.items.map( ( cohort ) => ( {
						label:
							decodeEntities( cohort.title.rendered ) ||
							__( '(no title)', 'wayfinder' ),
						value: String( cohort.id ),
					} ) )
				)
			)
			.catch( () => setCohorts( [] ) );
	}, [] );
	return cohorts;
}

/**
 * @param props
 * @param props.attributes    The block's settings.
 * @param props.setAttributes Changes them.
 * @param props.context       The post being edited (a cohort's own page shows that cohort).
 */
export default function Edit( {
	attributes,
	setAttributes,
	context,
}: BlockEditProps< ApplicationBlockAttributes > & {
	context?: { postId?: number; postType?: string };
} ) {
	const blockProps = useBlockProps();
	const cohorts = useCohortOptions();
	const onOwnPage = context?.postType === 'wayfinder_cohort';
	const cohortId =
		attributes.cohortId > 0
			? attributes.cohortId
			: ( onOwnPage && context?.postId ) || 0;
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Cohort', 'wayfinder' ) }>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Cohort', 'wayfinder' ) }
						value={ String( attributes.cohortId ) }
						options={ [
							{
								label: __(
									'The cohort whose page this is',
									'wayfinder'
								),
								value: '0',
							},
							...cohorts,
						] }
						onChange={ ( value ) =>
							setAttributes( { cohortId: Number( value ) } )
						}
					/>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __(
							'Heading level of the title',
							'wayfinder'
						) }
						value={ String( attributes.headingLevel ) }
						options={ [ 2, 3, 4 ].map( ( level ) => ( {
							value: String( level ),
							/* translators: %d: a heading level, 2 to 4. */
							label: __( 'Heading %d', 'wayfinder' ).replace(
								'%d',
								String( level )
							),
						} ) ) }
						onChange={ ( level ) =>
							setAttributes( { headingLevel: Number( level ) } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...blockProps }>
				{ cohortId > 0 ? (
					<ServerPreview
						block="wayfinder/application"
						attributes={ { ...attributes, cohortId } }
					/>
				) : (
					<p className="wayfinder-help">
						{ __(
							'Choose the cohort people apply to in the block’s settings, or place it on a cohort’s own page.',
							'wayfinder'
						) }
					</p>
				) }
			</div>
		</>
	);
}
