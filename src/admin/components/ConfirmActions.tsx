import { Button } from '@wordpress/components';

/**
 * The two buttons under a destructive question: keep things as they are, or go ahead.
 * @param props
 * @param props.keepLabel    What keeping says ("Keep the match").
 * @param props.confirmLabel What going ahead says ("End the match").
 * @param props.busy         While the change runs.
 * @param props.onKeep       Closes without a change.
 * @param props.onConfirm    Makes the change.
 * @param props.disabled
 */
export default function ConfirmActions( {
	keepLabel,
	confirmLabel,
	busy,
	disabled = false,
	onKeep,
	onConfirm,
}: {
	keepLabel: string;
	confirmLabel: string;
	busy: boolean;
	/** Not ready to go ahead yet (e.g. a choice is missing). */
	disabled?: boolean;
	onKeep: ( () => void ) | undefined;
	onConfirm: () => void;
} ) {
	return (
		<div className="wayfinder-modal-actions">
			<Button variant="tertiary" onClick={ onKeep }>
				{ keepLabel }
			</Button>
			<Button
				variant="primary"
				isDestructive
				isBusy={ busy }
				disabled={ busy || disabled }
				onClick={ onConfirm }
			>
				{ confirmLabel }
			</Button>
		</div>
	);
}
