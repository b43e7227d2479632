import {
	Button,
	ComboboxControl,
	Notice,
	RadioControl,
	SelectControl,
	Spinner,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	enrolInCohort,
	listCohortMembers,
	listPeople,
	toRestError,
	type RestError,
} from '../../api/client';
import type {
	CohortMember,
	CohortMode,
	CohortPost,
	Person,
} from '../../api/types';
import AskFirst from '../components/AskFirst';
import LoadError from '../components/LoadError';
import BoardScreen from './BoardScreen';
import CohortProgress from './CohortProgress';
import CohortSessions from './CohortSessions';
import { cohortName } from './CohortsScreen';

const MODES: Record< CohortMode, string > = {
	one_to_one: __( 'Paired with a mentor (1:1)', 'wayfinder' ),
	project_group: __(
		'In a small project group led by a mentor',
		'wayfinder'
	),
	group_only: __( 'In the group sessions only', 'wayfinder' ),
};

/**
 * Who takes part in one cohort — mentors, then mentees — with withdrawing (after a question) and a
 * form to enrol someone.
 * @param props
 * @param props.cohort     The cohort.
 * @param props.onChange   Called after someone was enrolled (the list's counts change).
 * @param props.onWithdraw Withdraws someone; resolves to whether it went through.
 * @param props.onClose    Closes the panel.
 */
export default function CohortPeople( {
	cohort,
	onChange,
	onWithdraw,
	onClose,
}: {
	cohort: CohortPost;
	onChange: () => void;
	onWithdraw: ( member: CohortMember ) => Promise< boolean >;
	onClose: () => void;
} ) {
	const [ members, setMembers ] = useState< CohortMember[] | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ asking, setAsking ] = useState< number | null >( null );
	const [ busy, setBusy ] = useState( false );
	const [ version, setVersion ] = useState( 0 );
	const [ pairing, setPairing ] = useState( false );
	const load = useCallback( () => {
		setError( null );
		setVersion( ( n ) => n + 1 );
		listCohortMembers( cohort.id, { per_page: 100 } ).then(
			( page ) => setMembers( page.items ),
			( failure: unknown ) => setError( toRestError( failure ) )
		);
	}, [ cohort.id ] );
	useEffect( load, [ load ] );
	const name = cohortName( cohort );
	const section = ( role: CohortMember[ 'role' ], title: string ) => {
		const people = ( members ?? [] ).filter(
			( member ) => member.role === role
		);
		return (
			<>
				<h4>{ title }</h4>
				{ people.length === 0 ? (
					<p>{ __( 'Nobody yet.', 'wayfinder' ) }</p>
				) : (
					<ul className="wayfinder-cohort-people__list">
						{ people.map( ( member ) => (
							<li key={ member.user }>
								<strong>{ member.name }</strong>
								{ member.mode_label && (
									<span> — { member.mode_label }</span>
								) }{ ' ' }
								{ asking === member.user ? (
									<AskFirst
										label={ sprintf(
											/* translators: %s: a person's name. */
											__( 'Withdraw %s?', 'wayfinder' ),
											member.name
										) }
										question={ sprintf(
											/* translators: 1: a person's name, 2: a cohort's name. */
											__(
												'Withdraw %1$s from %2$s? Their place becomes free for someone else.',
												'wayfinder'
											),
											member.name,
											name
										) }
										keepLabel={ __(
											'Keep their place',
											'wayfinder'
										) }
										confirmLabel={ __(
											'Withdraw',
											'wayfinder'
										) }
										busy={ busy }
										onKeep={ () => setAsking( null ) }
										onConfirm={ async () => {
											setBusy( true );
											const done =
												await onWithdraw( member );
											setBusy( false );
											setAsking( null );
											if ( done ) {
												load();
											}
										} }
									/>
								) : (
									<Button
										variant="link"
										isDestructive
										onClick={ () =>
											setAsking( member.user )
										}
									>
										{ __( 'Withdraw', 'wayfinder' ) }
									</Button>
								) }
							</li>
						) ) }
					</ul>
				) }
			</>
		);
	};
	return (
		<section
			className="wayfinder-cohort-people"
			aria-labelledby="wayfinder-cohort-people-title"
		>
			<div className="wayfinder-cohort-people__header">
				<h3 id="wayfinder-cohort-people-title">
					{ sprintf(
						/* translators: %s: a cohort's name. */
						__( 'Who takes part in %s', 'wayfinder' ),
						name
					) }
				</h3>
				<Button variant="tertiary" onClick={ onClose }>
					{ __( 'Close', 'wayfinder' ) }
				</Button>
			</div>
			{ error && <LoadError error={ error } retry={ load } /> }
			{ ! error && members === null && <Spinner /> }
			{ members !== null && (
				<>
					{ section( 'mentor', __( 'Mentors', 'wayfinder' ) ) }
					{ section( 'mentee', __( 'Mentees', 'wayfinder' ) ) }
				</>
			) }
			{ members !== null && (
				<CohortProgress
					cohort={ cohort }
					name={ name }
					mentors={ members.filter(
						( member ) => member.role === 'mentor'
					) }
					version={ version }
				/>
			) }
			{ cohort.meta.wayfinder_modes.includes( 'one_to_one' ) &&
				( pairing ? (
					<BoardScreen
						cohort={ {
							id: cohort.id,
							name,
							onSaved: () => setVersion( ( n ) => n + 1 ),
						} }
					/>
				) : (
					<p>
						<Button
							variant="secondary"
							onClick={ () => setPairing( true ) }
						>
							{ __( 'Pair mentees on the board', 'wayfinder' ) }
						</Button>
					</p>
				) ) }
			<CohortSessions cohort={ cohort } />
			{ cohort.meta.wayfinder_stage !== 'finished' && (
				<EnrolForm
					cohort={ cohort }
					onEnrolled={ () => {
						load();
						onChange();
					} }
				/>
			) }
		</section>
	);
}

/**
 * Enrol someone: mentee or mentor, the person (searched by name), and how a mentee takes part.
 * @param props
 * @param props.cohort     The cohort.
 * @param props.onEnrolled Called after the place was taken.
 */
function EnrolForm( {
	cohort,
	onEnrolled,
}: {
	cohort: CohortPost;
	onEnrolled: () => void;
} ) {
	const modes = cohort.meta.wayfinder_modes;
	const [ role, setRole ] = useState< CohortMember[ 'role' ] >( 'mentee' );
	const [ search, setSearch ] = useState( '' );
	const [ people, setPeople ] = useState< Person[] >( [] );
	const [ user, setUser ] = useState< number | null >( null );
	const [ mode, setMode ] = useState< CohortMode >(
		modes[ 0 ] ?? 'one_to_one'
	);
	const [ busy, setBusy ] = useState( false );
	const [ refusal, setRefusal ] = useState< string | null >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	useEffect( () => {
		let current = true;
		listPeople( {
			role: role === 'mentor' ? 'mentors' : 'mentees',
			search,
			per_page: 20,
		} ).then(
			( page ) => current && setPeople( page.items ),
			() => current && setPeople( [] )
		);
		return () => {
			current = false;
		};
	}, [ role, search ] );
	const enrol = async () => {
		if ( user === null ) {
			return;
		}
		setBusy( true );
		setRefusal( null );
		try {
			const member = await enrolInCohort( cohort.id, {
				user,
				role,
				...( role === 'mentee' ? { mode } : {} ),
			} );
			createSuccessNotice(
				sprintf(
					/* translators: 1: a person's name, 2: a cohort's name. */
					__( '%1$s has a place in %2$s.', 'wayfinder' ),
					member.name,
					cohortName( cohort )
				),
				{ type: 'snackbar' }
			);
			setUser( null );
			onEnrolled();
		} catch ( error ) {
			setRefusal( toRestError( error ).message );
		}
		setBusy( false );
	};
	return (
		<form
			className="wayfinder-cohort-people__enrol"
			onSubmit={ ( event ) => {
				event.preventDefault();
				enrol();
			} }
		>
			<h4>{ __( 'Enrol someone', 'wayfinder' ) }</h4>
			{ refusal && (
				<Notice status="error" isDismissible={ false }>
					{ refusal }
				</Notice>
			) }
			<RadioControl
				label={ __( 'Taking part as', 'wayfinder' ) }
				selected={ role }
				options={ [
					{ label: __( 'Mentee', 'wayfinder' ), value: 'mentee' },
					{ label: __( 'Mentor', 'wayfinder' ), value: 'mentor' },
				] }
				onChange={ ( value ) => {
					setRole( value as CohortMember[ 'role' ] );
					setUser( null );
				} }
			/>
			<ComboboxControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Person', 'wayfinder' ) }
				help={ __(
					'Type part of a name to find someone.',
					'wayfinder'
				) }
				value={ user === null ? null : String( user ) }
				options={ people.map( ( person ) => ( {
					value: String( person.id ),
					label: person.name,
				} ) ) }
				onFilterValueChange={ setSearch }
				onChange={ ( value ) =>
					setUser( value ? Number( value ) : null )
				}
			/>
			{ role === 'mentee' && (
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'How they take part', 'wayfinder' ) }
					value={ mode }
					options={ modes.map( ( each ) => ( {
						value: each,
						label: MODES[ each ],
					} ) ) }
					onChange={ ( value ) => setMode( value as CohortMode ) }
				/>
			) }
			<Button
				variant="primary"
				type="submit"
				isBusy={ busy }
				disabled={ busy || user === null }
			>
				{ __( 'Enrol', 'wayfinder' ) }
			</Button>
		</form>
	);
}
