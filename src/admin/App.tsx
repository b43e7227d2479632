import { __ } from '@wordpress/i18n';

import type { AdminConfig } from './config';
import Snackbars from './components/Snackbars';
import AppLink from './components/AppLink';
import { type Params, useParams } from './router';
import ApplicationsScreen from './screens/ApplicationsScreen';
import BadgesScreen from './screens/BadgesScreen';
import BoardScreen from './screens/BoardScreen';
import CohortsScreen from './screens/CohortsScreen';
import GitHubScreen from './screens/GitHubScreen';
import MatchesScreen from './screens/MatchesScreen';
import OverviewScreen from './screens/OverviewScreen';
import PeopleScreen from './screens/PeopleScreen';
import PlaybookScreen from './screens/PlaybookScreen';
import RequestsScreen from './screens/RequestsScreen';
import ReviewScreen from './screens/ReviewScreen';
import ScreeningScreen from './screens/ScreeningScreen';
import SettingsScreen from './screens/SettingsScreen';
import SetupScreen from './screens/SetupScreen';
import SurveysScreen from './screens/SurveysScreen';
import TeamsScreen from './screens/TeamsScreen';
import ImpactScreen from './screens/ImpactScreen';

interface Screen {
	id: string;
	label: string;
	render: ( params: Params, config: AdminConfig ) => JSX.Element;
	/** Who sees it (default: coordinators). */
	for?: 'settings' | 'screen' | 'review';
}

/**
 * Whether the person may open a screen: coordinators open theirs, screeners and reviewers theirs.
 * @param screen The screen.
 * @param config What the page says the person can do.
 */
function mayOpen( screen: Screen, config: AdminConfig ): boolean {
	switch ( screen.for ) {
		case 'settings':
			return config.canManageSettings;
		case 'screen':
			return config.canScreen;
		case 'review':
			// People who can see applicants' personal data never review (the server refuses them too).
			return (
				config.canReview && ! config.canScreen && ! config.canCoordinate
			);
		default:
			return config.canCoordinate;
	}
}

const SCREENS: Screen[] = [
	{
		id: 'overview',
		label: __( 'Overview', 'wayfinder' ),
		render: () => <OverviewScreen />,
	},
	{
		id: 'requests',
		label: __( 'Requests', 'wayfinder' ),
		render: ( params ) => <RequestsScreen params={ params } />,
	},
	{
		id: 'board',
		label: __( 'Matching board', 'wayfinder' ),
		render: () => <BoardScreen />,
	},
	{
		id: 'matches',
		label: __( 'Matches', 'wayfinder' ),
		render: ( params ) => <MatchesScreen params={ params } />,
	},
	{
		id: 'people',
		label: __( 'People', 'wayfinder' ),
		render: ( params ) => <PeopleScreen params={ params } />,
	},
	{
		id: 'cohorts',
		label: __( 'Cohorts', 'wayfinder' ),
		render: ( params ) => <CohortsScreen params={ params } />,
	},
	{
		id: 'applications',
		label: __( 'Applications', 'wayfinder' ),
		render: ( params ) => <ApplicationsScreen params={ params } />,
	},
	{
		id: 'playbook',
		label: __( 'Playbook', 'wayfinder' ),
		render: () => <PlaybookScreen />,
	},
	{
		id: 'teams',
		label: __( 'Teams', 'wayfinder' ),
		render: ( params ) => <TeamsScreen params={ params } />,
	},
	{
		id: 'surveys',
		label: __( 'Surveys', 'wayfinder' ),
		render: ( params ) => <SurveysScreen params={ params } />,
	},
	{
		id: 'badges',
		label: __( 'Badges', 'wayfinder' ),
		render: () => <BadgesScreen />,
	},
	{
		id: 'impact',
		label: __( 'Impact', 'wayfinder' ),
		render: () => <ImpactScreen />,
	},
	{
		id: 'github',
		label: __( 'GitHub', 'wayfinder' ),
		render: () => <GitHubScreen />,
	},
	{
		id: 'screening',
		label: __( 'Screening', 'wayfinder' ),
		render: ( params ) => <ScreeningScreen params={ params } />,
		for: 'screen',
	},
	{
		id: 'settings',
		label: __( 'Settings', 'wayfinder' ),
		render: ( _params, config ) => (
			<SettingsScreen canManageSite={ config.canManageSite } />
		),
		for: 'settings',
	},
	{
		id: 'review',
		label: __( 'Review', 'wayfinder' ),
		render: () => <ReviewScreen />,
		for: 'review',
	},
	{
		id: 'setup',
		label: __( 'Setup', 'wayfinder' ),
		render: () => <SetupScreen />,
	},
];

export default function App( { config }: { config: AdminConfig } ) {
	const params = useParams();
	const screens = SCREENS.filter( ( screen ) => mayOpen( screen, config ) );
	const current =
		screens.find( ( screen ) => screen.id === params.screen ) ??
		screens[ 0 ];
	return (
		<div className="wayfinder-app">
			<h1 className="wayfinder-app__title">
				{ config.canCoordinate
					? __( 'Mentorship', 'wayfinder' )
					: __( 'Applications', 'wayfinder' ) }
			</h1>
			<nav
				className="nav-tab-wrapper wayfinder-app__nav"
				aria-label={ __( 'Mentorship screens', 'wayfinder' ) }
			>
				{ screens.map( ( screen ) => (
					<AppLink
						key={ screen.id }
						params={ { screen: screen.id } }
						className={
							'nav-tab' +
							( screen === current ? ' nav-tab-active' : '' )
						}
						aria-current={ screen === current ? 'page' : undefined }
					>
						{ screen.label }
					</AppLink>
				) ) }
			</nav>
			<div className="wayfinder-app__screen">
				{ current?.render( params, config ) }
			</div>
			<Snackbars />
		</div>
	);
}
