/**
 * Picks a mentor for the card: names from the public directory (GET /mentors?search=…).
 */
import { ComboboxControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { listMentors, request } from '../../src/api/client';

interface Props {
	value: number;
	onChange: ( id: number ) => void;
}

interface Option {
	value: string;
	label: string;
}

export default function MentorPicker( { value, onChange }: Props ) {
	const [ search, setSearch ] = useState( '' );
	const [ options, setOptions ] = useState< Option[] >( [] );
	const [ chosen, setChosen ] = useState< Option | null >( null );

	// The chosen mentor's name, from their public profile.
	useEffect( () => {
		if ( value <= 0 ) {
			setChosen( null );
			return;
		}
		request< { id: number; name: string } >( {
			path: `/wayfinder/v1/profiles/${ value }`,
		} )
			.then( ( profile ) =>
				setChosen( {
					value: String( profile.id ),
					label: profile.name,
				} )
			)
			.catch( () =>
				setChosen( {
					value: String( value ),
					/* translators: %d: a user ID. */
					label: __( 'Not a mentor', 'wayfinder' ),
				} )
			);
	}, [ value ] );

	useEffect( () => {
		let current = true;
		const timer = setTimeout( () => {
			listMentors( { search, per_page: 20 } )
				.then( ( page ) => {
					if ( current ) {
						setOptions(
							page.items.map( ( mentor ) => ( {
								value: String( mentor.id ),
								label: mentor.name,
							} ) )
						);
					}
				} )
				.catch( () => current && setOptions( [] ) );
		}, 250 );
		return () => {
			current = false;
			clearTimeout( timer );
		};
	}, [ search ] );

	const all =
		chosen && ! options.some( ( option ) => option.value === chosen.value )
			? [ chosen, ...options ]
			: options;

	return (
		<ComboboxControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ __( 'Mentor', 'wayfinder' ) }
			help={ __(
				'Type a name. Only mentors listed in the directory are offered.',
				'wayfinder'
			) }
			value={ value > 0 ? String( value ) : null }
			options={ all }
			onFilterValueChange={ setSearch }
			onChange={ ( id ) => onChange( id ? Number( id ) : 0 ) }
		/>
	);
}
