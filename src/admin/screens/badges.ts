/**
 * The Badges screen's plain data: a badge post as the editor's fields and back, the awards as CSV
 * rows, the awards list's query, and the sentence shown when a route of the issuing settings is not
 * there (a 404: the site's certificates part is missing or switched off). jest-tested.
 */
import { __ } from '@wordpress/i18n';

import type {
	AwardFilters,
	BadgeAward,
	BadgeInput,
	BadgePost,
	BadgeRule,
	SigningKey,
} from '../../api/types';
import type { CsvValue } from '../csv';

/** The editor's fields of a badge. */
export interface BadgeForm {
	name: string;
	description: string;
	criteria: string;
	rule: BadgeRule;
	team: string;
	published: boolean;
	/** The chosen picture (an attachment ID); 0 keeps the rule's default. */
	image: number;
}

export const RULES: BadgeRule[] = [
	'mentor',
	'mentee',
	'graduate',
	'facilitator',
	'team_contributor',
	'by_hand',
];

/**
 * Each rule in words (as Badges\Badge::rule_labels() says them).
 * @param rule
 */
export function ruleLabel( rule: BadgeRule ): string {
	switch ( rule ) {
		case 'mentor':
			return __(
				'Mentored someone to a completed mentorship or a graduation',
				'wayfinder'
			);
		case 'mentee':
			return __( 'Completed a mentorship as the mentee', 'wayfinder' );
		case 'graduate':
			return __(
				'Graduated from a cohort with a verified contribution',
				'wayfinder'
			);
		case 'facilitator':
			return __(
				'Led a group session of a cohort that finished',
				'wayfinder'
			);
		case 'team_contributor':
			return __(
				'Made a verified contribution to the team',
				'wayfinder'
			);
		default:
			return __( 'Awarded by a coordinator only', 'wayfinder' );
	}
}

/**
 * Text from a field the server may give raw (context=edit) or rendered.
 * @param field          The post's title or excerpt.
 * @param field.raw
 * @param field.rendered
 */
function text( field: { raw?: string; rendered: string } ): string {
	if ( field.raw !== undefined ) {
		return field.raw;
	}
	const div = document.createElement( 'div' );
	div.innerHTML = field.rendered;
	return ( div.textContent ?? '' ).trim();
}

/**
 * A badge post as the editor's fields.
 * @param post The badge from the REST route.
 */
export function formOf( post: BadgePost ): BadgeForm {
	return {
		name: text( post.title ),
		description: text( post.excerpt ),
		criteria: post.meta.wayfinder_badge_criteria ?? '',
		rule: RULES.includes( post.meta.wayfinder_badge_rule )
			? post.meta.wayfinder_badge_rule
			: 'by_hand',
		team: post.meta.wayfinder_badge_team ?? '',
		published: post.status === 'publish',
		image: post.featured_media ?? 0,
	};
}

/** A new badge's fields. */
export const EMPTY_FORM: BadgeForm = {
	name: '',
	description: '',
	criteria: '',
	rule: 'by_hand',
	team: '',
	published: false,
	image: 0,
};

/**
 * The editor's fields as the REST route takes them (a team only for a team contributor badge).
 * @param form The fields.
 */
export function inputOf( form: BadgeForm ): BadgeInput {
	return {
		title: form.name.trim(),
		excerpt: form.description.trim(),
		status: form.published ? 'publish' : 'draft',
		featured_media: form.image,
		meta: {
			wayfinder_badge_rule: form.rule,
			wayfinder_badge_team:
				form.rule === 'team_contributor' ? form.team : '',
			wayfinder_badge_criteria: form.criteria.trim(),
		},
	};
}

/**
 * The awards list's query: only the filters that narrow it.
 * @param filters The screen's filters.
 */
export function awardQuery(
	filters: AwardFilters
): Record< string, string | number > {
	const query: Record< string, string | number > = {
		page: filters.page,
		per_page: filters.per_page,
	};
	if ( filters.badge > 0 ) {
		query.badge = filters.badge;
	}
	if ( filters.status !== '' ) {
		query.status = filters.status;
	}
	if ( filters.search.trim() !== '' ) {
		query.search = filters.search.trim();
	}
	return query;
}

export const AWARD_CSV_HEADERS = [
	'Badge',
	'Person',
	'Why',
	'Awarded',
	'Awarded by',
	'Shown',
	'Revoked',
	'Reason for revoking',
];

/**
 * The awards as CSV rows (dates as YYYY-MM-DD; "rule" when a rule awarded it).
 * @param awards The awards.
 */
export function awardsCsvRows( awards: BadgeAward[] ): CsvValue[][] {
	return awards.map( ( award ) => [
		award.badge.name,
		award.person.name,
		award.reason,
		award.awarded_at.slice( 0, 10 ),
		award.awarded_by === '' ? 'rule' : award.awarded_by,
		award.shown ? 'yes' : 'no',
		award.revoked_at === null ? null : award.revoked_at.slice( 0, 10 ),
		award.revoke_reason === '' ? null : award.revoke_reason,
	] );
}

/**
 * What to say when the issuing routes answered with an error: a 404 means the certificates part is
 * not on this site, which the server's own message would not say.
 * @param error         What failed.
 * @param error.status  Its HTTP status.
 * @param error.message The server's sentence.
 */
export function issuingError( error: {
	status?: number | undefined;
	message: string;
} ): string {
	return error.status === 404
		? __(
				'Certificates are not available on this site yet: the signing keys could not be found. Update Wayfinder, or ask the site administrator.',
				'wayfinder'
			)
		: error.message;
}

/**
 * The key that signs new certificates: the newest that is not retired.
 * @param keys The site's keys.
 */
export function currentKey( keys: SigningKey[] ): SigningKey | undefined {
	return keys
		.filter( ( key ) => key.retired_at === null )
		.sort( ( a, b ) => b.created_at.localeCompare( a.created_at ) )[ 0 ];
}
