import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { HeadingLevelControl } from '../shared/heading-level';
import { UserIdControl } from '../shared/user-id';
import { ServerPreview } from '../shared/preview';

export interface BadgesAttributes extends Record< string, unknown > {
	userId: number;
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
}: BlockEditProps< BadgesAttributes > ) {
	const blockProps = useBlockProps();
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Badges', 'wayfinder' ) }>
					<UserIdControl
						label={ __( 'Whose badges (user ID)', 'wayfinder' ) }
						help={ __(
							'Leave 0 to show the badges of the author whose page this is (on an author page), or of the post’s author.',
							'wayfinder'
						) }
						value={ attributes.userId }
						onChange={ ( userId ) => setAttributes( { userId } ) }
					/>
					<HeadingLevelControl
						value={ attributes.headingLevel }
						onChange={ ( headingLevel ) =>
							setAttributes( { headingLevel } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...blockProps }>
				<ServerPreview
					block="wayfinder/badges"
					attributes={ attributes }
				/>
			</div>
		</>
	);
}
