import { Spinner } from '@wordpress/components';
import { useCallback } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { listEvents, listMatches, listRequests } from '../../api/client';
import type { Page, PeopleRole } from '../../api/types';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';
import {
	formatDate,
	REQUEST_STATUS_LABELS,
	REQUEST_TYPE_LABELS,
	SOURCE_LABELS,
	STATUS_LABELS,
} from './labels';

const SHOWN = 10;

/**
 * A titled list of the newest entries of one collection, with its own loading and error states.
 * @param props
 * @param props.title  The heading.
 * @param props.empty  What to say when there is nothing.
 * @param props.load   Fetches the first page.
 * @param props.render One entry as a line.
 */
function Section< T extends { id: number } >( {
	title,
	empty,
	load,
	render,
}: {
	title: string;
	empty: string;
	load: () => Promise< Page< T > >;
	render: ( item: T ) => string;
} ) {
	const { state, reload } = useRequest( load );
	return (
		<section className="wayfinder-person__section">
			<h4>{ title }</h4>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && state.data.items.length === 0 && (
				<p>{ empty }</p>
			) }
			{ state.status === 'success' && state.data.items.length > 0 && (
				<>
					<ul>
						{ state.data.items.map( ( item ) => (
							<li key={ item.id }>{ render( item ) }</li>
						) ) }
					</ul>
					{ state.data.total > state.data.items.length && (
						<p className="wayfinder-person__more">
							{ sprintf(
								/* translators: 1: entries shown, 2: entries in all */
								__( 'The newest %1$d of %2$d.', 'wayfinder' ),
								state.data.items.length,
								state.data.total
							) }
						</p>
					) }
				</>
			) }
		</section>
	);
}

/**
 * A person's matches, requests and audit history, newest first.
 * @param props
 * @param props.id   The user ID.
 * @param props.role Which side of their matches to list.
 */
export default function PersonActivity( {
	id,
	role,
}: {
	id: number;
	role: PeopleRole;
} ) {
	const side = role === 'mentors' ? 'mentor' : 'mentee';
	const matches = useCallback(
		() => listMatches( { [ side ]: id, per_page: SHOWN } ),
		[ id, side ]
	);
	const requests = useCallback(
		() => listRequests( { person: id, per_page: SHOWN } ),
		[ id ]
	);
	const events = useCallback(
		() => listEvents( { person: id, per_page: SHOWN } ),
		[ id ]
	);
	return (
		<>
			<Section
				title={ __( 'Matches', 'wayfinder' ) }
				empty={ __( 'No matches yet.', 'wayfinder' ) }
				load={ matches }
				render={ ( match ) =>
					sprintf(
						/* translators: 1: the other person's name, 2: match status, 3: how it started, 4: a date */
						__( '%1$s — %2$s, %3$s, since %4$s', 'wayfinder' ),
						side === 'mentor'
							? match.mentee_name
							: match.mentor_name,
						STATUS_LABELS[ match.status ] ?? match.status,
						SOURCE_LABELS[ match.source ] ?? match.source,
						formatDate( match.created_at )
					)
				}
			/>
			<Section
				title={ __( 'Requests', 'wayfinder' ) }
				empty={ __( 'No requests.', 'wayfinder' ) }
				load={ requests }
				render={ ( ask ) =>
					sprintf(
						/* translators: 1: request type, 2: mentee's name, 3: mentor's name, 4: request status, 5: a date */
						__( '%1$s: %2$s → %3$s (%4$s), %5$s', 'wayfinder' ),
						REQUEST_TYPE_LABELS[ ask.type ] ?? ask.type,
						ask.mentee_name,
						ask.mentor_name ?? __( 'any mentor', 'wayfinder' ),
						REQUEST_STATUS_LABELS[ ask.status ] ?? ask.status,
						formatDate( ask.created_at )
					)
				}
			/>
			<Section
				title={ __( 'History', 'wayfinder' ) }
				empty={ __( 'Nothing recorded yet.', 'wayfinder' ) }
				load={ events }
				render={ ( event ) =>
					sprintf(
						/* translators: 1: a date, 2: who did it, 3: what happened, as a sentence */
						__( '%1$s, %2$s: %3$s', 'wayfinder' ),
						formatDate( event.created_at ),
						event.actor_name || __( 'Wayfinder', 'wayfinder' ),
						event.summary
					)
				}
			/>
		</>
	);
}
