import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import {
	PanelBody,
	RangeControl,
	SelectControl,
	ToggleControl,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __ } from '@wordpress/i18n';

import { listTeams } from '../../src/api/client';
import { ServerPreview } from '../shared/preview';

export interface DirectoryAttributes extends Record< string, unknown > {
	perPage: number;
	team: string;
	showFilters: boolean;
}

export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< DirectoryAttributes > ) {
	const blockProps = useBlockProps();
	const [ teams, setTeams ] = useState<
		Array< { slug: string; name: string } >
	>( [] );

	useEffect( () => {
		listTeams( { per_page: 100 } )
			.then( ( page ) =>
				setTeams(
					page.items.map( ( team ) => ( {
						slug: team.slug,
						name: decodeEntities( team.title.rendered ),
					} ) )
				)
			)
			.catch( () => setTeams( [] ) );
	}, [] );

	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Directory', 'wayfinder' ) }>
					<RangeControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Mentors per page', 'wayfinder' ) }
						min={ 1 }
						max={ 50 }
						value={ attributes.perPage }
						onChange={ ( perPage ) =>
							setAttributes( { perPage: perPage ?? 12 } )
						}
					/>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Only mentors of one team', 'wayfinder' ) }
						help={ __(
							'For a team’s own page. Visitors then filter by language and time only.',
							'wayfinder'
						) }
						value={ attributes.team }
						options={ [
							{
								value: '',
								label: __(
									'Every team (visitors choose)',
									'wayfinder'
								),
							},
							...teams.map( ( team ) => ( {
								value: team.slug,
								label: team.name,
							} ) ),
						] }
						onChange={ ( team ) => setAttributes( { team } ) }
					/>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __( 'Show the filters', 'wayfinder' ) }
						checked={ attributes.showFilters }
						onChange={ ( showFilters ) =>
							setAttributes( { showFilters } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...blockProps }>
				<ServerPreview
					block="wayfinder/mentor-directory"
					attributes={ attributes }
				/>
			</div>
		</>
	);
}
