import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, SelectControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __ } from '@wordpress/i18n';

import { getPage } from '../../src/api/client';
import type { CohortPost } from '../../src/api/types';
import { HeadingLevelControl } from './heading-level';
import { ServerPreview } from './preview';

/** The settings of a block about one cohort (the cohort page, the application form). */
export interface CohortBlockAttributes extends Record< string, unknown > {
	cohortId: number;
	headingLevel: number;
}

/** What differs between the blocks about one cohort, in each block's own words. */
export interface CohortBlockWords {
	/** The block's name, e.g. wayfinder/cohort. */
	block: string;
	/** The label of the heading level's setting. */
	headingLabel: string;
	/** What the editor says before a cohort is chosen. */
	choose: string;
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
 * The editor of a block about one cohort: choose the cohort (or the page's own) and the heading
 * level, and see the server's rendering.
 * @param props
 * @param props.attributes    The block's settings.
 * @param props.setAttributes Changes them.
 * @param props.context       The post being edited (a cohort's own page shows that cohort).
 * @param props.words         The block's name and its sentences.
 */
export function CohortBlockEdit( {
	attributes,
	setAttributes,
	context,
	words,
}: BlockEditProps< CohortBlockAttributes > & {
	context?: { postId?: number; postType?: string };
	words: CohortBlockWords;
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
					<HeadingLevelControl
						label={ words.headingLabel }
						value={ attributes.headingLevel }
						onChange={ ( headingLevel ) =>
							setAttributes( { headingLevel } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...blockProps }>
				{ cohortId > 0 ? (
					<ServerPreview
						block={ words.block }
						attributes={ { ...attributes, cohortId } }
					/>
				) : (
					<p className="wayfinder-help">{ words.choose }</p>
				) }
			</div>
		</>
	);
}
