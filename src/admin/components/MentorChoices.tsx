import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import type { ScoredPair } from '../../api/types';
import Reasons from './Reasons';

/**
 * Mentors the engine suggests, best first, each with its score, its reasons and one action.
 * @param props
 * @param props.pairs    The scored pairs.
 * @param props.label    The action's label for a mentor's name, e.g. "Assign %s".
 * @param props.busy     The mentor whose action is running, if any.
 * @param props.primary  Whether the action is the screen's main one.
 * @param props.onChoose Called with the chosen pair.
 */
export default function MentorChoices( {
	pairs,
	label,
	busy,
	primary = false,
	onChoose,
}: {
	pairs: ScoredPair[];
	label: ( name: string ) => string;
	busy: number | null;
	primary?: boolean;
	onChoose: ( pair: ScoredPair ) => void;
} ) {
	return (
		<ol className="wayfinder-suggestions__list">
			{ pairs.map( ( pair ) => (
				<li key={ pair.mentor }>
					<strong>{ pair.mentor_name }</strong>{ ' ' }
					<span className="wayfinder-score">
						{ sprintf(
							/* translators: %s: a score out of 100 */
							__( 'score %s', 'wayfinder' ),
							pair.score.toFixed( 2 )
						) }
					</span>
					<Reasons reasons={ pair.reasons } />
					<Button
						variant={ primary ? 'primary' : 'secondary' }
						isBusy={ busy === pair.mentor }
						disabled={ busy !== null }
						onClick={ () => onChoose( pair ) }
					>
						{ label( pair.mentor_name ) }
					</Button>
				</li>
			) ) }
		</ol>
	);
}
