/**
 * Surveys' routes, through the one REST client: the survey post type (/wayfinder/v1/surveys, core's
 * posts controller with the survey's meta), the reports (/surveys/<id>/report, /surveys/<id>/answers,
 * /survey-reports) and the waves (/survey-waves, /survey-waves/<id>/remind).
 */
import { NAMESPACE, request } from './client';

export type SurveyAudience = 'mentees' | 'mentors' | 'team_reps';
export type WaveKind = 'pre' | 'post' | 'follow_up' | 'start' | 'completion';
export type QuestionType =
	'agree' | 'nps' | 'single' | 'multiple' | 'short_text' | 'long_text';

export interface SurveyQuestion {
	key: string;
	type: QuestionType;
	text: string;
	required: boolean;
	choices: string[];
}

export interface SurveyMeta {
	wayfinder_survey_audience: SurveyAudience;
	wayfinder_survey_anonymous: boolean;
	wayfinder_survey_waves: WaveKind[];
	wayfinder_survey_answer_days: number;
	wayfinder_survey_questions: SurveyQuestion[];
}

/** A survey as the post type's route gives it with context=edit. */
export interface SurveyPost {
	id: number;
	status: string;
	title: { raw?: string; rendered: string };
	meta: SurveyMeta;
}

/** What a save sends. */
export interface SurveyInput {
	title: string;
	status?: string;
	meta: SurveyMeta;
}

/** GET /survey-reports: each survey's newest version and number of responses. */
export interface SurveySummary {
	survey: number;
	version: number;
	answers: number;
}

/** B's wave row (GET /survey-waves), planned waves included. */
export interface SurveyWaveRow {
	id?: number | null;
	survey_id: number;
	survey_title: string;
	cohort_id: number;
	cohort_title: string;
	kind: WaveKind;
	kind_label: string;
	opens_at: string | null;
	closes_at: string | null;
	opened: boolean;
	invited: number;
	answered: number;
	response_rate: number | null;
}

export interface ReportWave {
	kind: WaveKind;
	kind_label: string;
	waves: number;
	invited: number;
	answered: number;
	/** 0–1; null when nobody was asked. */
	response_rate: number | null;
}

export interface ReportBar {
	value: string;
	label: string;
	count: number;
}

export interface ReportNps {
	n: number;
	score: number;
	margin: number;
	promoters: number;
	passives: number;
	detractors: number;
}

/** One question in one kind of wave. */
export interface ReportEntry {
	kind: WaveKind;
	kind_label: string;
	n: number;
	/** Why the figures are not shown (the small-group rule, or texts for coordinators only). */
	withheld: string | null;
	mean: number | null;
	/** 0–1. */
	share_agreeing: number | null;
	distribution: ReportBar[];
	nps: ReportNps | null;
	texts: string[] | null;
}

export interface ReportQuestion {
	key: string;
	type: QuestionType;
	text: string;
	/** Set when the words changed between versions. */
	changed: string | null;
	waves: ReportEntry[];
}

export interface ReportPair {
	key: string;
	type: QuestionType;
	text: string;
	n: number;
	withheld: string | null;
	before: number | null;
	after: number | null;
	change: number | null;
	low: number | null;
	high: number | null;
	agree_before: number | null;
	agree_after: number | null;
}

export interface SurveyReport {
	survey: {
		id: number;
		title: string;
		audience: SurveyAudience;
		audience_label: string;
		anonymous: boolean;
	};
	cohort: number | null;
	min_group: number;
	texts_note: string | null;
	waves: ReportWave[];
	questions: ReportQuestion[];
	pairs: {
		before: WaveKind;
		after: WaveKind;
		before_label: string;
		after_label: string;
		note: string | null;
		questions: ReportPair[];
	};
}

export interface SurveyAnswers {
	anonymous: boolean;
	columns: { key: string; label: string }[];
	rows: Record< string, string >[];
}

const SURVEYS = `${ NAMESPACE }/surveys`;

/** Every survey (drafts too), for coordinators. */
export function listSurveys(): Promise< SurveyPost[] > {
	return request< SurveyPost[] >( {
		path: SURVEYS,
		query: {
			context: 'edit',
			status: 'publish,draft,private',
			per_page: 100,
			orderby: 'title',
			order: 'asc',
		},
	} );
}

/**
 * Saves a survey (a new one without an ID). A survey with answers gets a new version of its questions.
 * @param id    The survey, or 0 for a new one.
 * @param input Its title, status and settings.
 */
export function saveSurvey(
	id: number,
	input: SurveyInput
): Promise< SurveyPost > {
	return request< SurveyPost >( {
		path: id > 0 ? `${ SURVEYS }/${ id }` : SURVEYS,
		method: id > 0 ? 'PUT' : 'POST',
		query: { context: 'edit' },
		data: input,
	} );
}

export function listSurveySummaries(): Promise< SurveySummary[] > {
	return request< SurveySummary[] >( {
		path: `${ NAMESPACE }/survey-reports`,
	} );
}

/**
 * A survey's report.
 * @param id     The survey.
 * @param cohort One cohort (0: the 1:1 mentorships), or undefined for all.
 * @param before The earlier wave of the pairs.
 * @param after  The later wave.
 */
export function getSurveyReport(
	id: number,
	cohort: number | undefined,
	before: WaveKind = 'pre',
	after: WaveKind = 'post'
): Promise< SurveyReport > {
	return request< SurveyReport >( {
		path: `${ SURVEYS }/${ id }/report`,
		query: { cohort, before, after },
	} );
}

/**
 * The rows of a survey's answers (coordinators).
 * @param id     The survey.
 * @param cohort One cohort, or undefined for all.
 */
export function getSurveyAnswers(
	id: number,
	cohort: number | undefined
): Promise< SurveyAnswers > {
	return request< SurveyAnswers >( {
		path: `${ SURVEYS }/${ id }/answers`,
		query: { cohort },
	} );
}

/**
 * The waves, planned ones included (one cohort's, or all).
 * @param cohort The cohort, or undefined.
 */
export function listSurveyWaves(
	cohort: number | undefined
): Promise< SurveyWaveRow[] > {
	return request< SurveyWaveRow[] >( {
		path: `${ NAMESPACE }/survey-waves`,
		query: { cohort },
	} );
}

/**
 * Reminds everyone in a wave who has not answered yet.
 * @param wave The wave.
 */
export function remindWave( wave: number ): Promise< unknown > {
	return request< unknown >( {
		path: `${ NAMESPACE }/survey-waves/${ wave }/remind`,
		method: 'POST',
	} );
}
