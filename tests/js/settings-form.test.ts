import {
	formProblem,
	fromForm,
	toForm,
} from '../../src/admin/screens/settings-form';
import type { WayfinderSiteSettings } from '../../src/api/types';

const saved: WayfinderSiteSettings = {
	wayfinder_delete_data_on_uninstall: false,
	wayfinder_request_expiry_days: 14,
	wayfinder_quiet_days: 7,
	wayfinder_handoff_days: 7,
	wayfinder_report_min_group: 5,
	wayfinder_auto_assign: 'opt_in',
	wayfinder_coordinator_assigns: 'proposal',
	wayfinder_welcome_email: true,
	wayfinder_welcome_email_text: '',
	wayfinder_matching: {
		weights: { languages: 25, meeting_time: 35, teams: 25, load: 15 },
		languages_required: true,
		meeting_hours: 2,
		fairness: 0,
	},
	wayfinder_default_capacity: 3,
	wayfinder_backup_mentors: true,
	wayfinder_issuer_name: 'Make WordPress Mentorship',
	wayfinder_issuer_description: '',
	wayfinder_retention_programs_months: 24,
	wayfinder_retention_applications_months: 12,
	wayfinder_retention_survey_text_months: 0,
	wayfinder_retention_audit_months: 24,
};

describe( 'the settings form', () => {
	it( 'round-trips the saved settings without changing them', () => {
		const { wayfinder_delete_data_on_uninstall: unused, ...program } =
			saved;
		expect( unused ).toBe( false );
		expect( fromForm( toForm( saved ) ) ).toEqual( program );
	} );

	it( 'shows booleans as on/off choices and sends them back as booleans', () => {
		const form = {
			...toForm( saved ),
			languages_required: 'off' as const,
			wayfinder_backup_mentors: 'off' as const,
		};
		const sent = fromForm( form );
		expect( sent.wayfinder_matching?.languages_required ).toBe( false );
		expect( sent.wayfinder_backup_mentors ).toBe( false );
	} );

	it( 'says what is wrong before anything is sent', () => {
		expect( formProblem( toForm( saved ) ) ).toBeNull();
		const off = {
			...toForm( saved ),
			weight_languages: 0,
			weight_meeting_time: 0,
			weight_teams: 0,
			weight_load: 0,
		};
		expect( formProblem( off ) ).toMatch(
			/At least one matching criterion/
		);
		expect(
			formProblem( { ...toForm( saved ), weight_load: 140 } )
		).toMatch( /from 0 to 100/ );
	} );

	it( 'takes 0 to 240 whole months for data retention, 0 for forever', () => {
		expect(
			formProblem( {
				...toForm( saved ),
				wayfinder_retention_programs_months: 0,
				wayfinder_retention_audit_months: 240,
			} )
		).toBeNull();
		for ( const months of [ -1, 241, 1.5, Number.NaN ] ) {
			expect(
				formProblem( {
					...toForm( saved ),
					wayfinder_retention_survey_text_months: months,
				} )
			).toMatch( /whole number of months from 0 to 240/ );
		}
	} );
} );
