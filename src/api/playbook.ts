/**
 * The mentor playbook's routes (/wayfinder/v1/playbook), through the one REST client.
 */
import { NAMESPACE, request } from './client';

export interface PlaybookStep {
	title: string;
	/** What the mentor does that week (limited HTML). */
	what_to_do: string;
	questions: string[];
	/** How to handle drop-offs (limited HTML). */
	drop_offs: string;
	/** What the program expects of mentees that week, in one line. */
	mentee: string;
}

export interface Playbook {
	steps: PlaybookStep[];
	/** Whether coordinators changed it (false: the default, in each reader's language). */
	custom: boolean;
	limits: {
		min_steps: number;
		max_steps: number;
		title: number;
		text: number;
		line: number;
		max_questions: number;
	};
}

export function getPlaybook(): Promise< Playbook > {
	return request< Playbook >( { path: `${ NAMESPACE }/playbook` } );
}

export function savePlaybook( steps: PlaybookStep[] ): Promise< Playbook > {
	return request< Playbook >( {
		path: `${ NAMESPACE }/playbook`,
		method: 'PUT',
		data: { steps },
	} );
}

export function resetPlaybook(): Promise< Playbook > {
	return request< Playbook >( {
		path: `${ NAMESPACE }/playbook/reset`,
		method: 'POST',
	} );
}
