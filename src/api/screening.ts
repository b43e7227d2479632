/**
 * Stage 1 of blind selection — screening applications — through the one REST client:
 * /wayfinder/v1/screening/cohorts, /cohorts/<id>/screening and /applications/<id>/….
 */
import { NAMESPACE, request } from './client';
import type {
	ApplicationStage,
	ScreeningApplication,
	ScreeningCohort,
	ScreeningQueue,
} from './types';

export function getScreeningCohorts(): Promise< ScreeningCohort[] > {
	return request< ScreeningCohort[] >( {
		path: `${ NAMESPACE }/screening/cohorts`,
	} );
}

export function getScreeningQueue(
	cohort: number,
	options: {
		stage?: ApplicationStage | '';
		page?: number;
		perPage?: number;
	} = {}
): Promise< ScreeningQueue > {
	return request< ScreeningQueue >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/screening`,
		query: {
			stage: options.stage || undefined,
			page: options.page,
			per_page: options.perPage,
		},
	} );
}

export function getScreeningApplication(
	id: number
): Promise< ScreeningApplication > {
	return request< ScreeningApplication >( {
		path: `${ NAMESPACE }/applications/${ id }/screening`,
	} );
}

export function saveRedacted(
	id: number,
	field: string,
	text: string
): Promise< ScreeningApplication > {
	return request< ScreeningApplication >( {
		path: `${ NAMESPACE }/applications/${ id }/redacted`,
		method: 'PUT',
		data: { field, text },
	} );
}

/**
 * Redacts one answer (or, without a field, every answer) again from the original; discards edits.
 * @param id    The application.
 * @param field The question's key, or '' for every answer.
 */
export function redactAgain(
	id: number,
	field = ''
): Promise< ScreeningApplication > {
	return request< ScreeningApplication >( {
		path: `${ NAMESPACE }/applications/${ id }/redact-again`,
		method: 'POST',
		data: field === '' ? {} : { field },
	} );
}

export function releaseApplication(
	id: number
): Promise< ScreeningApplication > {
	return request< ScreeningApplication >( {
		path: `${ NAMESPACE }/applications/${ id }/release`,
		method: 'POST',
	} );
}
