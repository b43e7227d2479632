/**
 * The buttons beside one row of an ordered list being edited (a playbook's steps, a survey's
 * questions): move it up, move it down, remove it.
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

export function RowActions( {
	index,
	count,
	onMove,
	onRemove,
	removeLabel,
	canRemove = true,
}: {
	/** The row's place, from 0. */
	index: number;
	/** How many rows there are. */
	count: number;
	onMove: ( index: number, by: -1 | 1 ) => void;
	onRemove: ( index: number ) => void;
	/** What "remove" says, e.g. "Remove this step". */
	removeLabel: string;
	canRemove?: boolean;
} ) {
	return (
		<div className="wayfinder-playbook-editor__step-actions">
			<Button
				variant="secondary"
				size="compact"
				disabled={ index === 0 }
				accessibleWhenDisabled
				onClick={ () => onMove( index, -1 ) }
			>
				{ __( 'Move up', 'wayfinder' ) }
			</Button>
			<Button
				variant="secondary"
				size="compact"
				disabled={ index === count - 1 }
				accessibleWhenDisabled
				onClick={ () => onMove( index, 1 ) }
			>
				{ __( 'Move down', 'wayfinder' ) }
			</Button>
			<Button
				variant="tertiary"
				size="compact"
				isDestructive
				disabled={ ! canRemove }
				accessibleWhenDisabled
				onClick={ () => onRemove( index ) }
			>
				{ removeLabel }
			</Button>
		</div>
	);
}
