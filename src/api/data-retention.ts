/**
 * GET /wayfinder/v1/retention: when data retention last ran and what it removed, in sentences from
 * the server, for the people who manage the program's settings.
 */
import { NAMESPACE, request } from './client';

/** One earlier run that removed something. */
export interface DataRetentionRun {
	/** ISO 8601, UTC. */
	at: string;
	/** The date and time in the site's format. */
	when: string;
	removed: string[];
}

export interface DataRetentionLog {
	/** ISO 8601, UTC; null before the first run. */
	last_run: string | null;
	/** When it last ran (or that it has not), in a sentence. */
	summary: string;
	/** What the last run removed, a sentence each ("Nothing was due." when nothing). */
	removed: string[];
	/** The last runs that removed something, newest first. */
	recent: DataRetentionRun[];
}

export function getDataRetentionLog(): Promise< DataRetentionLog > {
	return request< DataRetentionLog >( { path: `${ NAMESPACE }/retention` } );
}
