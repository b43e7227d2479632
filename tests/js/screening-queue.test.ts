import {
	describeReplacements,
	nextToScreen,
	totalReplacements,
} from '../../src/admin/screens/screening-queue';
import type { ScreeningQueueItem } from '../../src/api/types';

const item = (
	id: number,
	stage: ScreeningQueueItem[ 'stage' ],
	own = false
): ScreeningQueueItem => ( {
	id,
	pseudonym: own ? '' : `A${ id }`,
	label: `Applicant A${ id }`,
	own,
	submitted_at: null,
	stage,
	replacements: {},
	edits: 0,
	edited: false,
} );

describe( 'nextToScreen', () => {
	const queue = [
		item( 3, 'review' ),
		item( 5, 'screening' ),
		item( 7, 'screening', true ),
		item( 9, 'screening' ),
	];

	it( 'opens the next application still in screening after the current one', () => {
		expect( nextToScreen( queue, 5 )?.id ).toBe( 9 );
		expect( nextToScreen( queue, 3 )?.id ).toBe( 5 );
	} );

	it( 'wraps round and never opens the screener’s own application', () => {
		expect( nextToScreen( queue, 9 )?.id ).toBe( 5 );
		expect( nextToScreen( queue, 6 )?.id ).toBe( 9 );
	} );

	it( 'has nothing to open when every other application is released', () => {
		expect(
			nextToScreen( [ item( 3, 'review' ), item( 5, 'screening' ) ], 5 )
		).toBeUndefined();
		expect( nextToScreen( [], 0 ) ).toBeUndefined();
	} );
} );

describe( 'replacements', () => {
	it( 'says what was replaced with the server’s names for the kinds', () => {
		expect(
			describeReplacements(
				{ name: 2, phone: 1 },
				{ name: 'Names', phone: 'Phone numbers' }
			)
		).toBe( 'Names: 2, Phone numbers: 1' );
		expect( describeReplacements( {} ) ).toBe( 'nothing' );
		expect( totalReplacements( { name: 2, phone: 1, gendered: 4 } ) ).toBe(
			7
		);
	} );
} );
