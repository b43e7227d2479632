/**
 * Moving a row of an ordered list (the playbook's steps, a survey's questions).
 */
import { moved } from '../../src/admin/rows';

describe( 'moved', () => {
	it( 'moves a row up and down without changing the list it was given', () => {
		const list = [ 'a', 'b', 'c' ];
		expect( moved( list, 1, -1 ) ).toEqual( [ 'b', 'a', 'c' ] );
		expect( moved( list, 1, 1 ) ).toEqual( [ 'a', 'c', 'b' ] );
		expect( list ).toEqual( [ 'a', 'b', 'c' ] );
	} );

	it( 'keeps a row that is not there out of the list', () => {
		expect( moved( [ 'a', 'b' ], 5, -1 ) ).toEqual( [ 'a', 'b' ] );
	} );
} );
