/**
 * Contributions' routes (/wayfinder/v1/people/<id>/contributions, /contributions/<id>/…), through the
 * one REST client.
 */
import { NAMESPACE, request } from './client';

export type ContributionStatus = 'unverified' | 'verified' | 'rejected';

/** One contribution as the server shapes it for the caller (words included). */
export interface Contribution {
	id: number;
	user: number;
	kind: string;
	kind_label: string;
	team: string;
	team_name: string;
	url: string;
	summary: string;
	contributed_on: string;
	source: 'manual' | 'site' | 'github';
	source_label: string;
	status: ContributionStatus;
	/** "Waiting to be verified", "Verified", "Not accepted". */
	status_label: string;
	reviewed_by_name: string;
	reviewed_at: string | null;
	review_note: string;
	/** The caller may verify or reject it now. */
	can_review: boolean;
	can_delete: boolean;
}

export interface PersonContributions {
	contributions: Contribution[];
	verified: number;
	/** Whether the person shows their verified contributions on their profile. */
	public: boolean;
	can_add: boolean;
}

/**
 * A person's contributions, newest first.
 * @param person The user ID.
 */
export function getContributions(
	person: number
): Promise< PersonContributions > {
	return request< PersonContributions >( {
		path: `${ NAMESPACE }/people/${ person }/contributions`,
	} );
}

/**
 * Verifies or rejects one contribution (a rejection needs a note: the person reads it).
 * @param id      The contribution.
 * @param outcome Verify or reject.
 * @param note    The note.
 */
export function reviewContribution(
	id: number,
	outcome: 'verify' | 'reject',
	note: string
): Promise< Contribution > {
	return request< Contribution >( {
		path: `${ NAMESPACE }/contributions/${ id }/${ outcome }`,
		method: 'POST',
		data: { note },
	} );
}
