import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, Placeholder } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { HeadingLevelControl } from '../shared/heading-level';

export interface VerifyAttributes extends Record< string, unknown > {
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
}: BlockEditProps< VerifyAttributes > ) {
	const blockProps = useBlockProps();
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Heading', 'wayfinder' ) }>
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
					icon="yes-alt"
					label={ __( 'Verify a certificate', 'wayfinder' ) }
					instructions={ __(
						'Visitors paste a badge certificate, open a certificate’s verification link, or choose a badge image that holds one, and see whether it checks out. Certificates link to the first published page with this block.',
						'wayfinder'
					) }
				/>
			</div>
		</>
	);
}
