import { Button, Notice, Spinner, TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { toRestError } from '../../api/client';
import {
	getContributions,
	reviewContribution,
	type Contribution,
} from '../../api/contributions';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';

/**
 * "Documentation · Docs · 2026-11-29 · Added by hand": what, where, when, from where.
 * @param item
 */
function facts( item: Contribution ): string {
	return [
		item.kind_label,
		item.team_name,
		item.contributed_on,
		item.source_label,
	]
		.filter( Boolean )
		.join( ' · ' );
}

/**
 * One contribution, with Verify and Reject (a note, which the person reads) while it waits.
 * @param props
 * @param props.item     The contribution.
 * @param props.onChange Called after it was verified or rejected.
 */
function ContributionLine( {
	item,
	onChange,
}: {
	item: Contribution;
	onChange: () => void;
} ) {
	const [ note, setNote ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< string | null >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const review = async ( outcome: 'verify' | 'reject' ) => {
		if ( outcome === 'reject' && note.trim() === '' ) {
			setError(
				__(
					'Say in a note why it is not accepted: the person reads it.',
					'wayfinder'
				)
			);
			return;
		}
		setBusy( true );
		setError( null );
		try {
			await reviewContribution( item.id, outcome, note.trim() );
			createSuccessNotice(
				outcome === 'verify'
					? __( 'Verified.', 'wayfinder' )
					: __( 'Marked as not accepted.', 'wayfinder' ),
				{ type: 'snackbar' }
			);
			onChange();
		} catch ( failure ) {
			setError( toRestError( failure ).message );
		}
		setBusy( false );
	};
	return (
		<li className="wayfinder-person__contribution">
			<p>
				{ item.url ? (
					<a href={ item.url } target="_blank" rel="noreferrer">
						{ item.summary }
					</a>
				) : (
					item.summary
				) }{ ' ' }
				<span className="wayfinder-help">({ facts( item ) })</span>
			</p>
			<p>
				<strong>{ item.status_label }</strong>
				{ item.reviewed_by_name &&
					' ' +
						sprintf(
							/* translators: %s: who verified or rejected it */
							__( 'by %s', 'wayfinder' ),
							item.reviewed_by_name
						) }
				{ item.review_note && ` — ${ item.review_note }` }
			</p>
			{ error && (
				<Notice status="error" onRemove={ () => setError( null ) }>
					{ error }
				</Notice>
			) }
			{ item.can_review && (
				<div className="wayfinder-person__review">
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __(
							'Note (required to reject; the person reads it)',
							'wayfinder'
						) }
						value={ note }
						onChange={ setNote }
					/>
					{ item.status === 'unverified' && (
						<Button
							variant="secondary"
							isBusy={ busy }
							disabled={ busy }
							onClick={ () => review( 'verify' ) }
						>
							{ __( 'Verify', 'wayfinder' ) }
						</Button>
					) }
					<Button
						variant="tertiary"
						isDestructive
						disabled={ busy }
						onClick={ () => review( 'reject' ) }
					>
						{ __( 'Reject', 'wayfinder' ) }
					</Button>
				</div>
			) }
		</li>
	);
}

/**
 * A person's contributions in the People panel: what they did, whether it is verified, and the
 * coordinator's Verify and Reject.
 * @param props
 * @param props.id The user ID.
 */
export default function PersonContributions( { id }: { id: number } ) {
	const load = useCallback( () => getContributions( id ), [ id ] );
	const { state, reload } = useRequest( load );
	return (
		<section className="wayfinder-person__section">
			<h4>{ __( 'Contributions', 'wayfinder' ) }</h4>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' &&
				state.data.contributions.length === 0 && (
					<p>
						{ __( 'No contributions recorded yet.', 'wayfinder' ) }
					</p>
				) }
			{ state.status === 'success' &&
				state.data.contributions.length > 0 && (
					<>
						<p>
							{ sprintf(
								/* translators: %d: how many contributions are verified */
								_n(
									'%d verified contribution.',
									'%d verified contributions.',
									state.data.verified,
									'wayfinder'
								),
								state.data.verified
							) }{ ' ' }
							{ state.data.public
								? __(
										'They show their verified contributions on their profile.',
										'wayfinder'
									)
								: __(
										'Their contributions are private.',
										'wayfinder'
									) }
						</p>
						<ul>
							{ state.data.contributions.map( ( item ) => (
								<ContributionLine
									key={ item.id }
									item={ item }
									onChange={ reload }
								/>
							) ) }
						</ul>
					</>
				) }
		</section>
	);
}
