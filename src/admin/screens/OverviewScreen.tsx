import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Notice,
	Spinner,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import { getStatus } from '../../api/client';
import { useRequest } from '../useRequest';

export default function OverviewScreen() {
	const { state, reload } = useRequest( getStatus );

	return (
		<Card className="wayfinder-overview">
			<CardHeader>
				<h2>{ __( 'Program overview', 'wayfinder' ) }</h2>
			</CardHeader>
			<CardBody>
				{ state.status === 'loading' && (
					<p>
						<Spinner />
						{ __( 'Loading the program…', 'wayfinder' ) }
					</p>
				) }
				{ state.status === 'error' && (
					<Notice
						status="error"
						isDismissible={ false }
						actions={ [
							{
								label: __( 'Try again', 'wayfinder' ),
								onClick: reload,
							},
						] }
					>
						{ state.error.message }
					</Notice>
				) }
				{ state.status === 'success' && (
					<>
						<h3>{ __( 'People', 'wayfinder' ) }</h3>
						<ul className="wayfinder-overview__people">
							{ state.data.people.map(
								( { role, label, count } ) => (
									<li key={ role } data-role={ role }>
										<strong>{ count }</strong> { label }
									</li>
								)
							) }
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
			</CardBody>
		</Card>
	);
}
