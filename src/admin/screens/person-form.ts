/**
 * What a coordinator edits on a person from the People screen (mentor settings, the sponsored flag),
 * between the profile the API returns, the form DataForm edits and the change the API accepts.
 */
import { __, sprintf } from '@wordpress/i18n';

import type {
	MentorStatus,
	MentorWeight,
	Person,
	Profile,
	ProfileUpdate,
} from '../../api/types';
import { formatDay, MENTOR_STATUS_LABELS } from './labels';

export interface PersonForm {
	capacity: number;
	weight: MentorWeight;
	status: MentorStatus;
	/** YYYY-MM-DD, or "" for no end date. */
	away_until: string;
	sponsored: boolean;
}

export const MAX_CAPACITY = 50;

/**
 * The form for a profile; people who are not mentors get the mentor defaults, which are never sent.
 * @param profile The profile as a coordinator reads it.
 */
export function formFromProfile( profile: Profile ): PersonForm {
	return {
		capacity: profile.mentor?.capacity ?? 3,
		weight: profile.mentor?.weight ?? 'normal',
		status: profile.mentor?.status ?? 'available',
		away_until: profile.mentor?.away_until ?? '',
		sponsored: profile.sponsored ?? false,
	};
}

/**
 * Only what changed, so a save never overwrites a field someone else changed meanwhile. Mentor
 * settings go only for mentors; an end date goes only with the status away.
 * @param before   The form as loaded.
 * @param after    The form as edited.
 * @param isMentor Whether the person has mentor settings.
 */
export function changesFrom(
	before: PersonForm,
	after: PersonForm,
	isMentor: boolean
): ProfileUpdate {
	const changes: ProfileUpdate = {};
	if ( isMentor ) {
		const awayUntil = after.status === 'away' ? after.away_until : '';
		const mentor: ProfileUpdate[ 'mentor' ] = {};
		if ( after.capacity !== before.capacity ) {
			mentor.capacity = after.capacity;
		}
		if ( after.weight !== before.weight ) {
			mentor.weight = after.weight;
		}
		if ( after.status !== before.status ) {
			mentor.status = after.status;
		}
		if ( awayUntil !== before.away_until ) {
			mentor.away_until = awayUntil === '' ? null : awayUntil;
		}
		if ( Object.keys( mentor ).length > 0 ) {
			changes.mentor = mentor;
		}
	}
	if ( after.sponsored !== before.sponsored ) {
		changes.sponsored = after.sponsored;
	}
	return changes;
}

/**
 * Why the form cannot be saved as it is, in words a coordinator can act on, or null.
 * @param form  The edited form.
 * @param today Today as YYYY-MM-DD (the site checks the same on save).
 */
export function formProblem( form: PersonForm, today: string ): string | null {
	if (
		! Number.isInteger( form.capacity ) ||
		form.capacity < 0 ||
		form.capacity > MAX_CAPACITY
	) {
		return sprintf(
			/* translators: %d: the largest capacity allowed */
			__( 'Capacity must be a whole number from 0 to %d.', 'wayfinder' ),
			MAX_CAPACITY
		);
	}
	if (
		form.status === 'away' &&
		form.away_until !== '' &&
		form.away_until < today
	) {
		return __(
			'The end of an absence cannot be in the past. Leave it empty, or set the status back to available.',
			'wayfinder'
		);
	}
	return null;
}

/**
 * A mentor's status as the list shows it: "Away until 3/1/2027", or the status's label.
 * @param person A row of the mentors list.
 */
export function mentorStatusText( person: Person ): string {
	if ( person.status === 'away' && person.away_until ) {
		return sprintf(
			/* translators: %s: a date */
			__( 'Away until %s', 'wayfinder' ),
			formatDay( person.away_until )
		);
	}
	return MENTOR_STATUS_LABELS[ person.status ] ?? person.status;
}

/**
 * Today in the site's terms for date checks: the UTC date, as the server compares.
 * @param now The moment to read.
 */
export function todayUtc( now: Date = new Date() ): string {
	return now.toISOString().slice( 0, 10 );
}
