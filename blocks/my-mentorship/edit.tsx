import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, RangeControl, ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import { ServerPreview } from '../shared/preview';

export interface MyMentorshipAttributes {
	showWaiting: boolean;
	waitingCount: number;
	showProfile: boolean;
}

/**
 * @param props
 * @param props.attributes    The block's settings.
 * @param props.setAttributes Changes them.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< MyMentorshipAttributes > ) {
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Settings', 'wayfinder' ) }>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __(
							'Show mentors the mentees waiting for a mentor',
							'wayfinder'
						) }
						checked={ attributes.showWaiting }
						onChange={ ( showWaiting: boolean ) =>
							setAttributes( { showWaiting } )
						}
					/>
					{ attributes.showWaiting && (
						<RangeControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							label={ __(
								'How many waiting mentees',
								'wayfinder'
							) }
							help={ __(
								'The best fits first; mentors see how many more there are.',
								'wayfinder'
							) }
							min={ 1 }
							max={ 20 }
							value={ attributes.waitingCount }
							onChange={ ( value?: number ) =>
								setAttributes( { waitingCount: value ?? 5 } )
							}
						/>
					) }
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __( 'Show the profile editor', 'wayfinder' ) }
						help={ __(
							'Timezone, languages, teams, skills, intro and weekly availability; for mentors also capacity and status. People can also edit it on their profile screen.',
							'wayfinder'
						) }
						checked={ attributes.showProfile }
						onChange={ ( showProfile: boolean ) =>
							setAttributes( { showProfile } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...useBlockProps() }>
				<ServerPreview
					block="wayfinder/my-mentorship"
					attributes={ { ...attributes } }
				/>
			</div>
		</>
	);
}
