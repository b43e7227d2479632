import {
	awardQuery,
	awardsCsvRows,
	currentKey,
	formOf,
	inputOf,
	issuingError,
} from '../../src/admin/screens/badges';
import type { BadgeAward, BadgePost } from '../../src/api/types';

const post: BadgePost = {
	id: 7,
	status: 'publish',
	title: { raw: 'Polyglots contributor', rendered: 'Polyglots contributor' },
	excerpt: {
		raw: 'Made a contribution.',
		rendered: '<p>Made a contribution.</p>',
	},
	featured_media: 0,
	meta: {
		wayfinder_badge_rule: 'team_contributor',
		wayfinder_badge_team: 'polyglots',
		wayfinder_badge_criteria: 'A verified contribution.',
	},
};

describe( 'the badge editor', () => {
	it( 'reads a badge post into fields and writes them back', () => {
		const form = formOf( post );
		expect( form ).toEqual( {
			name: 'Polyglots contributor',
			description: 'Made a contribution.',
			criteria: 'A verified contribution.',
			rule: 'team_contributor',
			team: 'polyglots',
			published: true,
			image: 0,
		} );
		expect(
			inputOf( {
				...form,
				name: '  Translator ',
				published: false,
				image: 12,
			} )
		).toEqual( {
			title: 'Translator',
			excerpt: 'Made a contribution.',
			status: 'draft',
			featured_media: 12,
			meta: {
				wayfinder_badge_rule: 'team_contributor',
				wayfinder_badge_team: 'polyglots',
				wayfinder_badge_criteria: 'A verified contribution.',
			},
		} );
	} );

	it( 'sends a team only for a team contributor badge and reads rendered text', () => {
		const form = formOf( {
			...post,
			title: { rendered: 'Mentor &amp; guide' },
			excerpt: { rendered: '<p>Guided.</p>\n' },
			meta: { ...post.meta, wayfinder_badge_rule: 'mentor' },
		} );
		expect( form.name ).toBe( 'Mentor & guide' );
		expect( form.description ).toBe( 'Guided.' );
		expect( inputOf( form ).meta.wayfinder_badge_team ).toBe( '' );
	} );
} );

describe( 'the awards list', () => {
	it( 'asks only for the filters that narrow it', () => {
		expect(
			awardQuery( {
				badge: 0,
				status: '',
				search: '  ',
				page: 1,
				per_page: 20,
			} )
		).toEqual( { page: 1, per_page: 20 } );
		expect(
			awardQuery( {
				badge: 3,
				status: 'revoked',
				search: ' mei ',
				page: 2,
				per_page: 50,
			} )
		).toEqual( {
			page: 2,
			per_page: 50,
			badge: 3,
			status: 'revoked',
			search: 'mei',
		} );
	} );

	it( 'makes CSV rows with dates, who awarded it and the revocation', () => {
		const award: BadgeAward = {
			id: 1,
			badge: { id: 3, name: 'Mentor', image: '' },
			person: { id: 9, name: 'Mei Chen' },
			reason: 'Completed the mentorship with Tom',
			reason_kind: 'match',
			object_id: 4,
			evidence: '',
			awarded_at: '2026-05-01T10:00:00',
			awarded_by: '',
			shown: true,
			revoked_at: null,
			revoked_by: '',
			revoke_reason: '',
		};
		expect(
			awardsCsvRows( [
				award,
				{
					...award,
					awarded_by: 'Grace',
					shown: false,
					revoked_at: '2026-06-02T08:00:00',
					revoke_reason: 'A mistake.',
				},
			] )
		).toEqual( [
			[
				'Mentor',
				'Mei Chen',
				'Completed the mentorship with Tom',
				'2026-05-01',
				'rule',
				'yes',
				null,
				null,
			],
			[
				'Mentor',
				'Mei Chen',
				'Completed the mentorship with Tom',
				'2026-05-01',
				'Grace',
				'no',
				'2026-06-02',
				'A mistake.',
			],
		] );
	} );
} );

describe( 'issuing', () => {
	it( 'says plainly when the certificate routes are missing, else the server’s sentence', () => {
		expect(
			issuingError( { status: 404, message: 'No route was found.' } )
		).toMatch( /^Certificates are not available on this site yet/ );
		expect(
			issuingError( { status: 403, message: 'Only coordinators.' } )
		).toBe( 'Only coordinators.' );
	} );

	it( 'finds the key that signs new certificates', () => {
		expect(
			currentKey( [
				{
					kid: 'a',
					alg: 'RS256',
					created_at: '2026-01-01T00:00:00',
					retired_at: '2026-03-01T00:00:00',
					signed: 4,
				},
				{
					kid: 'b',
					alg: 'RS256',
					created_at: '2026-03-01T00:00:00',
					retired_at: null,
					signed: 1,
				},
			] )?.kid
		).toBe( 'b' );
		expect( currentKey( [] ) ).toBeUndefined();
	} );
} );
