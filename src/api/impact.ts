/**
 * GET /wayfinder/v1/impact: the program's Impact figures (coordinators), or one team's (its
 * representatives too), through the one REST client.
 */
import { NAMESPACE, request } from './client';

/** Still contributing N months after the end: of those due (the month has passed), how many. */
export interface RetentionPoint {
	months: number;
	due: number;
	active: number;
	/** active ÷ due, 0–1 (four decimals), or null while nobody is due. */
	share: number | null;
}

/** One group of people who ended a program. */
export interface RetentionGroup {
	people: number;
	graduated: number;
	retention: RetentionPoint[];
}

export interface CohortRetention {
	cohort: number;
	name: string;
	people: RetentionGroup;
	/** The cohort's waitlisted applicants who got no place (the comparison group), or null. */
	waitlisted: RetentionGroup | null;
}

export interface TeamRetention extends RetentionGroup {
	team: string;
	name: string;
}

export interface OriginRetention extends RetentionGroup {
	origin: string;
	name: string;
}

export interface MonthContributions {
	month: string;
	contributions: number;
	people: number;
	per_person: number;
}

export interface GroupedContributions {
	month: string;
	name: string;
	contributions: number;
	people: number;
	kind?: string;
	team?: string;
}

export interface ImpactOverview {
	waiting: number;
	matched: number;
	graduated: number;
	ended: number;
	due_3: number;
	contributing_3: number;
	share_3: number | null;
}

export interface ImpactFigures {
	team: string;
	computed_at: string;
	kept: boolean;
	months: number[];
	totals: RetentionGroup;
	by_cohort: CohortRetention[];
	by_team: TeamRetention[];
	by_origin: OriginRetention[];
	contributions: {
		since: string;
		by_month: MonthContributions[];
		by_kind: GroupedContributions[];
		by_team: GroupedContributions[];
	};
	/** Only for the whole program. */
	overview?: ImpactOverview;
}

/**
 * The figures.
 * @param team A team's slug, or '' for the whole program.
 */
export function getImpact( team = '' ): Promise< ImpactFigures > {
	return request< ImpactFigures >( {
		path: `${ NAMESPACE }/impact`,
		query: team === '' ? {} : { team },
	} );
}
