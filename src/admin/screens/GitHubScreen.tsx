import {
	Button,
	Notice,
	SelectControl,
	Spinner,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { listTeams, toRestError } from '../../api/client';
import {
	connectGitHubRepo,
	disconnectGitHubRepo,
	type GitHubRepo,
	type GitHubRepoWithSecret,
	listGitHubRepos,
	newGitHubRepoSecret,
	setGitHubRepoTeam,
} from '../../api/github';
import AskFirst from '../components/AskFirst';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';
import {
	cleanRepoName,
	isRepoName,
	utcDate,
	withoutRepo,
	withRepo,
} from './github-repos';

interface TeamOption {
	label: string;
	value: string;
}

const loadTeams = () => listTeams( { per_page: 100 } );

/** GitHub's names of the events to tick in the webhook's settings. */
const EVENT_NAMES: Record< string, string > = {
	pull_request: __( 'Pull requests', 'wayfinder' ),
	issues: __( 'Issues', 'wayfinder' ),
	pull_request_review: __( 'Pull request reviews', 'wayfinder' ),
	push: __( 'Pushes', 'wayfinder' ),
};

/**
 * A value to paste elsewhere: shown read-only, selected on focus, with a copy button.
 * @param props
 * @param props.label The value's name.
 * @param props.value The value.
 * @param props.id    An ID unique on the page.
 */
function CopyField( {
	label,
	value,
	id,
}: {
	label: string;
	value: string;
	id: string;
} ) {
	const input = useRef< HTMLInputElement >( null );
	const [ copied, setCopied ] = useState( false );
	const copy = async () => {
		input.current?.select();
		try {
			await window.navigator.clipboard.writeText( value );
			setCopied( true );
		} catch {
			// No clipboard here (e.g. not https): the value is selected for Ctrl+C.
			setCopied( false );
		}
	};
	return (
		<p className="wayfinder-github__copy">
			<label htmlFor={ id }>{ label }</label>
			<br />
			<input
				ref={ input }
				id={ id }
				type="text"
				className="code large-text"
				readOnly
				value={ value }
				onFocus={ ( event ) => event.currentTarget.select() }
			/>{ ' ' }
			<Button variant="secondary" size="compact" onClick={ copy }>
				{ copied
					? __( 'Copied', 'wayfinder' )
					: __( 'Copy', 'wayfinder' ) }
			</Button>
			<span className="screen-reader-text" aria-live="polite">
				{ copied ? __( 'Copied to the clipboard.', 'wayfinder' ) : '' }
			</span>
		</p>
	);
}

/**
 * The secret, shown once, with how to set up the webhook on GitHub.
 * @param props
 * @param props.repo   The repository with its new secret.
 * @param props.onDone Hides the secret for good.
 */
function SecretNotice( {
	repo,
	onDone,
}: {
	repo: GitHubRepoWithSecret;
	onDone: () => void;
} ) {
	const heading = useRef< HTMLHeadingElement >( null );
	useEffect( () => heading.current?.focus(), [ repo.secret ] );
	return (
		<Notice
			status="warning"
			isDismissible={ false }
			className="wayfinder-github__secret"
		>
			<h3 ref={ heading } tabIndex={ -1 }>
				{ sprintf(
					/* translators: %s: a repository, owner/name. */
					__( 'Set up the webhook of %s', 'wayfinder' ),
					repo.full_name
				) }
			</h3>
			<p>
				<strong>
					{ __(
						'Copy the secret now: it is shown only this once. If you lose it, make a new secret.',
						'wayfinder'
					) }
				</strong>
			</p>
			<ol>
				<li>
					{ __(
						'On GitHub, open the repository’s Settings → Webhooks → Add webhook (or edit the existing one).',
						'wayfinder'
					) }{ ' ' }
					<a
						href={ `${ repo.url }/settings/hooks` }
						target="_blank"
						rel="noreferrer"
					>
						{ __( 'Open the webhooks on GitHub', 'wayfinder' ) }
					</a>
				</li>
				<li>
					<CopyField
						id={ `wayfinder-github-url-${ repo.id }` }
						label={ __( 'Payload URL', 'wayfinder' ) }
						value={ repo.webhook_url }
					/>
				</li>
				<li>
					{ sprintf(
						/* translators: %s: a content type, application/json. */
						__( 'Content type: %s', 'wayfinder' ),
						repo.content_type
					) }
				</li>
				<li>
					<CopyField
						id={ `wayfinder-github-secret-${ repo.id }` }
						label={ __( 'Secret', 'wayfinder' ) }
						value={ repo.secret }
					/>
				</li>
				<li>
					{ sprintf(
						/* translators: %s: a list of GitHub's event names. */
						__(
							'Which events: “Let me select individual events”, then %s.',
							'wayfinder'
						),
						repo.events
							.map( ( event ) => EVENT_NAMES[ event ] ?? event )
							.join( ', ' )
					) }
				</li>
				<li>
					{ __(
						'Save. GitHub sends a ping at once: the list below shows when the last delivery came.',
						'wayfinder'
					) }
				</li>
			</ol>
			<Button variant="primary" onClick={ onDone }>
				{ __( 'I copied the secret, hide it', 'wayfinder' ) }
			</Button>
		</Notice>
	);
}

/**
 * Connect a repository: its name and team.
 * @param props
 * @param props.teams       The team choices.
 * @param props.onConnected With the new repository and its secret.
 */
function ConnectForm( {
	teams,
	onConnected,
}: {
	teams: TeamOption[];
	onConnected: ( repo: GitHubRepoWithSecret ) => void;
} ) {
	const [ name, setName ] = useState( '' );
	const [ team, setTeam ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ problem, setProblem ] = useState( '' );
	const cleaned = cleanRepoName( name );
	const invalid = name.trim() !== '' && ! isRepoName( cleaned );
	const submit = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		setBusy( true );
		setProblem( '' );
		try {
			const repo = await connectGitHubRepo( cleaned, team );
			setName( '' );
			setTeam( '' );
			onConnected( repo );
		} catch ( error ) {
			setProblem( toRestError( error ).message );
		}
		setBusy( false );
	};
	return (
		<form
			className="wayfinder-github__connect"
			onSubmit={ submit }
			aria-labelledby="wayfinder-github-connect"
		>
			<h3 id="wayfinder-github-connect">
				{ __( 'Connect a repository', 'wayfinder' ) }
			</h3>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Repository (owner/name)', 'wayfinder' ) }
				help={
					invalid
						? __(
								'This is not an owner/name GitHub could have, for example WordPress/wordpress-develop.',
								'wayfinder'
							)
						: __(
								'As in its address on GitHub, for example WordPress/wordpress-develop.',
								'wayfinder'
							)
				}
				value={ name }
				required
				autoComplete="off"
				spellCheck={ false }
				aria-invalid={ invalid }
				onChange={ setName }
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Team', 'wayfinder' ) }
				help={ __(
					'The team its contributions count for.',
					'wayfinder'
				) }
				value={ team }
				options={ teams }
				onChange={ setTeam }
			/>
			{ problem !== '' && (
				<Notice status="error" isDismissible={ false }>
					<span role="alert">{ problem }</span>
				</Notice>
			) }
			<Button
				variant="primary"
				type="submit"
				isBusy={ busy }
				disabled={ busy || invalid || name.trim() === '' }
				accessibleWhenDisabled
			>
				{ __( 'Connect', 'wayfinder' ) }
			</Button>
		</form>
	);
}

type Asking = { id: number; what: 'secret' | 'disconnect' } | null;

/**
 * One repository's row: its team, when it was last heard from, a new secret and disconnecting.
 * @param props
 * @param props.repo      The repository.
 * @param props.teams     The team choices.
 * @param props.asking    Which question is open on the screen.
 * @param props.setAsking Opens or closes a question.
 * @param props.onChanged With the repository as the server answered.
 * @param props.onSecret  With the repository and its new secret.
 * @param props.onGone    Once disconnected.
 */
function RepoRow( {
	repo,
	teams,
	asking,
	setAsking,
	onChanged,
	onSecret,
	onGone,
}: {
	repo: GitHubRepo;
	teams: TeamOption[];
	asking: Asking;
	setAsking: ( asking: Asking ) => void;
	onChanged: ( repo: GitHubRepo ) => void;
	onSecret: ( repo: GitHubRepoWithSecret ) => void;
	onGone: ( id: number, message: string ) => void;
} ) {
	const [ busy, setBusy ] = useState( false );
	const [ problem, setProblem ] = useState( '' );
	const run = async ( work: () => Promise< void > ) => {
		setBusy( true );
		setProblem( '' );
		try {
			await work();
		} catch ( error ) {
			setProblem( toRestError( error ).message );
		}
		setBusy( false );
	};
	const question = asking?.id === repo.id ? asking.what : null;
	const options = teams.some( ( team ) => team.value === repo.team )
		? teams
		: [ ...teams, { label: repo.team_name, value: repo.team } ];
	return (
		<tr>
			<th scope="row">
				<a href={ repo.url } target="_blank" rel="noreferrer">
					{ repo.full_name }
				</a>
			</th>
			<td>
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ sprintf(
						/* translators: %s: a repository, owner/name. */
						__( 'Team of %s', 'wayfinder' ),
						repo.full_name
					) }
					hideLabelFromVision
					value={ repo.team }
					options={ options }
					disabled={ busy }
					onChange={ ( team ) =>
						run( async () =>
							onChanged(
								await setGitHubRepoTeam( repo.id, team )
							)
						)
					}
				/>
			</td>
			<td>
				{ repo.last_delivery_at
					? utcDate( repo.last_delivery_at ).toLocaleString()
					: __( 'No delivery yet', 'wayfinder' ) }
			</td>
			<td>
				{ question === 'secret' && (
					<AskFirst
						label={ sprintf(
							/* translators: %s: a repository, owner/name. */
							__( 'Make a new secret for %s?', 'wayfinder' ),
							repo.full_name
						) }
						question={ __(
							'The old secret stops working at once: GitHub’s deliveries are refused until you paste the new one into the webhook’s settings.',
							'wayfinder'
						) }
						keepLabel={ __( 'Keep the secret', 'wayfinder' ) }
						confirmLabel={ __( 'Make a new secret', 'wayfinder' ) }
						busy={ busy }
						onKeep={ () => setAsking( null ) }
						onConfirm={ () =>
							run( async () => {
								onSecret(
									await newGitHubRepoSecret( repo.id )
								);
								setAsking( null );
							} )
						}
					/>
				) }
				{ question === 'disconnect' && (
					<AskFirst
						label={ sprintf(
							/* translators: %s: a repository, owner/name. */
							__( 'Disconnect %s?', 'wayfinder' ),
							repo.full_name
						) }
						question={ __(
							'Its deliveries are refused from now on. Contributions already recorded stay.',
							'wayfinder'
						) }
						keepLabel={ __( 'Keep it connected', 'wayfinder' ) }
						confirmLabel={ __( 'Disconnect', 'wayfinder' ) }
						busy={ busy }
						onKeep={ () => setAsking( null ) }
						onConfirm={ () =>
							run( async () => {
								const gone = await disconnectGitHubRepo(
									repo.id
								);
								setAsking( null );
								onGone( repo.id, gone.message );
							} )
						}
					/>
				) }
				{ question === null && (
					<>
						<Button
							variant="secondary"
							size="compact"
							onClick={ () =>
								setAsking( { id: repo.id, what: 'secret' } )
							}
						>
							{ __( 'New secret…', 'wayfinder' ) }
						</Button>{ ' ' }
						<Button
							variant="tertiary"
							size="compact"
							isDestructive
							onClick={ () =>
								setAsking( { id: repo.id, what: 'disconnect' } )
							}
						>
							{ __( 'Disconnect…', 'wayfinder' ) }
						</Button>
					</>
				) }
				{ problem !== '' && (
					<Notice status="error" isDismissible={ false }>
						<span role="alert">{ problem }</span>
					</Notice>
				) }
			</td>
		</tr>
	);
}

/**
 * The repositories once loaded: the list, the connect form and the secret just made.
 * @param props
 * @param props.initial The repositories as loaded.
 * @param props.teams   The team choices.
 */
function Repositories( {
	initial,
	teams,
}: {
	initial: GitHubRepo[];
	teams: TeamOption[];
} ) {
	const [ repos, setRepos ] = useState( initial );
	const [ shown, setShown ] = useState< GitHubRepoWithSecret | null >( null );
	const [ asking, setAsking ] = useState< Asking >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const withSecret = useCallback( ( repo: GitHubRepoWithSecret ) => {
		setRepos( ( list ) => withRepo( list, repo ) );
		setShown( repo );
	}, [] );
	return (
		<>
			{ shown && (
				<SecretNotice
					repo={ shown }
					onDone={ () => setShown( null ) }
				/>
			) }
			{ repos.length === 0 ? (
				<p>
					{ __(
						'No repository is connected yet. Connect one below, then add its webhook on GitHub.',
						'wayfinder'
					) }
				</p>
			) : (
				<table className="widefat striped wayfinder-github__repos">
					<caption className="screen-reader-text">
						{ __( 'Connected repositories', 'wayfinder' ) }
					</caption>
					<thead>
						<tr>
							<th scope="col">
								{ __( 'Repository', 'wayfinder' ) }
							</th>
							<th scope="col">{ __( 'Team', 'wayfinder' ) }</th>
							<th scope="col">
								{ __( 'Last delivery', 'wayfinder' ) }
							</th>
							<th scope="col">
								{ __( 'Actions', 'wayfinder' ) }
							</th>
						</tr>
					</thead>
					<tbody>
						{ repos.map( ( repo ) => (
							<RepoRow
								key={ repo.id }
								repo={ repo }
								teams={ teams }
								asking={ asking }
								setAsking={ setAsking }
								onChanged={ ( changed ) => {
									setRepos( ( list ) =>
										withRepo( list, changed )
									);
									createSuccessNotice(
										__( 'Team saved.', 'wayfinder' ),
										{ type: 'snackbar' }
									);
								} }
								onSecret={ withSecret }
								onGone={ ( id, message ) => {
									setRepos( ( list ) =>
										withoutRepo( list, id )
									);
									if ( shown?.id === id ) {
										setShown( null );
									}
									createSuccessNotice( message, {
										type: 'snackbar',
									} );
								} }
							/>
						) ) }
					</tbody>
				</table>
			) }
			<ConnectForm teams={ teams } onConnected={ withSecret } />
		</>
	);
}

/** GitHub repositories connected to the program, as coordinators manage them. */
export default function GitHubScreen() {
	const { state, reload } = useRequest( listGitHubRepos );
	const { state: teamState } = useRequest( loadTeams );
	const teams: TeamOption[] = [
		{ label: __( 'No team', 'wayfinder' ), value: '' },
		...( teamState.status === 'success'
			? teamState.data.items.map( ( team ) => ( {
					label: decodeEntities( team.title.rendered ),
					value: team.slug,
				} ) )
			: [] ),
	];
	return (
		<section
			aria-labelledby="wayfinder-github-title"
			className="wayfinder-github"
		>
			<h2 id="wayfinder-github-title">{ __( 'GitHub', 'wayfinder' ) }</h2>
			<p>
				{ __(
					'Connected repositories send their merged pull requests, closed issues, reviews and props to Wayfinder. They are recorded as contributions of the people who linked their GitHub account in My mentorship, for the team you choose, waiting to be verified.',
					'wayfinder'
				) }
			</p>
			{ teamState.status === 'error' && (
				<Notice status="warning" isDismissible={ false }>
					{ teamState.error.message }
				</Notice>
			) }
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && (
				<Repositories initial={ state.data } teams={ teams } />
			) }
		</section>
	);
}
