import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, Placeholder } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { HeadingLevelControl } from '../shared/heading-level';

export interface SurveyAttributes extends Record< string, unknown > {
	headingLevel: number;
}

/**
 * @param props               The block editor's props.
 * @param props.attributes    The block's attributes.
 * @param props.setAttributes Changes them.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< SurveyAttributes > ) {
	const blockProps = useBlockProps();
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Survey', 'wayfinder' ) }>
					<HeadingLevelControl
						value={ attributes.headingLevel }
						onChange={ ( headingLevel ) =>
							setAttributes( { headingLevel } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...blockProps }>
				<Placeholder
					icon="feedback"
					label={ __( 'Survey', 'wayfinder' ) }
					instructions={ __(
						'Invitation e-mails link to this page: each person sees the survey they were asked, and can answer without logging in. Signed-in visitors without a link see the surveys waiting for them.',
						'wayfinder'
					) }
				/>
			</div>
		</>
	);
}
