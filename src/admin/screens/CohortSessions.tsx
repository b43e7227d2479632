import {
	Button,
	Notice,
	Spinner,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	cancelSession,
	listSessions,
	planSession,
	toRestError,
	type RestError,
} from '../../api/client';
import type { CohortPost, CohortSession } from '../../api/types';
import AskFirst from '../components/AskFirst';
import LoadError from '../components/LoadError';

/**
 * A session's start in the coordinator's own time zone (the browser's), with the zone named.
 * @param starts UTC, e.g. 2027-03-09T17:00:00Z.
 */
const localTime = ( starts: string ) =>
	new Intl.DateTimeFormat( undefined, {
		// dateStyle and timeStyle cannot be combined with timeZoneName: the parts one by one.
		weekday: 'long',
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZoneName: 'short',
	} ).format( new Date( starts ) );

/**
 * A cohort's group sessions: those planned (cancelling one after a question) and a form to plan
 * another. Everyone who holds a place hears of each by email, with a calendar invitation.
 * @param props
 * @param props.cohort The cohort.
 */
export default function CohortSessions( { cohort }: { cohort: CohortPost } ) {
	const [ sessions, setSessions ] = useState< CohortSession[] | null >(
		null
	);
	const [ error, setError ] = useState< RestError | null >( null );
	const [ asking, setAsking ] = useState< number | null >( null );
	const [ busy, setBusy ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const load = useCallback( () => {
		setError( null );
		listSessions( cohort.id ).then(
			( page ) => setSessions( page.items ),
			( failure: unknown ) => setError( toRestError( failure ) )
		);
	}, [ cohort.id ] );
	useEffect( load, [ load ] );
	const cancel = async ( session: CohortSession ) => {
		setBusy( true );
		try {
			await cancelSession( session.id );
			createSuccessNotice(
				sprintf(
					/* translators: %s: a session's title. */
					__(
						'%s is cancelled. Everyone invited was told, with an update for their calendar.',
						'wayfinder'
					),
					session.title
				),
				{ type: 'snackbar' }
			);
			load();
		} catch ( failure ) {
			createErrorNotice( toRestError( failure ).message, {
				type: 'snackbar',
			} );
		}
		setBusy( false );
		setAsking( null );
	};
	const running = [ 'open', 'running' ].includes(
		cohort.meta.wayfinder_stage
	);
	return (
		<div className="wayfinder-cohort-sessions">
			<h4>{ __( 'Group sessions', 'wayfinder' ) }</h4>
			{ error && <LoadError error={ error } retry={ load } /> }
			{ ! error && sessions === null && <Spinner /> }
			{ sessions !== null && sessions.length === 0 && (
				<p>{ __( 'No sessions planned yet.', 'wayfinder' ) }</p>
			) }
			{ sessions !== null && sessions.length > 0 && (
				<ul className="wayfinder-cohort-people__list">
					{ sessions.map( ( session ) => (
						<li key={ session.id }>
							<strong>{ session.title }</strong> —{ ' ' }
							<time dateTime={ session.starts }>
								{ localTime( session.starts ) }
							</time>{ ' ' }
							{ sprintf(
								/* translators: %d: minutes. */
								__( '(%d minutes)', 'wayfinder' ),
								session.minutes
							) }
							{ session.status === 'cancelled' && (
								<em> { __( 'Cancelled', 'wayfinder' ) }</em>
							) }{ ' ' }
							{ session.status === 'scheduled' &&
								( asking === session.id ? (
									<AskFirst
										label={ sprintf(
											/* translators: %s: a session's title. */
											__( 'Cancel %s?', 'wayfinder' ),
											session.title
										) }
										question={ __(
											'Cancel this session? Everyone invited gets an email, and it leaves their calendars.',
											'wayfinder'
										) }
										keepLabel={ __(
											'Keep the session',
											'wayfinder'
										) }
										confirmLabel={ __(
											'Cancel the session',
											'wayfinder'
										) }
										busy={ busy }
										onKeep={ () => setAsking( null ) }
										onConfirm={ () => cancel( session ) }
									/>
								) : (
									<Button
										variant="link"
										isDestructive
										onClick={ () =>
											setAsking( session.id )
										}
									>
										{ __( 'Cancel', 'wayfinder' ) }
									</Button>
								) ) }
						</li>
					) ) }
				</ul>
			) }
			{ running ? (
				<PlanForm cohort={ cohort } onPlanned={ load } />
			) : (
				<p>
					{ __(
						'Sessions are planned once the cohort is open or running.',
						'wayfinder'
					) }
				</p>
			) }
		</div>
	);
}

/**
 * Plan a group session: when (in the coordinator's own time zone), how long, what and where.
 * @param props
 * @param props.cohort    The cohort.
 * @param props.onPlanned Called after the session was planned.
 */
function PlanForm( {
	cohort,
	onPlanned,
}: {
	cohort: CohortPost;
	onPlanned: () => void;
} ) {
	const [ when, setWhen ] = useState( '' );
	const [ minutes, setMinutes ] = useState( '60' );
	const [ title, setTitle ] = useState( '' );
	const [ location, setLocation ] = useState( '' );
	const [ agenda, setAgenda ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ refusal, setRefusal ] = useState< string | null >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	const plan = async () => {
		setBusy( true );
		setRefusal( null );
		try {
			const session = await planSession( cohort.id, {
				// The browser reads the local time in its own zone; the server stores UTC.
				starts: new Date( when ).toISOString(),
				minutes: Number( minutes ),
				title: title || __( 'Group session', 'wayfinder' ),
				location,
				agenda,
			} );
			createSuccessNotice(
				sprintf(
					/* translators: %s: a session's title. */
					__(
						'%s is planned. Everyone in the cohort gets an email with a calendar invitation.',
						'wayfinder'
					),
					session.title
				),
				{ type: 'snackbar' }
			);
			setWhen( '' );
			setTitle( '' );
			setAgenda( '' );
			onPlanned();
		} catch ( failure ) {
			setRefusal( toRestError( failure ).message );
		}
		setBusy( false );
	};
	return (
		<form
			className="wayfinder-cohort-people__enrol"
			onSubmit={ ( event ) => {
				event.preventDefault();
				plan();
			} }
		>
			<h4>{ __( 'Plan a group session', 'wayfinder' ) }</h4>
			{ refusal && (
				<Notice status="error" isDismissible={ false }>
					{ refusal }
				</Notice>
			) }
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Title', 'wayfinder' ) }
				value={ title }
				placeholder={ __( 'Group session', 'wayfinder' ) }
				onChange={ setTitle }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="datetime-local"
				label={ __( 'When', 'wayfinder' ) }
				help={ sprintf(
					/* translators: %s: a time zone, e.g. Europe/Berlin. */
					__(
						'In your time zone (%s). Everyone sees it in their own.',
						'wayfinder'
					),
					zone
				) }
				value={ when }
				onChange={ setWhen }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="number"
				min={ 15 }
				max={ 240 }
				label={ __( 'Minutes', 'wayfinder' ) }
				value={ minutes }
				onChange={ setMinutes }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __(
					'Where: a link to the call, or a place',
					'wayfinder'
				) }
				value={ location }
				onChange={ setLocation }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Agenda', 'wayfinder' ) }
				value={ agenda }
				onChange={ setAgenda }
			/>
			<Button
				variant="primary"
				type="submit"
				isBusy={ busy }
				disabled={ busy || when === '' }
			>
				{ __( 'Plan the session', 'wayfinder' ) }
			</Button>
		</form>
	);
}
