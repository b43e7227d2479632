import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, Placeholder } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { HeadingLevelControl } from '../shared/heading-level';
import { UserIdControl } from '../shared/user-id';
import { ServerPreview } from '../shared/preview';

export interface ContributionsAttributes extends Record< string, unknown > {
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
}: BlockEditProps< ContributionsAttributes > ) {
	const blockProps = useBlockProps();
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Whose contributions', 'wayfinder' ) }>
					<UserIdControl
						label={ __( 'User ID', 'wayfinder' ) }
						help={ __(
							'0: the author of the page or archive being shown.',
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
				{ attributes.userId > 0 ? (
					<>
						<p className="wayfinder-help">
							{ __(
								'Shows only if the person chose to show their verified contributions on their profile.',
								'wayfinder'
							) }
						</p>
						<ServerPreview
							block="wayfinder/contributions"
							attributes={ attributes }
						/>
					</>
				) : (
					<Placeholder
						icon="awards"
						label={ __( 'Contributions', 'wayfinder' ) }
						instructions={ __(
							'Shows the verified contributions of the author of the page or archive being shown — only if they chose to show them on their profile. To show one person’s, enter their user ID in the block’s settings.',
							'wayfinder'
						) }
					/>
				) }
			</div>
		</>
	);
}
