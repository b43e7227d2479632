/**
 * The hand-off routes (/wayfinder/v1/handoffs, /cohorts/<id>/handoff, /teams/newcomers), through
 * the one REST client. No route carries an e-mail address.
 */
import { NAMESPACE, getPage, request } from './client';
import type { Page } from './types';

export type HandoffStatus = 'chosen' | 'waiting' | 'accepted';

/** A hand-off as every route describes it. */
export interface Handoff {
	id: number;
	team: string;
	team_name: string;
	status: HandoffStatus;
	/** Where it stands, in a sentence. */
	status_text: string;
	sent_at: string | null;
	accepted_at: string | null;
	escalated: boolean;
	contact: number | null;
	contact_name: string;
	/** Who accepted it (a name), or ''. */
	accepted_by: string;
	welcome: string;
}

/** A row of GET /handoffs (coordinators). */
export interface HandoffRow extends Handoff {
	user: number;
	name: string;
	cohort: number;
	cohort_name: string;
	mentor_name: string;
	days_waiting: number;
	overdue: boolean;
	/** The team's representatives' names (none: the introduction went to the coordinators). */
	representatives: string[];
}

export interface TeamOption {
	team: string;
	name: string;
	url: string;
	why: 'quiz' | 'profile' | 'other';
	reason: string;
}

/** GET/PUT /cohorts/<id>/handoff. */
export interface HandoffView {
	mentee: number;
	mentee_name: string;
	cohort: number;
	cohort_name: string;
	can_choose: boolean;
	handoff: Handoff | null;
	options: TeamOption[];
	message?: string;
}

export interface HandoffContact {
	id: number;
	name: string;
	why: string;
}

export function listHandoffs(
	query: {
		status?: HandoffStatus | 'all';
		page?: number;
		per_page?: number;
	} = {}
): Promise< Page< HandoffRow > > {
	return getPage< HandoffRow >( '/handoffs', {
		status: 'waiting',
		...query,
	} );
}

export function getHandoff(
	cohort: number,
	mentee = 0
): Promise< HandoffView > {
	return request< HandoffView >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/handoff`,
		query: mentee > 0 ? { mentee } : {},
	} );
}

export function chooseTeam(
	cohort: number,
	team: string,
	mentee = 0
): Promise< HandoffView > {
	return request< HandoffView >( {
		path: `${ NAMESPACE }/cohorts/${ cohort }/handoff`,
		method: 'PUT',
		data: mentee > 0 ? { team, mentee } : { team },
	} );
}

export function listContacts( id: number ): Promise< HandoffContact[] > {
	return request< HandoffContact[] >( {
		path: `${ NAMESPACE }/handoffs/${ id }/contacts`,
	} );
}

export function acceptHandoff(
	id: number,
	contactId: number,
	welcome = ''
): Promise< Handoff & { message: string } > {
	return request< Handoff & { message: string } >( {
		path: `${ NAMESPACE }/handoffs/${ id }/accept`,
		method: 'POST',
		data: { contact_id: contactId, welcome },
	} );
}
