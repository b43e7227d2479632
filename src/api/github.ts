/**
 * The GitHub routes for coordinators (/wayfinder/v1/github/repos), through the one REST client.
 */
import { NAMESPACE, request } from './client';

/** A connected repository as every read shows it: never its secret. */
export interface GitHubRepo {
	id: number;
	/** owner/name. */
	full_name: string;
	/** Its page on GitHub. */
	url: string;
	/** The team slug its contributions count for; '' for none. */
	team: string;
	team_name: string;
	created_at: string;
	/** When the last signed delivery came; null before the first. */
	last_delivery_at: string | null;
	/** The payload URL to give GitHub (the same for every repository). */
	webhook_url: string;
	content_type: 'application/json';
	/** The events to choose in the webhook's settings. */
	events: string[];
}

/** What connecting, or asking for a new secret, answers: the one time the secret is shown. */
export interface GitHubRepoWithSecret extends GitHubRepo {
	secret: string;
}

export function listGitHubRepos(): Promise< GitHubRepo[] > {
	return request< GitHubRepo[] >( { path: `${ NAMESPACE }/github/repos` } );
}

export function connectGitHubRepo(
	fullName: string,
	team: string
): Promise< GitHubRepoWithSecret > {
	return request< GitHubRepoWithSecret >( {
		path: `${ NAMESPACE }/github/repos`,
		method: 'POST',
		data: { full_name: fullName, team },
	} );
}

export function setGitHubRepoTeam(
	id: number,
	team: string
): Promise< GitHubRepo > {
	return request< GitHubRepo >( {
		path: `${ NAMESPACE }/github/repos/${ id }`,
		method: 'PUT',
		data: { team },
	} );
}

export function newGitHubRepoSecret(
	id: number
): Promise< GitHubRepoWithSecret > {
	return request< GitHubRepoWithSecret >( {
		path: `${ NAMESPACE }/github/repos/${ id }/secret`,
		method: 'POST',
	} );
}

export function disconnectGitHubRepo(
	id: number
): Promise< { id: number; deleted: true; message: string } > {
	return request< { id: number; deleted: true; message: string } >( {
		path: `${ NAMESPACE }/github/repos/${ id }`,
		method: 'DELETE',
	} );
}
