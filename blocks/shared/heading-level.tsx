import { SelectControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

type Props = {
	/** The label, when the block says more than "Heading level". */
	label?: string;
	value: number;
	onChange: ( level: number ) => void;
};

/**
 * The heading level a block's own heading takes (2 to 4), chosen in its sidebar.
 * @param root0
 * @param root0.label
 * @param root0.value
 * @param root0.onChange
 */
export function HeadingLevelControl( { label, value, onChange }: Props ) {
	return (
		<SelectControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label ?? __( 'Heading level', 'wayfinder' ) }
			value={ String( value ) }
			options={ [ 2, 3, 4 ].map( ( level ) => ( {
				value: String( level ),
				/* translators: %d: a heading level, 2 to 4. */
				label: __( 'Heading %d', 'wayfinder' ).replace(
					'%d',
					String( level )
				),
			} ) ) }
			onChange={ ( level ) => onChange( Number( level ) ) }
		/>
	);
}
