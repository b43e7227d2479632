import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Spinner,
} from '@wordpress/components';
import { useCallback } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { getStatus, listCohortWarnings, listEvents } from '../../api/client';
import { listHandoffs } from '../../api/handoffs';
import { getImpact } from '../../api/impact';
import type { ProgramFigures, ProgramStatus, SetupStep } from '../../api/types';
import LoadError from '../components/LoadError';
import AppLink from '../components/AppLink';
import type { Params } from '../router';
import { useRequest } from '../useRequest';
import { formatDate, SOURCE_LABELS, waitedFor } from './labels';

/**
 * A figure that links to the list behind it, opened in the app.
 * @param props
 * @param props.value  The number.
 * @param props.label  What it counts.
 * @param props.params Where the list lives.
 */
function Figure( {
	value,
	label,
	params,
}: {
	value: number;
	label: string;
	params: Params;
} ) {
	return (
		<li>
			<AppLink className="wayfinder-figure" params={ params }>
				<strong>{ value }</strong> { label }
			</AppLink>
		</li>
	);
}

/**
 * Mentors by how full they are, as a bar each: a picture of load against capacity.
 * @param props
 * @param props.mentors The mentor figures.
 */
function LoadChart( { mentors }: { mentors: ProgramFigures[ 'mentors' ] } ) {
	const rows = [
		{
			key: 'free',
			label: __( 'No mentee yet', 'wayfinder' ),
			value: mentors.free,
		},
		{
			key: 'some',
			label: __( 'Have room', 'wayfinder' ),
			value: mentors.some,
		},
		{ key: 'full', label: __( 'Full', 'wayfinder' ), value: mentors.full },
		{
			key: 'away',
			label: __( 'Away or stopped', 'wayfinder' ),
			value: mentors.away,
		},
	];
	const largest = Math.max( 1, ...rows.map( ( row ) => row.value ) );
	const usage = mentors.places > 0 ? mentors.mentees / mentors.places : 0;
	return (
		<figure className="wayfinder-load">
			<figcaption>
				{ sprintf(
					/* translators: 1: mentees, 2: places, 3: percent */
					__(
						'Mentor load: %1$d mentees in %2$d places (%3$d%%).',
						'wayfinder'
					),
					mentors.mentees,
					mentors.places,
					Math.round( usage * 100 )
				) }
			</figcaption>
			<div
				className="wayfinder-load__meter"
				role="meter"
				aria-label={ __( 'Places taken', 'wayfinder' ) }
				aria-valuemin={ 0 }
				aria-valuemax={ mentors.places }
				aria-valuenow={ mentors.mentees }
			>
				<span
					style={ { width: `${ Math.min( 100, usage * 100 ) }%` } }
				/>
			</div>
			<table className="wayfinder-load__bars">
				<tbody>
					{ rows.map( ( row ) => (
						<tr key={ row.key } data-load={ row.key }>
							<th scope="row">{ row.label }</th>
							<td>
								<span
									className="wayfinder-load__bar"
									style={ {
										width: `${ ( row.value / largest ) * 100 }%`,
									} }
								/>
								<AppLink
									params={ {
										screen: 'people',
										role: 'mentors',
										load: row.key,
									} }
								>
									{ row.value }
								</AppLink>
							</td>
						</tr>
					) ) }
				</tbody>
			</table>
		</figure>
	);
}

/**
 * Each team's mentors with room against the people waiting in it; a gap is flagged in words.
 * @param props
 * @param props.program The program's figures.
 */
function Coverage( { program }: { program: ProgramFigures } ) {
	const gaps = program.teams.filter( ( team ) => team.gap );
	if ( program.teams.length === 0 ) {
		return (
			<p>{ __( 'There are no published teams yet.', 'wayfinder' ) }</p>
		);
	}
	return (
		<>
			<p>
				{ gaps.length === 0
					? __(
							'Every team where people wait has a mentor with room.',
							'wayfinder'
						)
					: sprintf(
							/* translators: 1: number of teams, 2: their names */
							_n(
								'%1$d team has people waiting and no mentor with room: %2$s.',
								'%1$d teams have people waiting and no mentor with room: %2$s.',
								gaps.length,
								'wayfinder'
							),
							gaps.length,
							gaps.map( ( team ) => team.name ).join( ', ' )
						) }
			</p>
			<table className="widefat striped wayfinder-coverage">
				<thead>
					<tr>
						<th scope="col">{ __( 'Team', 'wayfinder' ) }</th>
						<th scope="col">{ __( 'Waiting', 'wayfinder' ) }</th>
						<th scope="col">
							{ __( 'Mentors with room', 'wayfinder' ) }
						</th>
						<th scope="col">{ __( 'Mentors', 'wayfinder' ) }</th>
					</tr>
				</thead>
				<tbody>
					{ program.teams.map( ( team ) => (
						<tr
							key={ team.team }
							data-team={ team.team }
							className={ team.gap ? 'is-gap' : undefined }
						>
							<th scope="row">
								{ team.name }
								{ team.gap && (
									<span className="wayfinder-coverage__gap">
										{ ' ' }
										{ __(
											'Gap: nobody can take them',
											'wayfinder'
										) }
									</span>
								) }
							</th>
							<td>
								{ team.waiting > 0 ? (
									<AppLink
										params={ {
											screen: 'requests',
											status: 'open',
											type: 'mentee_request',
											team: team.team,
										} }
									>
										{ team.waiting }
									</AppLink>
								) : (
									0
								) }
							</td>
							<td>{ team.with_room }</td>
							<td>{ team.mentors }</td>
						</tr>
					) ) }
				</tbody>
			</table>
			{ program.waiting_in_no_team > 0 && (
				<p>
					{ sprintf(
						/* translators: %d: number of people */
						_n(
							'%d person waits without naming a team; any mentor can take them.',
							'%d people wait without naming a team; any mentor can take them.',
							program.waiting_in_no_team,
							'wayfinder'
						),
						program.waiting_in_no_team
					) }
				</p>
			) }
		</>
	);
}

/**
 * One line while setup is unfinished, linking to the checklist.
 * @param props
 * @param props.steps The checklist.
 */
function SetupSummary( { steps }: { steps: SetupStep[] } ) {
	const todo = steps.filter( ( step ) => ! step.done );
	if ( todo.length === 0 ) {
		return null;
	}
	return (
		<Card className="wayfinder-setup-summary">
			<CardBody>
				<p>
					{ sprintf(
						/* translators: 1: steps done, 2: all steps, 3: what is left, e.g. "Registration is closed" */
						__(
							'Setup: %1$d of %2$d steps done. Still open: %3$s.',
							'wayfinder'
						),
						steps.length - todo.length,
						steps.length,
						todo.map( ( step ) => step.title ).join( '; ' )
					) }{ ' ' }
					<AppLink className="button" params={ { screen: 'setup' } }>
						{ __( 'Open the setup checklist', 'wayfinder' ) }
					</AppLink>
				</p>
			</CardBody>
		</Card>
	);
}

function RecentEvents() {
	const load = useCallback( () => listEvents( { per_page: 8 } ), [] );
	const { state, reload } = useRequest( load );
	if ( state.status === 'loading' ) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	if ( state.data.items.length === 0 ) {
		return (
			<p>
				{ __(
					'Nothing has happened in the program yet.',
					'wayfinder'
				) }
			</p>
		);
	}
	return (
		<ul className="wayfinder-events">
			{ state.data.items.map( ( event ) => (
				<li key={ event.id }>
					<time dateTime={ event.created_at }>
						{ formatDate( event.created_at ) }
					</time>{ ' ' }
					{ sprintf(
						/* translators: 1: who did it, 2: what happened, as a sentence */
						__( '%1$s: %2$s', 'wayfinder' ),
						event.actor_name || __( 'Wayfinder', 'wayfinder' ),
						event.summary
					) }
				</li>
			) ) }
		</ul>
	);
}

/**
 * Cohort mentees a nudge did not bring back, and pairings said not to work: shown only when there
 * are some, each with a link to their cohort.
 */
function CohortAlerts() {
	const { state, reload } = useRequest( listCohortWarnings );
	if ( state.status === 'loading' ) {
		return null;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	if ( state.data.items.length === 0 ) {
		return null;
	}
	return (
		<Card className="wayfinder-overview__alerts">
			<CardHeader>
				<h2>{ __( 'Cohort mentees who need you', 'wayfinder' ) }</h2>
			</CardHeader>
			<CardBody>
				<p>
					{ sprintf(
						/* translators: %d: how many mentees. */
						_n(
							'%d mentee was nudged and has not come back yet, or said their pairing is not working.',
							'%d mentees were nudged and have not come back yet, or said their pairing is not working.',
							state.data.total,
							'wayfinder'
						),
						state.data.total
					) }
				</p>
				<ul className="wayfinder-overview__alert-list">
					{ state.data.items.map( ( alert ) => (
						<li key={ `${ alert.cohort }-${ alert.user }` }>
							<strong>{ alert.name }</strong> (
							{ alert.cohort_name }): { alert.warning_label }{ ' ' }
							{ alert.since && (
								<>
									{ sprintf(
										/* translators: %s: how long, e.g. "3 days". */
										__( 'For %s.', 'wayfinder' ),
										waitedFor( alert.since )
									) }{ ' ' }
								</>
							) }
							<AppLink
								params={ {
									screen: 'cohorts',
									cohort: String( alert.cohort ),
								} }
							>
								{ __( 'See the cohort', 'wayfinder' ) }
							</AppLink>
						</li>
					) ) }
				</ul>
			</CardBody>
		</Card>
	);
}

const loadImpact = () => getImpact();

/**
 * The program at a glance, from waiting to still contributing three months after it ended.
 */
function ImpactSummary() {
	const { state, reload } = useRequest( loadImpact );
	return (
		<Card className="wayfinder-overview__impact">
			<CardHeader>
				<h2>{ __( 'From waiting to contributing', 'wayfinder' ) }</h2>
			</CardHeader>
			<CardBody>
				{ state.status === 'loading' && (
					<p>
						<Spinner />
						{ __( 'Loading the impact figures…', 'wayfinder' ) }
					</p>
				) }
				{ state.status === 'error' && (
					<LoadError error={ state.error } retry={ reload } />
				) }
				{ state.status === 'success' && state.data.overview && (
					<ul className="wayfinder-figures">
						<Figure
							value={ state.data.overview.waiting }
							label={ __( 'waiting for a mentor', 'wayfinder' ) }
							params={ { screen: 'requests' } }
						/>
						<Figure
							value={ state.data.overview.matched }
							label={ __(
								'in a 1:1 mentorship now',
								'wayfinder'
							) }
							params={ { screen: 'matches' } }
						/>
						<Figure
							value={ state.data.overview.graduated }
							label={ __(
								'graduated from a cohort',
								'wayfinder'
							) }
							params={ { screen: 'impact' } }
						/>
						<Figure
							value={ state.data.overview.contributing_3 }
							label={
								state.data.overview.due_3 > 0
									? sprintf(
											/* translators: 1: people whose three months have passed, 2: a percentage. */
											__(
												'of %1$d still contributing 3 months after the end (%2$s %%)',
												'wayfinder'
											),
											state.data.overview.due_3,
											String(
												Math.round(
													( state.data.overview
														.share_3 ?? 0 ) * 100
												)
											)
										)
									: __(
											'still contributing 3 months after the end (nobody’s three months have passed yet)',
											'wayfinder'
										)
							}
							params={ { screen: 'impact' } }
						/>
					</ul>
				) }
			</CardBody>
		</Card>
	);
}

const loadWaitingHandoffs = () =>
	listHandoffs( { status: 'waiting', per_page: 10 } );

/**
 * Graduates whose introduction waits for a team representative to accept it, the longest waiting
 * first; those waiting longer than the setting are marked overdue.
 */
function HandoffsWaiting() {
	const { state, reload } = useRequest( loadWaitingHandoffs );
	return (
		<Card className="wayfinder-overview__handoffs">
			<CardHeader>
				<h2>{ __( 'Hand-offs waiting for a team', 'wayfinder' ) }</h2>
			</CardHeader>
			<CardBody>
				{ state.status === 'loading' && (
					<p>
						<Spinner />
						{ __( 'Loading the hand-offs…', 'wayfinder' ) }
					</p>
				) }
				{ state.status === 'error' && (
					<LoadError error={ state.error } retry={ reload } />
				) }
				{ state.status === 'success' &&
					state.data.items.length === 0 && (
						<p>
							{ __(
								'No graduate is waiting for a team to accept them.',
								'wayfinder'
							) }
						</p>
					) }
				{ state.status === 'success' && state.data.items.length > 0 && (
					<>
						<p>
							{ sprintf(
								/* translators: %d: how many graduates. */
								_n(
									'%d graduate waits for a team representative to accept their introduction.',
									'%d graduates wait for a team representative to accept their introduction.',
									state.data.total,
									'wayfinder'
								),
								state.data.total
							) }
						</p>
						<ul className="wayfinder-overview__handoff-list">
							{ state.data.items.map( ( handoff ) => (
								<li key={ handoff.id }>
									<strong>{ handoff.name }</strong>
									{ ' → ' }
									{ handoff.team_name } (
									{ handoff.cohort_name }):{ ' ' }
									{ sprintf(
										/* translators: %d: days. */
										_n(
											'waiting %d day.',
											'waiting %d days.',
											handoff.days_waiting,
											'wayfinder'
										),
										handoff.days_waiting
									) }{ ' ' }
									{ handoff.overdue && (
										<strong className="wayfinder-overdue">
											{ __(
												'Overdue.',
												'wayfinder'
											) }{ ' ' }
										</strong>
									) }
									{ handoff.representatives.length > 0
										? sprintf(
												/* translators: %s: names. */
												__(
													'Representatives: %s.',
													'wayfinder'
												),
												handoff.representatives.join(
													', '
												)
											)
										: __(
												'The team has no representative: add one under Teams.',
												'wayfinder'
											) }
								</li>
							) ) }
						</ul>
					</>
				) }
			</CardBody>
		</Card>
	);
}

function Program( { status }: { status: ProgramStatus } ) {
	const { program } = status;
	const longest = program.waiting.longest;
	return (
		<>
			<Card>
				<CardHeader>
					<h2>{ __( 'Waiting for a mentor', 'wayfinder' ) }</h2>
				</CardHeader>
				<CardBody>
					<ul className="wayfinder-figures">
						<Figure
							value={ program.waiting.count }
							label={ _n(
								'person waiting',
								'people waiting',
								program.waiting.count,
								'wayfinder'
							) }
							params={ {
								screen: 'requests',
								status: 'open',
								type: 'mentee_request',
								order: 'asc',
							} }
						/>
						<Figure
							value={ program.open_requests }
							label={ __( 'open requests', 'wayfinder' ) }
							params={ { screen: 'requests', status: 'open' } }
						/>
						<Figure
							value={ program.proposed }
							label={ __( 'proposals to confirm', 'wayfinder' ) }
							params={ { screen: 'matches', status: 'proposed' } }
						/>
					</ul>
					{ longest ? (
						<p>
							{ sprintf(
								/* translators: 1: a person's name, 2: how long, e.g. "3 days" */
								__(
									'%1$s has waited longest: %2$s.',
									'wayfinder'
								),
								longest.name,
								waitedFor( longest.since )
							) }{ ' ' }
							<AppLink
								className="button"
								params={ {
									screen: 'requests',
									status: 'open',
									type: 'mentee_request',
									order: 'asc',
									request: String( longest.request ),
								} }
							>
								{ __( 'Find them a mentor', 'wayfinder' ) }
							</AppLink>
						</p>
					) : (
						<p>
							{ __(
								'Nobody is waiting for a mentor.',
								'wayfinder'
							) }
						</p>
					) }
				</CardBody>
			</Card>
			<Card>
				<CardHeader>
					<h2>
						{ __(
							'Active matches by how they started',
							'wayfinder'
						) }
					</h2>
				</CardHeader>
				<CardBody>
					<ul className="wayfinder-figures">
						{ Object.entries( program.matches ).map(
							( [ source, count ] ) => (
								<Figure
									key={ source }
									value={ count }
									label={ SOURCE_LABELS[ source ] ?? source }
									params={ {
										screen: 'matches',
										status: 'active',
										source,
									} }
								/>
							)
						) }
					</ul>
				</CardBody>
			</Card>
			<Card>
				<CardHeader>
					<h2>{ __( 'Mentors', 'wayfinder' ) }</h2>
				</CardHeader>
				<CardBody>
					<ul className="wayfinder-figures">
						<Figure
							value={ program.mentors.total }
							label={ __( 'mentors', 'wayfinder' ) }
							params={ { screen: 'people', role: 'mentors' } }
						/>
						<Figure
							value={ program.mentors.away }
							label={ __( 'away or stopped', 'wayfinder' ) }
							params={ {
								screen: 'people',
								role: 'mentors',
								load: 'away',
							} }
						/>
					</ul>
					<LoadChart mentors={ program.mentors } />
				</CardBody>
			</Card>
			<Card>
				<CardHeader>
					<h2>{ __( 'Coverage by team', 'wayfinder' ) }</h2>
				</CardHeader>
				<CardBody>
					<Coverage program={ program } />
				</CardBody>
			</Card>
			<Card>
				<CardHeader>
					<h2>{ __( 'Recent activity', 'wayfinder' ) }</h2>
				</CardHeader>
				<CardBody>
					<RecentEvents />
				</CardBody>
			</Card>
		</>
	);
}

export default function OverviewScreen() {
	const { state, reload } = useRequest( getStatus );
	return (
		<section
			aria-labelledby="wayfinder-overview-title"
			className="wayfinder-overview"
		>
			<h2 id="wayfinder-overview-title" className="screen-reader-text">
				{ __( 'Program overview', 'wayfinder' ) }
			</h2>
			{ state.status === 'loading' && (
				<p>
					<Spinner />
					{ __( 'Loading the program…', 'wayfinder' ) }
				</p>
			) }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && (
				<>
					<SetupSummary steps={ state.data.setup } />
					<CohortAlerts />
					<HandoffsWaiting />
					<ImpactSummary />
					<Program status={ state.data } />
					<ul className="wayfinder-overview__people">
						{ state.data.people.map( ( { role, label, count } ) => (
							<li key={ role } data-role={ role }>
								<strong>{ count }</strong> { label }
							</li>
						) ) }
					</ul>
					{ state.data.people.every(
						( { count } ) => count === 0
					) && (
						<p>
							{ __(
								'Nobody has a Wayfinder role yet. Grant Mentor or Mentoring coordinator under Users.',
								'wayfinder'
							) }{ ' ' }
							<Button variant="link" href="users.php">
								{ __( 'Go to Users', 'wayfinder' ) }
							</Button>
						</p>
					) }
					<p className="wayfinder-overview__versions">
						{ sprintf(
							/* translators: 1: Wayfinder version, 2: WordPress version, 3: PHP version, 4: database engine */
							__(
								'Wayfinder %1$s on WordPress %2$s, PHP %3$s, %4$s.',
								'wayfinder'
							),
							state.data.version,
							state.data.wordpress_version,
							state.data.php_version,
							state.data.database === 'sqlite'
								? 'SQLite'
								: 'MySQL/MariaDB'
						) }
					</p>
				</>
			) }
		</section>
	);
}
