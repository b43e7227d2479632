import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, Placeholder } from '@wordpress/components';
import type { ComponentProps } from 'react';

import { HeadingLevelControl } from './heading-level';

export interface HeadingAttributes extends Record< string, unknown > {
	headingLevel: number;
}

/**
 * The editor of a block the server renders for each visitor (nothing to preview): its heading level in
 * the sidebar, and a placeholder that says what the block does.
 * @param block              What the editor shows.
 * @param block.panel        The sidebar panel's title.
 * @param block.icon         The placeholder's dashicon.
 * @param block.label        The block's name.
 * @param block.instructions What it does, in a sentence or two.
 */
export function placeholderEdit( block: {
	panel: string;
	icon: NonNullable< ComponentProps< typeof Placeholder >[ 'icon' ] >;
	label: string;
	instructions: string;
} ) {
	return function Edit( {
		attributes,
		setAttributes,
	}: BlockEditProps< HeadingAttributes > ) {
		const blockProps = useBlockProps();
		return (
			<>
				<InspectorControls>
					<PanelBody title={ block.panel }>
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
						icon={ block.icon }
						label={ block.label }
						instructions={ block.instructions }
					/>
				</div>
			</>
		);
	};
}
