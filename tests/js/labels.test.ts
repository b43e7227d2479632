import { waitedFor } from '../../src/admin/screens/labels';

describe( 'waitedFor', () => {
	const now = Date.parse( '2026-11-28T12:00:00Z' );

	it( 'counts in the largest whole unit', () => {
		expect( waitedFor( '2026-11-25T11:00:00Z', now ) ).toBe( '3 days' );
		expect( waitedFor( '2026-11-28T07:30:00Z', now ) ).toBe( '4 hours' );
		expect( waitedFor( '2026-11-28T11:59:00Z', now ) ).toBe( '1 minute' );
	} );

	it( 'reads dates the API gives without a zone as UTC', () => {
		expect( waitedFor( '2026-11-27T12:00:00', now ) ).toBe( '1 day' );
	} );

	it( 'never says a negative time, even with a clock that runs behind', () => {
		expect( waitedFor( '2026-11-28T12:05:00Z', now ) ).toBe( '0 minutes' );
	} );
} );
