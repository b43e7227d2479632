import type { GitHubRepo } from '../../src/api/github';
import {
	cleanRepoName,
	isRepoName,
	utcDate,
	withRepo,
	withoutRepo,
} from '../../src/admin/screens/github-repos';

const repo = ( id: number, fullName: string ): GitHubRepo => ( {
	id,
	full_name: fullName,
	url: `https://github.com/${ fullName }`,
	team: '',
	team_name: '',
	created_at: '2026-12-01T10:00:00',
	last_delivery_at: null,
	webhook_url: 'https://example.org/wp-json/wayfinder/v1/github/webhook',
	content_type: 'application/json',
	events: [ 'pull_request', 'issues', 'pull_request_review', 'push' ],
} );

describe( 'cleanRepoName', () => {
	it( 'reads an address or a clone URL as owner/name', () => {
		expect(
			cleanRepoName( ' https://github.com/WordPress/gutenberg.git ' )
		).toBe( 'WordPress/gutenberg' );
		expect( cleanRepoName( 'github.com/WordPress/gutenberg/' ) ).toBe(
			'WordPress/gutenberg'
		);
		expect( cleanRepoName( 'WordPress/wordpress-develop' ) ).toBe(
			'WordPress/wordpress-develop'
		);
	} );
} );

describe( 'isRepoName', () => {
	it( 'accepts what GitHub could have', () => {
		expect( isRepoName( 'WordPress/wordpress-develop' ) ).toBe( true );
		expect( isRepoName( 'a-b/some.repo_name' ) ).toBe( true );
	} );
	it( 'refuses what it could not', () => {
		for ( const name of [
			'',
			'gutenberg',
			'WordPress/gutenberg/trunk',
			'-WordPress/gutenberg',
			'Word--Press/x',
			'WordPress/..',
			'WordPress/word press',
			'https://gitlab.com/WordPress/gutenberg',
		] ) {
			expect( isRepoName( name ) ).toBe( false );
		}
	} );
} );

describe( 'withRepo and withoutRepo', () => {
	it( 'keeps the list by name, replaces a changed repository and never keeps a secret', () => {
		const list = [ repo( 1, 'WordPress/gutenberg' ) ];
		const added = withRepo( list, {
			...repo( 2, 'wordpress/develop' ),
			secret: 'abc',
		} );
		expect( added.map( ( each ) => each.id ) ).toEqual( [ 2, 1 ] );
		expect( 'secret' in ( added[ 0 ] as object ) ).toBe( false );
		const changed = withRepo( added, {
			...repo( 1, 'WordPress/gutenberg' ),
			team: 'core',
		} );
		expect( changed ).toHaveLength( 2 );
		expect( changed[ 1 ]?.team ).toBe( 'core' );
		expect( withoutRepo( changed, 2 ).map( ( each ) => each.id ) ).toEqual(
			[ 1 ]
		);
	} );
} );

describe( 'utcDate', () => {
	it( 'reads the server’s times as UTC, and keeps an offset that is given', () => {
		expect( utcDate( '2026-12-01T10:00:00' ).toISOString() ).toBe(
			'2026-12-01T10:00:00.000Z'
		);
		expect( utcDate( '2026-12-01T10:00:00+02:00' ).toISOString() ).toBe(
			'2026-12-01T08:00:00.000Z'
		);
	} );
} );
