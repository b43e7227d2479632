import { TextControl } from '@wordpress/components';

/**
 * Whose things a block shows, by user ID in its sidebar; 0 (the default) means the author of the page
 * or archive being shown.
 * @param props          The control's props.
 * @param props.label    Its label.
 * @param props.help     What 0 and a number mean for this block.
 * @param props.value    The user ID.
 * @param props.onChange Changes it (never below 0).
 */
export function UserIdControl( {
	label,
	help,
	value,
	onChange,
}: {
	label: string;
	help: string;
	value: number;
	onChange: ( userId: number ) => void;
} ) {
	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			type="number"
			min={ 0 }
			label={ label }
			help={ help }
			value={ String( value ) }
			onChange={ ( typed ) =>
				onChange( Math.max( 0, parseInt( typed, 10 ) || 0 ) )
			}
		/>
	);
}
