/**
 * A whole number typed in the editor's sidebar: what is typed stays while it is typed, and the
 * value changes only to a whole number.
 */
import { TextControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';

/**
 * A whole number field that lets the person clear it while typing (the meta keeps the last number).
 * @param props
 * @param props.label    Its label.
 * @param props.help     A sentence under it.
 * @param props.value    The saved number.
 * @param props.min      The smallest allowed.
 * @param props.max      The largest allowed.
 * @param props.onChange Called with each whole number typed.
 */
export function NumberField( {
	label,
	help,
	value,
	min,
	max,
	onChange,
}: {
	label: string;
	help?: string;
	value: number;
	min: number;
	max: number;
	onChange: ( value: number ) => void;
} ) {
	const [ text, setText ] = useState( String( value ) );
	useEffect( () => {
		setText( ( current ) =>
			Number( current ) === value && current !== ''
				? current
				: String( value )
		);
	}, [ value ] );
	return (
		<TextControl
			__nextHasNoMarginBottom
			__next40pxDefaultSize
			type="number"
			min={ min }
			max={ max }
			label={ label }
			help={ help }
			value={ text }
			onChange={ ( next: string ) => {
				setText( next );
				if ( /^\d+$/.test( next ) ) {
					onChange( Number( next ) );
				}
			} }
		/>
	);
}
