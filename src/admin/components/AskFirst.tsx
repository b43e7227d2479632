import ConfirmActions from './ConfirmActions';

/**
 * A destructive action's question, in place of its button: what will happen, then keep or go ahead.
 * @param props
 * @param props.label        The group's name for screen readers ("Withdraw Ana Lima?").
 * @param props.question     What will happen, in a sentence.
 * @param props.keepLabel    What keeping says.
 * @param props.confirmLabel What going ahead says.
 * @param props.busy         While the change runs.
 * @param props.onKeep       Closes without a change.
 * @param props.onConfirm    Makes the change.
 */
export default function AskFirst( {
	label,
	question,
	keepLabel,
	confirmLabel,
	busy,
	onKeep,
	onConfirm,
}: {
	label: string;
	question: string;
	keepLabel: string;
	confirmLabel: string;
	busy: boolean;
	onKeep: () => void;
	onConfirm: () => void;
} ) {
	return (
		<span
			className="wayfinder-cohort-people__question"
			role="group"
			aria-label={ label }
		>
			{ question }
			<ConfirmActions
				keepLabel={ keepLabel }
				confirmLabel={ confirmLabel }
				busy={ busy }
				onKeep={ onKeep }
				onConfirm={ onConfirm }
			/>
		</span>
	);
}
