/**
 * Graduation's routes (/wayfinder/v1/cohorts/<id>/graduation), through the one REST client.
 */
import { getPage, NAMESPACE, request } from './client';
import type { Page } from './types';

export type GraduationState = 'graduated' | 'ready' | 'working';

export interface ChecklistItem {
	key:
		| 'contributions'
		| 'one_to_ones'
		| 'group_sessions'
		| 'training'
		| 'team'
		| 'plan';
	label: string;
	done: number;
	required: number;
	met: boolean;
	/** "2 of 3 group sessions attended", "Choose the team you want to join". */
	sentence: string;
}

/** A mentee's checklist, worked out on the server as things are now. */
export interface GraduationChecklist {
	cohort: number;
	user: number;
	name: string;
	items: ChecklistItem[];
	met: boolean;
	graduated: boolean;
	graduated_at: string | null;
	graduated_by: number;
	state: GraduationState;
	/** What is left, in one line ('' when nothing is). */
	left: string;
}

export interface GraduationRule {
	contributions: number;
	one_to_ones: boolean;
	group_sessions: boolean;
	training: boolean;
	team: boolean;
	plan: boolean;
}

export interface GraduationSummary {
	cohort: number;
	stage: string;
	rule: GraduationRule;
	counts: {
		graduated: number;
		ready: number;
		working: number;
		total: number;
	};
}

export interface GraduationConfirmed extends GraduationChecklist {
	status: 'graduated';
	/** A coordinator confirmed a checklist that was not met. */
	overridden: boolean;
	handoff: { id: number; team: string; status: string } | null;
	message: string;
}

/**
 * The checklists of the cohort's mentees: a page, or just the ones asked for.
 * @param cohort  The cohort.
 * @param include The mentees (user IDs, at most 100).
 */
export function listGraduation(
	cohort: number,
	include: number[]
): Promise< Page< GraduationChecklist > > {
	return getPage< GraduationChecklist >( `/cohorts/${ cohort }/graduation`, {
		include: include.join( ',' ),
		per_page: 100,
	} );
}

/**
 * The cohort's counts (graduated, ready, still working) and its rule.
 * @param cohort The cohort.
 */
export function getGraduationSummary(
	cohort: number
): Promise< GraduationSummary > {
	return request< GraduationSummary >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/graduation/summary`,
	} );
}

/**
 * Confirms a mentee's graduation; their chosen team gets the hand-off. A coordinator confirming an
 * unmet checklist must say why in the note.
 * @param cohort The cohort.
 * @param user   The mentee.
 * @param note   A note for the team.
 */
export function confirmGraduation(
	cohort: number,
	user: number,
	note: string
): Promise< GraduationConfirmed > {
	return request< GraduationConfirmed >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/graduation/${ user }`,
		method: 'POST',
		data: { note },
	} );
}
