import {
	actionLabel,
	points,
	reviewToOpen,
	scoreForKey,
} from '../../src/admin/screens/reviewing';
import type { CohortReviews, ReviewListItem } from '../../src/api/types';

describe( 'scoreForKey', () => {
	it( 'takes the digits 1 to the scale', () => {
		expect( scoreForKey( '1', 5 ) ).toBe( 1 );
		expect( scoreForKey( '5', 5 ) ).toBe( 5 );
	} );

	it( 'ignores digits above the scale, zero and other keys', () => {
		expect( scoreForKey( '6', 5 ) ).toBeNull();
		expect( scoreForKey( '0', 5 ) ).toBeNull();
		expect( scoreForKey( 'Enter', 5 ) ).toBeNull();
		expect( scoreForKey( '10', 10 ) ).toBeNull();
	} );
} );

describe( 'reviewToOpen', () => {
	const reviews: ReviewListItem[] = [
		{ id: 3, cohort: 1, applicant: 'Applicant AAAA', status: 'done' },
		{ id: 5, cohort: 1, applicant: 'Applicant BBBB', status: 'assigned' },
		{ id: 8, cohort: 1, applicant: 'Applicant CCCC', status: 'conflict' },
	];

	it( 'opens the one asked for when it is in the list', () => {
		expect( reviewToOpen( reviews, 3 ) ).toBe( 3 );
	} );

	it( 'else the first waiting for scores', () => {
		expect( reviewToOpen( reviews, null ) ).toBe( 5 );
		expect( reviewToOpen( reviews, 99 ) ).toBe( 5 );
	} );

	it( 'and none when nothing waits', () => {
		expect( reviewToOpen( reviews.slice( 0, 1 ), null ) ).toBeNull();
	} );
} );

describe( 'the coordinators’ view', () => {
	const application = (
		needs: number,
		wanted: number
	): CohortReviews[ 'applications' ][ number ] => ( {
		id: 1,
		applicant: 'Applicant AAAA',
		stage: 'review',
		reviews_wanted: wanted,
		reviews_done: 0,
		score: null,
		spread: null,
		flagged: false,
		needs,
		needs_label: '',
		reviewers: [],
	} );

	it( 'fills a missing reviewer before asking for a third review', () => {
		expect( actionLabel( application( 1, 2 ) ) ).toBe( 'Find a reviewer' );
		expect( actionLabel( application( 0, 2 ) ) ).toBe(
			'Ask for a third review'
		);
		expect( actionLabel( application( 0, 3 ) ) ).toBe(
			'Ask for another review'
		);
	} );

	it( 'shows points with two decimals, or a dash', () => {
		expect( points( 3.25 ) ).toBe( '3.25' );
		expect( points( null ) ).toBe( '—' );
	} );
} );
