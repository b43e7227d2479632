import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Spinner,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import { getStatus } from '../../api/client';
import type { SetupStep } from '../../api/types';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';

/**
 * The setup checklist's steps, each with where it stands and a link to where it is done.
 * @param props
 * @param props.steps The steps, as GET /status gives them.
 */
export function SetupSteps( { steps }: { steps: SetupStep[] } ) {
	return (
		<ol className="wayfinder-setup">
			{ steps.map( ( step ) => (
				<li
					key={ step.id }
					data-step={ step.id }
					className={
						'wayfinder-setup__step' +
						( step.done ? ' is-done' : ' is-todo' )
					}
				>
					<strong>
						<span className="wayfinder-setup__mark" aria-hidden>
							{ step.done ? '✓' : '○' }
						</span>{ ' ' }
						{ step.title }
						<span className="screen-reader-text">
							{ step.done
								? __( '(done)', 'wayfinder' )
								: __( '(to do)', 'wayfinder' ) }
						</span>
					</strong>
					<p>{ step.detail }</p>
					{ step.link && step.link_label && (
						<Button variant="secondary" href={ step.link }>
							{ step.link_label }
						</Button>
					) }
				</li>
			) ) }
		</ol>
	);
}

export default function SetupScreen() {
	const { state, reload } = useRequest( getStatus );
	return (
		<section aria-labelledby="wayfinder-setup-title">
			<h2 id="wayfinder-setup-title">
				{ __( 'Set the program up', 'wayfinder' ) }
			</h2>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && (
				<Card>
					<CardHeader>
						<p>
							{ sprintf(
								/* translators: 1: steps done, 2: all steps */
								__( '%1$d of %2$d steps done.', 'wayfinder' ),
								state.data.setup.filter( ( step ) => step.done )
									.length,
								state.data.setup.length
							) }
						</p>
					</CardHeader>
					<CardBody>
						<SetupSteps steps={ state.data.setup } />
					</CardBody>
				</Card>
			) }
		</section>
	);
}
