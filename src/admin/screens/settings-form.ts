/**
 * The Settings screen's form as plain data: how saved settings become the form and back, and what is
 * wrong with a form before it is sent. No components here, so it is tested on its own.
 */
import { __ } from '@wordpress/i18n';

import type { ProgramSettings } from '../../api/types';

/** The program settings as the form edits them: flat, with booleans as "on"/"off" choices. */
export interface ProgramForm {
	wayfinder_auto_assign: ProgramSettings[ 'wayfinder_auto_assign' ];
	wayfinder_coordinator_assigns: ProgramSettings[ 'wayfinder_coordinator_assigns' ];
	wayfinder_request_expiry_days: number;
	wayfinder_quiet_days: number;
	wayfinder_handoff_days: number;
	wayfinder_report_min_group: number;
	wayfinder_welcome_email: 'on' | 'off';
	wayfinder_welcome_email_text: string;
	weight_languages: number;
	weight_meeting_time: number;
	weight_teams: number;
	weight_load: number;
	languages_required: 'on' | 'off';
	meeting_hours: number;
	fairness: number;
	wayfinder_default_capacity: number;
	wayfinder_backup_mentors: 'on' | 'off';
	wayfinder_issuer_name: string;
	wayfinder_issuer_description: string;
	wayfinder_retention_programs_months: number;
	wayfinder_retention_applications_months: number;
	wayfinder_retention_survey_text_months: number;
	wayfinder_retention_audit_months: number;
}

/** The data retention settings, in months: 0 keeps the data forever. */
export const RETENTION_FIELDS = [
	'wayfinder_retention_programs_months',
	'wayfinder_retention_applications_months',
	'wayfinder_retention_survey_text_months',
	'wayfinder_retention_audit_months',
] as const;

/** The longest period a retention setting takes, in months (twenty years). */
export const MAX_RETENTION_MONTHS = 240;

const onOff = ( value: boolean ): 'on' | 'off' => ( value ? 'on' : 'off' );

export function toForm( settings: ProgramSettings ): ProgramForm {
	const matching = settings.wayfinder_matching;
	return {
		wayfinder_auto_assign: settings.wayfinder_auto_assign,
		wayfinder_coordinator_assigns: settings.wayfinder_coordinator_assigns,
		wayfinder_request_expiry_days: settings.wayfinder_request_expiry_days,
		wayfinder_quiet_days: settings.wayfinder_quiet_days,
		wayfinder_handoff_days: settings.wayfinder_handoff_days,
		wayfinder_report_min_group: settings.wayfinder_report_min_group,
		wayfinder_welcome_email: onOff( settings.wayfinder_welcome_email ),
		wayfinder_welcome_email_text: settings.wayfinder_welcome_email_text,
		weight_languages: matching.weights.languages,
		weight_meeting_time: matching.weights.meeting_time,
		weight_teams: matching.weights.teams,
		weight_load: matching.weights.load,
		languages_required: onOff( matching.languages_required ),
		meeting_hours: matching.meeting_hours,
		fairness: matching.fairness,
		wayfinder_default_capacity: settings.wayfinder_default_capacity,
		wayfinder_backup_mentors: onOff( settings.wayfinder_backup_mentors ),
		wayfinder_issuer_name: settings.wayfinder_issuer_name,
		wayfinder_issuer_description: settings.wayfinder_issuer_description,
		wayfinder_retention_programs_months:
			settings.wayfinder_retention_programs_months,
		wayfinder_retention_applications_months:
			settings.wayfinder_retention_applications_months,
		wayfinder_retention_survey_text_months:
			settings.wayfinder_retention_survey_text_months,
		wayfinder_retention_audit_months:
			settings.wayfinder_retention_audit_months,
	};
}

export function fromForm( form: ProgramForm ): Partial< ProgramSettings > {
	return {
		wayfinder_auto_assign: form.wayfinder_auto_assign,
		wayfinder_coordinator_assigns: form.wayfinder_coordinator_assigns,
		wayfinder_request_expiry_days: form.wayfinder_request_expiry_days,
		wayfinder_quiet_days: form.wayfinder_quiet_days,
		wayfinder_handoff_days: form.wayfinder_handoff_days,
		wayfinder_report_min_group: form.wayfinder_report_min_group,
		wayfinder_welcome_email: form.wayfinder_welcome_email === 'on',
		wayfinder_welcome_email_text: form.wayfinder_welcome_email_text,
		wayfinder_matching: {
			weights: {
				languages: form.weight_languages,
				meeting_time: form.weight_meeting_time,
				teams: form.weight_teams,
				load: form.weight_load,
			},
			languages_required: form.languages_required === 'on',
			meeting_hours: form.meeting_hours,
			fairness: form.fairness,
		},
		wayfinder_default_capacity: form.wayfinder_default_capacity,
		wayfinder_backup_mentors: form.wayfinder_backup_mentors === 'on',
		wayfinder_issuer_name: form.wayfinder_issuer_name,
		wayfinder_issuer_description: form.wayfinder_issuer_description,
		wayfinder_retention_programs_months:
			form.wayfinder_retention_programs_months,
		wayfinder_retention_applications_months:
			form.wayfinder_retention_applications_months,
		wayfinder_retention_survey_text_months:
			form.wayfinder_retention_survey_text_months,
		wayfinder_retention_audit_months: form.wayfinder_retention_audit_months,
	};
}

/**
 * What is wrong with the form, in words, or null. The server checks the same and says so too.
 * @param form The form.
 */
export function formProblem( form: ProgramForm ): string | null {
	const weights = [
		form.weight_languages,
		form.weight_meeting_time,
		form.weight_teams,
		form.weight_load,
	];
	if ( weights.some( ( weight ) => ! ( weight >= 0 && weight <= 100 ) ) ) {
		return __( 'Each weight is a number from 0 to 100.', 'wayfinder' );
	}
	if ( weights.every( ( weight ) => weight === 0 ) ) {
		return __(
			'At least one matching criterion needs a weight above 0, or nobody could be matched.',
			'wayfinder'
		);
	}
	if (
		RETENTION_FIELDS.some(
			( id ) =>
				! Number.isInteger( form[ id ] ) ||
				form[ id ] < 0 ||
				form[ id ] > MAX_RETENTION_MONTHS
		)
	) {
		return __(
			'Each data retention period is a whole number of months from 0 to 240; 0 keeps the data forever.',
			'wayfinder'
		);
	}
	return null;
}
