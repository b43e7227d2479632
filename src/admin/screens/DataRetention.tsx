/**
 * The Settings screen's data retention part: how many months each kind of personal data is kept
 * (fields of the program settings form), and what the daily job last removed (its log, in the
 * server's sentences).
 */
import { Notice, Spinner } from '@wordpress/components';
import type { Field } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

import { getDataRetentionLog } from '../../api/data-retention';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';
import {
	MAX_RETENTION_MONTHS,
	type ProgramForm,
	RETENTION_FIELDS,
} from './settings-form';

type RetentionField = ( typeof RETENTION_FIELDS )[ number ];

const monthsField = (
	id: RetentionField,
	label: string,
	description: string
): Field< ProgramForm > => ( {
	id,
	label,
	description,
	type: 'integer',
	isValid: ( item ) =>
		Number.isInteger( item[ id ] ) &&
		item[ id ] >= 0 &&
		item[ id ] <= MAX_RETENTION_MONTHS,
} );

export const retentionFields: Field< ProgramForm >[] = [
	monthsField(
		'wayfinder_retention_programs_months',
		__(
			'Months to keep the personal data of finished programs',
			'wayfinder'
		),
		__(
			'Between 0 and 240. This long after a cohort ended, or after a 1:1 mentorship and its request closed, the words people wrote in it are removed: check-in answers, plan goals, notes, applications, hand-off messages and request messages. Who took part, when, and the outcomes stay for Impact. 0 keeps them forever.',
			'wayfinder'
		)
	),
	monthsField(
		'wayfinder_retention_applications_months',
		__( 'Months to keep applications that were not selected', 'wayfinder' ),
		__(
			'Between 0 and 240. This long after a finished cohort’s selection was revealed, the answers, screening edits and reviewers’ notes of the applications that were not selected are removed; decisions and scores stay. 0 keeps them as long as the rest of the cohort’s personal data.',
			'wayfinder'
		)
	),
	monthsField(
		'wayfinder_retention_survey_text_months',
		__( 'Months to keep survey text answers', 'wayfinder' ),
		__(
			'Between 0 and 240. This long after a survey was answered, the answers written in words are removed; choices and numbers stay for the reports. 0 keeps them forever.',
			'wayfinder'
		)
	),
	monthsField(
		'wayfinder_retention_audit_months',
		__(
			'Months to keep the personal text of the audit trail',
			'wayfinder'
		),
		__(
			'Between 0 and 240. This long after an entry of the audit trail was written, the reason written in it is removed; what happened, who did it and when stay. 0 keeps them forever.',
			'wayfinder'
		)
	),
];

/** When the daily job last ran and what it removed. */
export function DataRetentionLog() {
	const { state, reload } = useRequest( getDataRetentionLog );
	if ( state.status === 'loading' ) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	const log = state.data;
	const earlier = log.recent.filter( ( run ) => run.at !== log.last_run );
	return (
		<div className="wayfinder-retention-log">
			<Notice status="info" isDismissible={ false }>
				<p>{ log.summary }</p>
				{ log.removed.length > 0 && (
					<ul>
						{ log.removed.map( ( sentence ) => (
							<li key={ sentence }>{ sentence }</li>
						) ) }
					</ul>
				) }
			</Notice>
			{ earlier.length > 0 && (
				<details>
					<summary>
						{ __( 'What earlier runs removed', 'wayfinder' ) }
					</summary>
					<ul>
						{ earlier.map( ( run ) => (
							<li key={ run.at }>
								<strong>{ run.when }</strong>{ ' ' }
								{ run.removed.join( ' ' ) }
							</li>
						) ) }
					</ul>
				</details>
			) }
		</div>
	);
}
