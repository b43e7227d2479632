import { Card, CardBody, CardHeader, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { commitPairs, getSuggestions } from '../../api/client';
import LoadError from '../components/LoadError';
import MentorChoices from '../components/MentorChoices';
import { useRequest } from '../useRequest';

/**
 * The best mentors for one waiting mentee, each with the engine's reasons and an Assign button.
 * @param props
 * @param props.mentee     The mentee's user ID.
 * @param props.name       Their name.
 * @param props.onAssigned Called after an assignment was saved.
 */
export default function SuggestionsPanel( {
	mentee,
	name,
	onAssigned,
}: {
	mentee: number;
	name: string;
	onAssigned: () => void;
} ) {
	const load = useCallback( () => getSuggestions( mentee ), [ mentee ] );
	const { state, reload } = useRequest( load );
	const [ busy, setBusy ] = useState< number | null >( null );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const assign = async ( mentor: number, mentorName: string ) => {
		setBusy( mentor );
		try {
			const result = await commitPairs( [ { mentee, mentor } ] );
			const failure = result.failed[ 0 ];
			if ( failure ) {
				createErrorNotice( failure.message, { type: 'snackbar' } );
			} else {
				createSuccessNotice(
					result.mode === 'request'
						? sprintf(
								/* translators: 1: mentor's name, 2: mentee's name */
								__( 'Asked %1$s to mentor %2$s.', 'wayfinder' ),
								mentorName,
								name
							)
						: sprintf(
								/* translators: 1: mentor's name, 2: mentee's name */
								__(
									'Proposed %1$s as the mentor of %2$s. They have been told.',
									'wayfinder'
								),
								mentorName,
								name
							),
					{ type: 'snackbar' }
				);
				onAssigned();
			}
		} catch ( error ) {
			createErrorNotice( ( error as Error ).message, {
				type: 'snackbar',
			} );
		}
		setBusy( null );
	};

	return (
		<Card className="wayfinder-suggestions">
			<CardHeader>
				<h3>
					{ sprintf(
						/* translators: %s: mentee's name */
						__( 'Best mentors for %s', 'wayfinder' ),
						name
					) }
				</h3>
			</CardHeader>
			<CardBody>
				{ state.status === 'loading' && <Spinner /> }
				{ state.status === 'error' && (
					<LoadError error={ state.error } retry={ reload } />
				) }
				{ state.status === 'success' &&
					state.data.suggestions.length === 0 && (
						<p>{ state.data.reason }</p>
					) }
				{ state.status === 'success' && (
					<MentorChoices
						pairs={ state.data.suggestions }
						busy={ busy }
						primary
						label={ ( mentorName ) =>
							sprintf(
								/* translators: %s: mentor's name */
								__( 'Assign %s', 'wayfinder' ),
								mentorName
							)
						}
						onChoose={ ( pair ) =>
							assign( pair.mentor, pair.mentor_name )
						}
					/>
				) }
			</CardBody>
		</Card>
	);
}
