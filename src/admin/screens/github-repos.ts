/**
 * Pure helpers of the GitHub screen: a repository's name as typed or pasted, and the list kept in
 * order as repositories are connected, changed and disconnected.
 */
import type { GitHubRepo } from '../../api/github';

/** owner/name, as the server checks it (GitHubRepo::NAME_PATTERN). */
const NAME =
	/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;

/**
 * A repository's name from what was typed or pasted: its address on GitHub or a clone URL works too.
 * @param input What the person typed.
 */
export function cleanRepoName( input: string ): string {
	return input
		.trim()
		.replace( /^(?:https?:\/\/)?(?:www\.)?github\.com\//i, '' )
		.replace( /(?:\.git)?\/*$/, '' );
}

/**
 * Whether a cleaned name is an owner/name GitHub could have.
 * @param name The cleaned name.
 */
export function isRepoName( name: string ): boolean {
	return NAME.test( name );
}

/**
 * The list with one repository added or replaced (the secret never kept), by name.
 * @param repos The list.
 * @param repo  The repository as the server answered.
 */
export function withRepo(
	repos: GitHubRepo[],
	repo: GitHubRepo & { secret?: string }
): GitHubRepo[] {
	const { secret: _secret, ...kept } = repo;
	return [ ...repos.filter( ( each ) => each.id !== repo.id ), kept ].sort(
		( a, b ) =>
			a.full_name.localeCompare( b.full_name, undefined, {
				sensitivity: 'base',
			} ) || a.id - b.id
	);
}

/**
 * The list without a disconnected repository.
 * @param repos The list.
 * @param id    The repository gone.
 */
export function withoutRepo( repos: GitHubRepo[], id: number ): GitHubRepo[] {
	return repos.filter( ( each ) => each.id !== id );
}

/**
 * A time the server gives in UTC without an offset (mysql_to_rfc3339), as a Date.
 * @param value The server's time, e.g. 2026-12-01T10:00:00.
 */
export function utcDate( value: string ): Date {
	return new Date(
		/(?:Z|[+-]\d\d:?\d\d)$/i.test( value ) ? value : value + 'Z'
	);
}
