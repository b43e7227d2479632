/**
 * The Surveys screen's tables as rows and CSV: what each table shows, withheld figures say why, and
 * the answers export keeps the server's columns in order.
 */
import type { SurveyAnswers, SurveyReport } from '../../src/api/surveys';
import {
	answersTable,
	decimal,
	pairTable,
	percent,
	questionTable,
	surveyWaveTable,
	tableCsv,
	waveTable,
} from '../../src/admin/screens/survey-csv';

const WITHHELD =
	'Withheld: 4 answers, and a report shows a group of at least 5 so nobody can be recognised.';

const report: SurveyReport = {
	survey: {
		id: 7,
		title: 'Mentee survey',
		audience: 'mentees',
		audience_label: 'Mentees',
		anonymous: false,
	},
	cohort: null,
	min_group: 5,
	texts_note: null,
	waves: [
		{
			kind: 'pre',
			kind_label: 'Before the cohort',
			waves: 1,
			invited: 6,
			answered: 5,
			response_rate: 0.8333,
		},
		{
			kind: 'post',
			kind_label: 'At the end of the cohort',
			waves: 1,
			invited: 0,
			answered: 0,
			response_rate: null,
		},
	],
	questions: [
		{
			key: 'confidence',
			type: 'agree',
			text: 'I feel confident.',
			changed: null,
			waves: [
				{
					kind: 'pre',
					kind_label: 'Before the cohort',
					n: 5,
					withheld: null,
					mean: 2.8,
					share_agreeing: 0.2,
					distribution: [
						{ value: '1', label: 'Strongly disagree', count: 0 },
						{ value: '2', label: 'Disagree', count: 2 },
					],
					nps: null,
					texts: null,
				},
				{
					kind: 'post',
					kind_label: 'At the end of the cohort',
					n: 4,
					withheld: WITHHELD,
					mean: null,
					share_agreeing: null,
					distribution: [],
					nps: null,
					texts: null,
				},
			],
		},
		{
			key: 'recommend',
			type: 'nps',
			text: 'Would you recommend it?',
			changed: null,
			waves: [
				{
					kind: 'pre',
					kind_label: 'Before the cohort',
					n: 5,
					withheld: null,
					mean: 8.4,
					share_agreeing: null,
					distribution: [],
					nps: {
						n: 5,
						score: 40,
						margin: 70.12,
						promoters: 60,
						passives: 20,
						detractors: 20,
					},
					texts: null,
				},
			],
		},
		{
			key: 'helped',
			type: 'long_text',
			text: 'What helped?',
			changed: null,
			waves: [],
		},
	],
	pairs: {
		before: 'pre',
		after: 'post',
		before_label: 'Before the cohort',
		after_label: 'At the end of the cohort',
		note: null,
		questions: [
			{
				key: 'confidence',
				type: 'agree',
				text: 'I feel confident.',
				n: 5,
				withheld: null,
				before: 2.8,
				after: 4,
				change: 1.2,
				low: 0.16131,
				high: 2.23869,
				agree_before: 0.2,
				agree_after: 0.8,
			},
			{
				key: 'recommend',
				type: 'nps',
				text: 'Would you recommend it?',
				n: 0,
				withheld: 'Nobody answered both times yet.',
				before: null,
				after: null,
				change: null,
				low: null,
				high: null,
				agree_before: null,
				agree_after: null,
			},
		],
	},
};

describe( 'survey tables', () => {
	it( 'formats shares and decimals', () => {
		expect( percent( 0.8333 ) ).toBe( '83.3 %' );
		expect( percent( null ) ).toBe( '' );
		expect( decimal( 2.23869 ) ).toBe( '2.24' );
		expect( decimal( null ) ).toBe( '' );
	} );

	it( 'lists each wave with its response rate', () => {
		expect( waveTable( report ).rows ).toEqual( [
			[ 'Before the cohort', 6, 5, '83.3 %' ],
			[ 'At the end of the cohort', 0, 0, '' ],
		] );
	} );

	it( 'shows each figure, or why it is withheld, and leaves text questions out', () => {
		const table = questionTable( report );
		expect( table.header ).toHaveLength( 7 );
		expect( table.rows ).toEqual( [
			[
				'I feel confident.',
				'Before the cohort',
				5,
				'2.8',
				'20 %',
				'',
				'Strongly disagree: 0; Disagree: 2',
			],
			[
				'I feel confident.',
				'At the end of the cohort',
				4,
				WITHHELD,
				WITHHELD,
				'',
				WITHHELD,
			],
			[
				'Would you recommend it?',
				'Before the cohort',
				5,
				'8.4',
				'',
				'40 ± 70.12',
				'',
			],
		] );
	} );

	it( 'shows the pairs with the change and its interval', () => {
		const table = pairTable( report );
		expect( table.header.slice( 2, 4 ) ).toEqual( [
			'Before the cohort',
			'At the end of the cohort',
		] );
		expect( table.rows ).toEqual( [
			[
				'I feel confident.',
				5,
				'2.8',
				'4',
				'1.2',
				'0.16 – 2.24',
				'20 %',
				'80 %',
			],
			[
				'Would you recommend it?',
				0,
				'Nobody answered both times yet.',
				'',
				'',
				'',
				'',
				'',
			],
		] );
	} );

	it( 'keeps one survey’s waves', () => {
		const rows = surveyWaveTable(
			[
				{
					id: 3,
					survey_id: 7,
					survey_title: 'Mentee survey',
					cohort_id: 2,
					cohort_title: 'Spring cohort',
					kind: 'pre',
					kind_label: 'Before the cohort',
					opens_at: '2027-03-15T00:00:00+00:00',
					closes_at: null,
					opened: true,
					invited: 4,
					answered: 1,
					response_rate: 0.25,
				},
				{
					id: null,
					survey_id: 8,
					survey_title: 'Mentor survey',
					cohort_id: 2,
					cohort_title: 'Spring cohort',
					kind: 'post',
					kind_label: 'At the end of the cohort',
					opens_at: null,
					closes_at: null,
					opened: false,
					invited: 0,
					answered: 0,
					response_rate: null,
				},
			],
			7
		).rows;
		expect( rows ).toEqual( [
			[
				'Spring cohort',
				'Before the cohort',
				'2027-03-15T00:00:00+00:00',
				'',
				4,
				1,
				'25 %',
			],
		] );
	} );

	it( 'writes the answers in the server’s columns, formulas defused', () => {
		const answers: SurveyAnswers = {
			anonymous: true,
			columns: [
				{ key: 'response', label: 'Response' },
				{ key: 'wave', label: 'Wave' },
				{ key: 'q_helped', label: 'What helped?' },
			],
			rows: [
				{ response: 'ab12', wave: 'Before', q_helped: '=SUM(A1)' },
				{ response: 'cd34', wave: 'After' },
			],
		};
		const table = answersTable( answers );
		expect( table.rows ).toEqual( [
			[ 'ab12', 'Before', '=SUM(A1)' ],
			[ 'cd34', 'After', '' ],
		] );
		expect( tableCsv( table ) ).toBe(
			[
				'"Response","Wave","What helped?"',
				'"ab12","Before","\'=SUM(A1)"',
				'"cd34","After",""',
			].join( '\r\n' )
		);
	} );
} );
