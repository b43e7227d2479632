import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, Placeholder, ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { HeadingLevelControl } from '../shared/heading-level';
import { ServerPreview } from '../shared/preview';
import MentorPicker from './MentorPicker';

export interface CardAttributes extends Record< string, unknown > {
	mentorId: number;
	showAvailability: boolean;
	headingLevel: number;
}

export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< CardAttributes > ) {
	const blockProps = useBlockProps();
	const picker = (
		<MentorPicker
			value={ attributes.mentorId }
			onChange={ ( mentorId ) => setAttributes( { mentorId } ) }
		/>
	);
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Mentor', 'wayfinder' ) }>
					<div className="wayfinder-inspector-field">{ picker }</div>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __(
							'Show when they are available',
							'wayfinder'
						) }
						checked={ attributes.showAvailability }
						onChange={ ( showAvailability ) =>
							setAttributes( { showAvailability } )
						}
					/>
					<HeadingLevelControl
						label={ __( 'Heading level of the name', 'wayfinder' ) }
						value={ attributes.headingLevel }
						onChange={ ( headingLevel ) =>
							setAttributes( { headingLevel } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...blockProps }>
				{ attributes.mentorId > 0 ? (
					<ServerPreview
						block="wayfinder/mentor-card"
						attributes={ attributes }
					/>
				) : (
					<Placeholder
						icon="id-alt"
						label={ __( 'Mentor card', 'wayfinder' ) }
						instructions={ __(
							'Choose the mentor this card shows.',
							'wayfinder'
						) }
					>
						{ picker }
					</Placeholder>
				) }
			</div>
		</>
	);
}
