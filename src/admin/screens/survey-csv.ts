/**
 * The Surveys screen's tables as plain data: each table is a header and rows of cells, the same
 * rows the screen shows and the "Download CSV" buttons write (one helper, tableCsv). No components
 * here, so the mapping is tested on its own.
 */
import { __, sprintf } from '@wordpress/i18n';

import type {
	ReportEntry,
	SurveyAnswers,
	SurveyReport,
	SurveyWaveRow,
} from '../../api/surveys';
import { toCsv } from '../csv';

export type Cell = string | number;

export interface Table {
	header: string[];
	rows: Cell[][];
}

/**
 * A table as CSV, the header row first.
 * @param table The table.
 */
export function tableCsv( table: Table ): string {
	return toCsv( table.header, table.rows );
}

/**
 * A share (0–1) as a percentage for people; '' for none.
 * @param share The share.
 */
export function percent( share: number | null ): string {
	return share === null ? '' : `${ Math.round( share * 1000 ) / 10 } %`;
}

/**
 * A number rounded to two decimals; '' for none.
 * @param value The number.
 */
export function decimal( value: number | null ): string {
	return value === null ? '' : String( Math.round( value * 100 ) / 100 );
}

/**
 * Who was asked and who answered, per kind of wave.
 * @param report The survey's report.
 */
export function waveTable( report: SurveyReport ): Table {
	return {
		header: [
			__( 'Wave', 'wayfinder' ),
			__( 'Invited', 'wayfinder' ),
			__( 'Answered', 'wayfinder' ),
			__( 'Response rate', 'wayfinder' ),
		],
		rows: report.waves.map( ( wave ) => [
			wave.kind_label,
			wave.invited,
			wave.answered,
			percent( wave.response_rate ),
		] ),
	};
}

/**
 * A figure's cell: the figure, or why it is withheld.
 * @param entry  The question in one wave.
 * @param figure The figure when shown.
 */
function shown( entry: ReportEntry, figure: string ): string {
	return entry.withheld ?? figure;
}

/**
 * Per question and wave: answers, mean, share agreeing, NPS with its margin, and the distribution.
 * Text questions are left out (their answers are read, not counted).
 * @param report The survey's report.
 */
export function questionTable( report: SurveyReport ): Table {
	const rows: Cell[][] = [];
	for ( const question of report.questions ) {
		if ( question.type === 'short_text' || question.type === 'long_text' ) {
			continue;
		}
		for ( const entry of question.waves ) {
			rows.push( [
				question.text,
				entry.kind_label,
				entry.n,
				shown( entry, decimal( entry.mean ) ),
				question.type === 'agree'
					? shown( entry, percent( entry.share_agreeing ) )
					: '',
				entry.nps
					? sprintf(
							/* translators: 1: the Net Promoter Score, 2: its margin of error in points. */
							__( '%1$s ± %2$s', 'wayfinder' ),
							decimal( entry.nps.score ),
							decimal( entry.nps.margin )
						)
					: '',
				entry.withheld ??
					entry.distribution
						.map( ( bar ) => `${ bar.label }: ${ bar.count }` )
						.join( '; ' ),
			] );
		}
	}
	return {
		header: [
			__( 'Question', 'wayfinder' ),
			__( 'Wave', 'wayfinder' ),
			__( 'Answers', 'wayfinder' ),
			__( 'Mean', 'wayfinder' ),
			__( 'Agreeing', 'wayfinder' ),
			__( 'Net Promoter Score', 'wayfinder' ),
			__( 'Answers per choice', 'wayfinder' ),
		],
		rows,
	};
}

/**
 * The matched pairs: per question, pairs, before, after, change and its 95 % confidence interval.
 * @param report The survey's report.
 */
export function pairTable( report: SurveyReport ): Table {
	return {
		header: [
			__( 'Question', 'wayfinder' ),
			__( 'Pairs', 'wayfinder' ),
			report.pairs.before_label,
			report.pairs.after_label,
			__( 'Change', 'wayfinder' ),
			__( 'Confidence interval (95%)', 'wayfinder' ),
			__( 'Agreeing before', 'wayfinder' ),
			__( 'Agreeing after', 'wayfinder' ),
		],
		rows: report.pairs.questions.map( ( pair ) =>
			pair.withheld !== null
				? [ pair.text, pair.n, pair.withheld, '', '', '', '', '' ]
				: [
						pair.text,
						pair.n,
						decimal( pair.before ),
						decimal( pair.after ),
						decimal( pair.change ),
						pair.low === null || pair.high === null
							? ''
							: `${ decimal( pair.low ) } – ${ decimal( pair.high ) }`,
						percent( pair.agree_before ),
						percent( pair.agree_after ),
					]
		),
	};
}

/**
 * The waves of one survey (B's rows), with what was asked and answered.
 * @param rows   Every wave row.
 * @param survey The survey.
 */
export function surveyWaveTable(
	rows: SurveyWaveRow[],
	survey: number
): Table {
	return {
		header: [
			__( 'Cohort', 'wayfinder' ),
			__( 'Wave', 'wayfinder' ),
			__( 'Opens', 'wayfinder' ),
			__( 'Closes', 'wayfinder' ),
			__( 'Invited', 'wayfinder' ),
			__( 'Answered', 'wayfinder' ),
			__( 'Response rate', 'wayfinder' ),
		],
		rows: rows
			.filter( ( row ) => row.survey_id === survey )
			.map( ( row ) => [
				row.cohort_title,
				row.kind_label,
				row.opens_at ?? '',
				row.closes_at ?? '',
				row.invited,
				row.answered,
				percent( row.response_rate ),
			] ),
	};
}

/**
 * The answers export: the server's columns, each row's cells in their order.
 * @param answers The rows of GET /surveys/<id>/answers.
 */
export function answersTable( answers: SurveyAnswers ): Table {
	return {
		header: answers.columns.map( ( column ) => column.label ),
		rows: answers.rows.map( ( row ) =>
			answers.columns.map( ( column ) => row[ column.key ] ?? '' )
		),
	};
}
