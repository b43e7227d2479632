import {
	Button,
	CheckboxControl,
	ComboboxControl,
	Notice,
	SelectControl,
	Spinner,
	TabPanel,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { decodeEntities } from '@wordpress/html-entities';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	awardBadge,
	getIssuerSettings,
	listAwards,
	listBadges,
	listPeople,
	listSigningKeys,
	listTeams,
	revokeAward,
	rotateSigningKey,
	saveBadge,
	saveIssuerSettings,
	toRestError,
} from '../../api/client';
import type {
	AwardFilters,
	BadgeAward,
	BadgePost,
	BadgeRule,
	IssuerSettings,
	Page,
	SigningKey,
} from '../../api/types';
import AskFirst from '../components/AskFirst';
import ConfirmActions from '../components/ConfirmActions';
import LoadError from '../components/LoadError';
import { toCsv } from '../csv';
import { useRequest } from '../useRequest';
import {
	AWARD_CSV_HEADERS,
	awardQuery,
	awardsCsvRows,
	type BadgeForm,
	currentKey,
	EMPTY_FORM,
	formOf,
	inputOf,
	issuingError,
	RULES,
	ruleLabel,
} from './badges';
import { downloadCsv } from './progress-csv';

const loadBadges = () => listBadges();

/**
 * A date for people: the day, in the site's words.
 * @param iso An RFC 3339 date.
 */
function day( iso: string | null ): string {
	return iso ? new Date( iso ).toLocaleDateString() : '';
}

/**
 * Where an award stands, in words.
 * @param award The award.
 */
function awardStatus( award: BadgeAward ): string {
	if ( award.revoked_at !== null ) {
		return sprintf(
			/* translators: 1: a date, 2: the reason. */
			__( 'Revoked on %1$s: %2$s', 'wayfinder' ),
			day( award.revoked_at ),
			award.revoke_reason
		);
	}
	return award.shown
		? __( 'Shown', 'wayfinder' )
		: __( 'Hidden by the person', 'wayfinder' );
}

/**
 * The badge's name (its title, rendered).
 * @param badge The badge.
 */
function badgeName( badge: BadgePost ): string {
	return formOf( badge ).name || __( '(no name)', 'wayfinder' );
}

/**
 * Revoking one award: asks the reason first (the person is told it).
 * @param props
 * @param props.award     The award.
 * @param props.onRevoked After it was revoked.
 */
function RevokeAward( {
	award,
	onRevoked,
}: {
	award: BadgeAward;
	onRevoked: ( revoked: BadgeAward ) => void;
} ) {
	const [ asking, setAsking ] = useState( false );
	const [ reason, setReason ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ refusal, setRefusal ] = useState< string | null >( null );
	if ( ! asking ) {
		return (
			<Button
				variant="link"
				isDestructive
				onClick={ () => setAsking( true ) }
			>
				{ __( 'Revoke', 'wayfinder' ) }
				<span className="screen-reader-text">
					{ sprintf(
						/* translators: 1: a badge's name, 2: a person's name. */
						__( '%1$s of %2$s', 'wayfinder' ),
						award.badge.name,
						award.person.name
					) }
				</span>
			</Button>
		);
	}
	const revoke = async () => {
		setBusy( true );
		setRefusal( null );
		try {
			onRevoked( await revokeAward( award.id, reason ) );
		} catch ( error ) {
			setRefusal( toRestError( error ).message );
			setBusy( false );
		}
	};
	return (
		<div
			role="group"
			aria-label={ sprintf(
				/* translators: 1: a badge's name, 2: a person's name. */
				__( 'Revoke the %1$s badge of %2$s?', 'wayfinder' ),
				award.badge.name,
				award.person.name
			) }
		>
			{ refusal && (
				<Notice status="error" isDismissible={ false }>
					{ refusal }
				</Notice>
			) }
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Why is it revoked?', 'wayfinder' ) }
				help={ __(
					'The person is told this reason, and the certificate shows as revoked to anyone who verifies it.',
					'wayfinder'
				) }
				value={ reason }
				onChange={ setReason }
			/>
			<ConfirmActions
				keepLabel={ __( 'Keep the badge', 'wayfinder' ) }
				confirmLabel={ __( 'Revoke the badge', 'wayfinder' ) }
				busy={ busy }
				disabled={ reason.trim() === '' }
				onKeep={ () => setAsking( false ) }
				onConfirm={ revoke }
			/>
		</div>
	);
}

/**
 * "Award a badge by hand": a person (found by name among mentors and mentees), a badge, evidence.
 * @param props
 * @param props.badges    The badges that can be awarded (published).
 * @param props.onAwarded After an award.
 */
function AwardByHand( {
	badges,
	onAwarded,
}: {
	badges: BadgePost[];
	onAwarded: () => void;
} ) {
	const [ search, setSearch ] = useState( '' );
	const [ people, setPeople ] = useState<
		Array< { id: number; name: string } >
	>( [] );
	const [ user, setUser ] = useState< number | null >( null );
	const [ badge, setBadge ] = useState( 0 );
	const [ evidence, setEvidence ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ refusal, setRefusal ] = useState< string | null >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	useEffect( () => {
		let current = true;
		const find = ( role: string ) =>
			listPeople( { role, search, per_page: 20 } ).then(
				( page ) => page.items,
				() => []
			);
		Promise.all( [ find( 'mentors' ), find( 'mentees' ) ] ).then(
			( [ mentors, mentees ] ) => {
				if ( current ) {
					const seen = new Map< number, string >();
					[ ...mentors, ...mentees ].forEach( ( person ) =>
						seen.set( person.id, person.name )
					);
					setPeople(
						[ ...seen ].map( ( [ id, name ] ) => ( { id, name } ) )
					);
				}
			}
		);
		return () => {
			current = false;
		};
	}, [ search ] );
	const award = async () => {
		if ( user === null || badge === 0 ) {
			return;
		}
		setBusy( true );
		setRefusal( null );
		try {
			const made = await awardBadge( { badge, user, evidence } );
			createSuccessNotice(
				sprintf(
					/* translators: 1: a person's name, 2: a badge's name. */
					__( '%1$s has the %2$s badge now.', 'wayfinder' ),
					made.person.name,
					made.badge.name
				),
				{ type: 'snackbar' }
			);
			setUser( null );
			setEvidence( '' );
			onAwarded();
		} catch ( error ) {
			setRefusal( toRestError( error ).message );
		}
		setBusy( false );
	};
	return (
		<form
			className="wayfinder-badges__award"
			onSubmit={ ( event ) => {
				event.preventDefault();
				award();
			} }
		>
			<h3>{ __( 'Award a badge by hand', 'wayfinder' ) }</h3>
			{ refusal && (
				<Notice status="error" isDismissible={ false }>
					{ refusal }
				</Notice>
			) }
			<ComboboxControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Person', 'wayfinder' ) }
				help={ __(
					'Type part of a name to find a mentor or mentee.',
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
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Badge', 'wayfinder' ) }
				value={ String( badge ) }
				options={ [
					{ value: '0', label: __( 'Choose a badge', 'wayfinder' ) },
					...badges.map( ( each ) => ( {
						value: String( each.id ),
						label: badgeName( each ),
					} ) ),
				] }
				onChange={ ( value ) => setBadge( Number( value ) ) }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Evidence', 'wayfinder' ) }
				help={ __(
					'What the person did to earn it, in a sentence or a link. It is part of the award and its certificate.',
					'wayfinder'
				) }
				value={ evidence }
				onChange={ setEvidence }
			/>
			<Button
				variant="primary"
				type="submit"
				isBusy={ busy }
				disabled={
					busy ||
					user === null ||
					badge === 0 ||
					evidence.trim() === ''
				}
				accessibleWhenDisabled
			>
				{ __( 'Award the badge', 'wayfinder' ) }
			</Button>
		</form>
	);
}

/**
 * The awards: filters, the table (revoke), award by hand and a CSV download.
 * @param props
 * @param props.badges Every badge (for the filter and the form).
 */
function Awards( { badges }: { badges: BadgePost[] } ) {
	const [ filters, setFilters ] = useState< AwardFilters >( {
		badge: 0,
		status: '',
		search: '',
		page: 1,
		per_page: 20,
	} );
	const load = useCallback(
		() => listAwards( awardQuery( filters ) ),
		[ filters ]
	);
	const { state, reload } = useRequest< Page< BadgeAward > >( load );
	const [ downloading, setDownloading ] = useState( false );
	const { createErrorNotice } = useDispatch( noticesStore );
	const change = ( part: Partial< AwardFilters > ) =>
		setFilters( ( was ) => ( { ...was, page: 1, ...part } ) );
	const download = async () => {
		setDownloading( true );
		try {
			const rows: BadgeAward[] = [];
			for ( let page = 1; ; page++ ) {
				const got = await listAwards(
					awardQuery( { ...filters, page, per_page: 100 } )
				);
				rows.push( ...got.items );
				if ( page >= got.totalPages ) {
					break;
				}
			}
			downloadCsv(
				toCsv( AWARD_CSV_HEADERS, awardsCsvRows( rows ) ),
				'badge-awards.csv'
			);
		} catch ( error ) {
			createErrorNotice( toRestError( error ).message, {
				type: 'snackbar',
			} );
		}
		setDownloading( false );
	};
	const published = badges.filter( ( badge ) => badge.status === 'publish' );
	return (
		<div className="wayfinder-badges__awards">
			<div className="wayfinder-badges__filters">
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Badge', 'wayfinder' ) }
					value={ String( filters.badge ) }
					options={ [
						{ value: '0', label: __( 'All badges', 'wayfinder' ) },
						...badges.map( ( badge ) => ( {
							value: String( badge.id ),
							label: badgeName( badge ),
						} ) ),
					] }
					onChange={ ( value ) =>
						change( { badge: Number( value ) } )
					}
				/>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Status', 'wayfinder' ) }
					value={ filters.status }
					options={ [
						{ value: '', label: __( 'All', 'wayfinder' ) },
						{
							value: 'standing',
							label: __( 'Standing', 'wayfinder' ),
						},
						{
							value: 'revoked',
							label: __( 'Revoked', 'wayfinder' ),
						},
					] }
					onChange={ ( value ) =>
						change( { status: value as AwardFilters[ 'status' ] } )
					}
				/>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Search by name', 'wayfinder' ) }
					type="search"
					value={ filters.search }
					onChange={ ( value ) => change( { search: value } ) }
				/>
				<Button
					variant="secondary"
					onClick={ download }
					isBusy={ downloading }
					disabled={ downloading }
					accessibleWhenDisabled
				>
					{ __( 'Download CSV', 'wayfinder' ) }
				</Button>
			</div>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && state.data.items.length === 0 && (
				<p>
					{ filters.badge || filters.status || filters.search
						? __( 'No awards match these filters.', 'wayfinder' )
						: __(
								'No badges awarded yet. They are awarded on their own when mentorships are completed, people graduate, contributions are verified and cohorts finish — or by hand below.',
								'wayfinder'
							) }
				</p>
			) }
			{ state.status === 'success' && state.data.items.length > 0 && (
				<>
					<table className="widefat striped wayfinder-badges__table">
						<caption className="screen-reader-text">
							{ sprintf(
								/* translators: %d: how many awards. */
								__( 'Badge awards (%d)', 'wayfinder' ),
								state.data.total
							) }
						</caption>
						<thead>
							<tr>
								<th scope="col">
									{ __( 'Badge', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __( 'Person', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __( 'Why', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __( 'Awarded', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __( 'Status', 'wayfinder' ) }
								</th>
								<th scope="col">
									<span className="screen-reader-text">
										{ __( 'Actions', 'wayfinder' ) }
									</span>
								</th>
							</tr>
						</thead>
						<tbody>
							{ state.data.items.map( ( award ) => (
								<tr key={ award.id }>
									<td>
										<img
											src={ award.badge.image }
											alt=""
											width={ 32 }
											height={ 32 }
											className="wayfinder-badges__image"
										/>{ ' ' }
										{ award.badge.name }
									</td>
									<td>{ award.person.name }</td>
									<td>{ award.reason }</td>
									<td>
										{ day( award.awarded_at ) }
										{ award.awarded_by !== '' && (
											<>
												<br />
												{ sprintf(
													/* translators: %s: a coordinator's name. */
													__( 'by %s', 'wayfinder' ),
													award.awarded_by
												) }
											</>
										) }
									</td>
									<td>{ awardStatus( award ) }</td>
									<td>
										{ award.revoked_at === null && (
											<RevokeAward
												award={ award }
												onRevoked={ reload }
											/>
										) }
									</td>
								</tr>
							) ) }
						</tbody>
					</table>
					{ state.data.totalPages > 1 && (
						<p className="wayfinder-badges__pages">
							<Button
								variant="secondary"
								disabled={ filters.page <= 1 }
								accessibleWhenDisabled
								onClick={ () =>
									setFilters( ( was ) => ( {
										...was,
										page: was.page - 1,
									} ) )
								}
							>
								{ __( 'Previous page', 'wayfinder' ) }
							</Button>{ ' ' }
							{ sprintf(
								/* translators: 1: this page, 2: how many pages. */
								__( 'Page %1$d of %2$d', 'wayfinder' ),
								filters.page,
								state.data.totalPages
							) }{ ' ' }
							<Button
								variant="secondary"
								disabled={
									filters.page >= state.data.totalPages
								}
								accessibleWhenDisabled
								onClick={ () =>
									setFilters( ( was ) => ( {
										...was,
										page: was.page + 1,
									} ) )
								}
							>
								{ __( 'Next page', 'wayfinder' ) }
							</Button>
						</p>
					) }
				</>
			) }
			<AwardByHand badges={ published } onAwarded={ reload } />
		</div>
	);
}

interface MediaFrame {
	on: ( event: string, callback: () => void ) => void;
	open: () => void;
	state: () => {
		get: ( what: string ) => {
			first: () => { toJSON: () => { id: number } };
		};
	};
}

declare global {
	interface Window {
		wp?: {
			media?: ( options: Record< string, unknown > ) => MediaFrame;
		};
	}
}

/**
 * One badge's editor.
 * @param props
 * @param props.badge   The badge (null: a new one).
 * @param props.teams   The teams (slug and name).
 * @param props.onSaved After saving.
 * @param props.onClose Closes without saving.
 */
function BadgeEditor( {
	badge,
	teams,
	onSaved,
	onClose,
}: {
	badge: BadgePost | null;
	teams: Array< { value: string; label: string } >;
	onSaved: () => void;
	onClose: () => void;
} ) {
	const [ form, setForm ] = useState< BadgeForm >(
		badge ? formOf( badge ) : EMPTY_FORM
	);
	const [ busy, setBusy ] = useState( false );
	const [ refusal, setRefusal ] = useState< string | null >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const set = ( part: Partial< BadgeForm > ) =>
		setForm( ( was ) => ( { ...was, ...part } ) );
	const media = typeof window !== 'undefined' ? window.wp?.media : undefined;
	const choosePicture = () => {
		if ( ! media ) {
			return;
		}
		const frame = media( {
			title: __( 'Choose the badge’s picture', 'wayfinder' ),
			library: { type: 'image/png' },
			multiple: false,
		} );
		frame.on( 'select', () =>
			set( {
				image: frame.state().get( 'selection' ).first().toJSON().id,
			} )
		);
		frame.open();
	};
	const save = async () => {
		setBusy( true );
		setRefusal( null );
		try {
			await saveBadge( badge?.id ?? 0, inputOf( form ) );
			createSuccessNotice( __( 'Badge saved.', 'wayfinder' ), {
				type: 'snackbar',
			} );
			onSaved();
		} catch ( error ) {
			setRefusal( toRestError( error ).message );
			setBusy( false );
		}
	};
	return (
		<form
			className="wayfinder-badges__editor"
			onSubmit={ ( event ) => {
				event.preventDefault();
				save();
			} }
		>
			<h3>
				{ badge
					? sprintf(
							/* translators: %s: a badge's name. */
							__( 'Edit %s', 'wayfinder' ),
							badgeName( badge )
						)
					: __( 'New badge', 'wayfinder' ) }
			</h3>
			{ refusal && (
				<Notice status="error" isDismissible={ false }>
					{ refusal }
				</Notice>
			) }
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Name', 'wayfinder' ) }
				value={ form.name }
				onChange={ ( value ) => set( { name: value } ) }
				required
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Description', 'wayfinder' ) }
				help={ __(
					'What the person did, as it shows on their profile and certificate.',
					'wayfinder'
				) }
				value={ form.description }
				onChange={ ( value ) => set( { description: value } ) }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Criteria', 'wayfinder' ) }
				help={ __(
					'How it is earned, in words, for the person and for anyone who verifies the certificate.',
					'wayfinder'
				) }
				value={ form.criteria }
				onChange={ ( value ) => set( { criteria: value } ) }
			/>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Awarded when', 'wayfinder' ) }
				value={ form.rule }
				options={ RULES.map( ( rule ) => ( {
					value: rule,
					label: ruleLabel( rule ),
				} ) ) }
				onChange={ ( value ) => set( { rule: value as BadgeRule } ) }
			/>
			{ form.rule === 'team_contributor' && (
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Team', 'wayfinder' ) }
					value={ form.team }
					options={ [
						{
							value: '',
							label: __( 'Choose a team', 'wayfinder' ),
						},
						...teams,
					] }
					onChange={ ( value ) => set( { team: value } ) }
				/>
			) }
			<fieldset className="wayfinder-badges__picture">
				<legend>{ __( 'Picture', 'wayfinder' ) }</legend>
				{ badge?.wayfinder_image &&
					form.image === badge.featured_media && (
						<img
							src={ badge.wayfinder_image }
							alt=""
							width={ 64 }
							height={ 64 }
						/>
					) }
				<p>
					{ form.image > 0
						? __(
								'A picture from the media library (a PNG goes into downloaded badges as it is).',
								'wayfinder'
							)
						: __(
								'The default picture of its rule.',
								'wayfinder'
							) }
				</p>
				{ media ? (
					<Button variant="secondary" onClick={ choosePicture }>
						{ __( 'Choose from the media library', 'wayfinder' ) }
					</Button>
				) : (
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						type="number"
						min={ 0 }
						label={ __( 'Picture (attachment ID)', 'wayfinder' ) }
						help={ __(
							'The ID of an image in the media library; 0 keeps the default picture.',
							'wayfinder'
						) }
						value={ String( form.image ) }
						onChange={ ( value ) =>
							set( {
								image: Math.max( 0, Number( value ) || 0 ),
							} )
						}
					/>
				) }
				{ form.image > 0 && (
					<Button
						variant="link"
						onClick={ () => set( { image: 0 } ) }
					>
						{ __( 'Use the default picture', 'wayfinder' ) }
					</Button>
				) }
			</fieldset>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __( 'Published (awarded by its rule)', 'wayfinder' ) }
				help={ __(
					'A draft is not awarded by its rule nor by hand.',
					'wayfinder'
				) }
				checked={ form.published }
				onChange={ ( value ) => set( { published: value } ) }
			/>
			<p>
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy || form.name.trim() === '' }
					accessibleWhenDisabled
				>
					{ __( 'Save the badge', 'wayfinder' ) }
				</Button>{ ' ' }
				<Button variant="tertiary" onClick={ onClose }>
					{ __( 'Cancel', 'wayfinder' ) }
				</Button>
			</p>
		</form>
	);
}

const loadTeams = () => listTeams( { per_page: 100 } );

/**
 * The badge definitions: a list with pictures, and the editor.
 * @param props
 * @param props.badges The badges.
 * @param props.reload Reads them again after a change.
 */
function Definitions( {
	badges,
	reload,
}: {
	badges: BadgePost[];
	reload: () => void;
} ) {
	const [ editing, setEditing ] = useState< BadgePost | null | 'new' >(
		null
	);
	const teams = useRequest( loadTeams ).state;
	const teamOptions =
		teams.status === 'success'
			? teams.data.items.map( ( team ) => ( {
					value: team.slug,
					label: decodeEntities( team.title.rendered ),
				} ) )
			: [];
	if ( editing !== null ) {
		return (
			<BadgeEditor
				badge={ editing === 'new' ? null : editing }
				teams={ teamOptions }
				onSaved={ () => {
					setEditing( null );
					reload();
				} }
				onClose={ () => setEditing( null ) }
			/>
		);
	}
	return (
		<div className="wayfinder-badges__definitions">
			<p>
				<Button
					variant="secondary"
					onClick={ () => setEditing( 'new' ) }
				>
					{ __( 'Add a badge', 'wayfinder' ) }
				</Button>
			</p>
			{ badges.length === 0 ? (
				<p>{ __( 'No badges yet.', 'wayfinder' ) }</p>
			) : (
				<table className="widefat striped">
					<caption className="screen-reader-text">
						{ __( 'Badges', 'wayfinder' ) }
					</caption>
					<thead>
						<tr>
							<th scope="col">{ __( 'Badge', 'wayfinder' ) }</th>
							<th scope="col">
								{ __( 'Awarded when', 'wayfinder' ) }
							</th>
							<th scope="col">{ __( 'Status', 'wayfinder' ) }</th>
							<th scope="col">
								<span className="screen-reader-text">
									{ __( 'Actions', 'wayfinder' ) }
								</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{ badges.map( ( badge ) => {
							const form = formOf( badge );
							return (
								<tr key={ badge.id }>
									<td>
										{ badge.wayfinder_image && (
											<img
												src={ badge.wayfinder_image }
												alt=""
												width={ 48 }
												height={ 48 }
												className="wayfinder-badges__image"
											/>
										) }{ ' ' }
										<strong>{ badgeName( badge ) }</strong>
										<br />
										{ form.description }
									</td>
									<td>
										{ ruleLabel( form.rule ) }
										{ form.team !== '' &&
											form.rule === 'team_contributor' &&
											` (${ form.team })` }
									</td>
									<td>
										{ form.published
											? __( 'Published', 'wayfinder' )
											: __( 'Draft', 'wayfinder' ) }
									</td>
									<td>
										<Button
											variant="link"
											onClick={ () =>
												setEditing( badge )
											}
										>
											{ __( 'Edit', 'wayfinder' ) }
											<span className="screen-reader-text">
												{ ' ' + badgeName( badge ) }
											</span>
										</Button>
									</td>
								</tr>
							);
						} ) }
					</tbody>
				</table>
			) }
		</div>
	);
}

/** Issuing: the issuer's name and description, and the signing keys with their rotation. */
function Issuing() {
	const [ issuer, setIssuer ] = useState< IssuerSettings | null >( null );
	const [ issuerError, setIssuerError ] = useState< string | null >( null );
	const [ keys, setKeys ] = useState< SigningKey[] | null >( null );
	const [ keysError, setKeysError ] = useState< string | null >( null );
	const [ saving, setSaving ] = useState( false );
	const [ asking, setAsking ] = useState( false );
	const [ rotating, setRotating ] = useState( false );
	const { createSuccessNotice } = useDispatch( noticesStore );
	useEffect( () => {
		getIssuerSettings().then(
			( got ) =>
				setIssuer( {
					wayfinder_issuer_name: got.wayfinder_issuer_name ?? '',
					wayfinder_issuer_description:
						got.wayfinder_issuer_description ?? '',
				} ),
			( error: unknown ) => setIssuerError( toRestError( error ).message )
		);
		listSigningKeys().then( setKeys, ( error: unknown ) =>
			setKeysError( issuingError( toRestError( error ) ) )
		);
	}, [] );
	const saveIssuer = async () => {
		if ( ! issuer ) {
			return;
		}
		setSaving( true );
		setIssuerError( null );
		try {
			const saved = await saveIssuerSettings( issuer );
			if ( saved.wayfinder_issuer_name === undefined ) {
				setIssuerError( issuingError( { status: 404, message: '' } ) );
			} else {
				createSuccessNotice( __( 'Issuer saved.', 'wayfinder' ), {
					type: 'snackbar',
				} );
			}
		} catch ( error ) {
			setIssuerError( toRestError( error ).message );
		}
		setSaving( false );
	};
	const rotate = async () => {
		setRotating( true );
		setKeysError( null );
		try {
			setKeys( await rotateSigningKey() );
			createSuccessNotice(
				__(
					'A new signing key signs new certificates from now on.',
					'wayfinder'
				),
				{ type: 'snackbar' }
			);
		} catch ( error ) {
			setKeysError( issuingError( toRestError( error ) ) );
		}
		setRotating( false );
		setAsking( false );
	};
	const current = keys ? currentKey( keys ) : undefined;
	return (
		<div className="wayfinder-badges__issuing">
			<h3>{ __( 'Issuer', 'wayfinder' ) }</h3>
			<p>
				{ __(
					'Certificates name this site as their issuer, with this name and description.',
					'wayfinder'
				) }
			</p>
			{ issuerError && (
				<Notice status="error" isDismissible={ false }>
					{ issuerError }
				</Notice>
			) }
			{ ! issuer && ! issuerError && <Spinner /> }
			{ issuer && (
				<form
					onSubmit={ ( event ) => {
						event.preventDefault();
						saveIssuer();
					} }
				>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Issuer name', 'wayfinder' ) }
						value={ issuer.wayfinder_issuer_name }
						onChange={ ( value ) =>
							setIssuer( {
								...issuer,
								wayfinder_issuer_name: value,
							} )
						}
					/>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __( 'Issuer description', 'wayfinder' ) }
						value={ issuer.wayfinder_issuer_description }
						onChange={ ( value ) =>
							setIssuer( {
								...issuer,
								wayfinder_issuer_description: value,
							} )
						}
					/>
					<Button
						variant="primary"
						type="submit"
						isBusy={ saving }
						disabled={ saving }
						accessibleWhenDisabled
					>
						{ __( 'Save the issuer', 'wayfinder' ) }
					</Button>
				</form>
			) }
			<h3>{ __( 'Signing keys', 'wayfinder' ) }</h3>
			{ keysError && (
				<Notice status="error" isDismissible={ false }>
					{ keysError }
				</Notice>
			) }
			{ ! keys && ! keysError && <Spinner /> }
			{ keys && keys.length === 0 && (
				<p>
					{ __(
						'No signing key yet: the first certificate makes one.',
						'wayfinder'
					) }
				</p>
			) }
			{ keys && keys.length > 0 && (
				<table className="widefat striped">
					<caption className="screen-reader-text">
						{ __( 'Signing keys', 'wayfinder' ) }
					</caption>
					<thead>
						<tr>
							<th scope="col">{ __( 'Key', 'wayfinder' ) }</th>
							<th scope="col">
								{ __( 'Algorithm', 'wayfinder' ) }
							</th>
							<th scope="col">{ __( 'Made', 'wayfinder' ) }</th>
							<th scope="col">{ __( 'Status', 'wayfinder' ) }</th>
							<th scope="col">
								{ __( 'Certificates signed', 'wayfinder' ) }
							</th>
						</tr>
					</thead>
					<tbody>
						{ keys.map( ( key ) => (
							<tr key={ key.kid }>
								<td>
									<code>{ key.kid }</code>
								</td>
								<td>{ key.alg }</td>
								<td>{ day( key.created_at ) }</td>
								<td>
									{ key === current
										? __(
												'Signs new certificates',
												'wayfinder'
											)
										: sprintf(
												/* translators: %s: a date. */
												__(
													'Retired on %s; still verifies what it signed',
													'wayfinder'
												),
												day( key.retired_at )
											) }
								</td>
								<td>{ key.signed }</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
			{ ! keysError &&
				( asking ? (
					<AskFirst
						label={ __( 'Rotate the signing key?', 'wayfinder' ) }
						question={ __(
							'A new key signs new certificates from now on. Certificates signed earlier stay valid: the old key stays published, so they still verify.',
							'wayfinder'
						) }
						keepLabel={ __( 'Keep the current key', 'wayfinder' ) }
						confirmLabel={ __(
							'Rotate the signing key',
							'wayfinder'
						) }
						busy={ rotating }
						onKeep={ () => setAsking( false ) }
						onConfirm={ rotate }
					/>
				) : (
					<p>
						<Button
							variant="secondary"
							onClick={ () => setAsking( true ) }
							disabled={ ! keys }
							accessibleWhenDisabled
						>
							{ __( 'Rotate the signing key', 'wayfinder' ) }
						</Button>
					</p>
				) ) }
		</div>
	);
}

/** The coordinators' Badges screen: awards, badge definitions, issuing. */
export default function BadgesScreen() {
	const { state, reload } = useRequest( loadBadges );
	return (
		<div className="wayfinder-badges">
			<h2>{ __( 'Badges', 'wayfinder' ) }</h2>
			<p>
				{ __(
					'Badges recognise what people did — mentoring to completion, graduating with a verified contribution, leading group sessions, contributing to a team — and each can be downloaded as a verifiable certificate.',
					'wayfinder'
				) }
			</p>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && (
				<TabPanel
					tabs={ [
						{ name: 'awards', title: __( 'Awards', 'wayfinder' ) },
						{ name: 'badges', title: __( 'Badges', 'wayfinder' ) },
						{
							name: 'issuing',
							title: __( 'Issuing', 'wayfinder' ),
						},
					] }
				>
					{ ( tab ) => {
						if ( tab.name === 'badges' ) {
							return (
								<Definitions
									badges={ state.data }
									reload={ reload }
								/>
							);
						}
						if ( tab.name === 'issuing' ) {
							return <Issuing />;
						}
						return <Awards badges={ state.data } />;
					} }
				</TabPanel>
			) }
		</div>
	);
}
