import { profileFromForm } from '../../blocks/shared/profile-form';

/**
 * A form's fields as the browser would submit them.
 * @param fields Name and value pairs, in order.
 */
function form( fields: Array< [ string, string ] > ): FormData {
	const data = new FormData();
	for ( const [ name, value ] of fields ) {
		data.append( name, value );
	}
	return data;
}

describe( 'profileFromForm', () => {
	it( 'reads the profile form as Profiles\\ProfileForm::from_post() does', () => {
		const update = profileFromForm(
			form( [
				[ 'timezone', 'America/Sao_Paulo' ],
				[ 'languages', 'pt-BR, en  es' ],
				[ 'teams[]', 'core' ],
				[ 'teams[]', 'polyglots' ],
				[ 'skills', 'PHP, block themes, ' ],
				[ 'intro', 'Hello.' ],
				[ 'availability[0][day]', '1' ],
				[ 'availability[0][from]', '18:00' ],
				[ 'availability[0][to]', '20:00' ],
				[ 'availability[1][day]', '' ],
				[ 'availability[1][from]', '' ],
				[ 'availability[1][to]', '' ],
			] )
		);
		expect( update ).toEqual( {
			timezone: 'America/Sao_Paulo',
			languages: [ 'pt-BR', 'en', 'es' ],
			teams: [ 'core', 'polyglots' ],
			skills: [ 'PHP', 'block themes' ],
			intro: 'Hello.',
			availability: [ [ 1, '18:00', '20:00' ] ],
		} );
	} );

	it( 'sends no teams as an empty list and mentor settings only when the form has them', () => {
		const mentee = profileFromForm( form( [ [ 'timezone', 'UTC' ] ] ) );
		expect( mentee.teams ).toEqual( [] );
		expect( mentee ).not.toHaveProperty( 'mentor' );

		const mentor = profileFromForm(
			form( [
				[ 'mentor[capacity]', '4' ],
				[ 'mentor[weight]', 'high' ],
				[ 'mentor[status]', 'away' ],
				[ 'mentor[away_until]', '' ],
			] )
		);
		expect( mentor.mentor ).toEqual( {
			capacity: 4,
			weight: 'high',
			status: 'away',
			away_until: null,
		} );
		expect( mentor.timezone ).toBe( 'UTC' );
	} );

	it( 'sends the backup mentor the form names, or null for none', () => {
		const fields: Array< [ string, string ] > = [
			[ 'mentor[capacity]', '2' ],
			[ 'mentor[weight]', 'normal' ],
			[ 'mentor[status]', 'available' ],
			[ 'mentor[away_until]', '' ],
		];
		expect(
			profileFromForm(
				form( [ ...fields, [ 'mentor[backup_mentor]', '17' ] ] )
			).mentor?.backup_mentor
		).toBe( 17 );
		expect(
			profileFromForm(
				form( [ ...fields, [ 'mentor[backup_mentor]', '' ] ] )
			).mentor?.backup_mentor
		).toBeNull();
	} );

	it( 'sends a backup mentor named outside the list by name, over the list', () => {
		const fields: Array< [ string, string ] > = [
			[ 'mentor[capacity]', '2' ],
			[ 'mentor[weight]', 'normal' ],
			[ 'mentor[status]', 'available' ],
			[ 'mentor[away_until]', '' ],
			[ 'mentor[backup_mentor]', '17' ],
		];
		expect(
			profileFromForm(
				form( [ ...fields, [ 'mentor[backup_other]', ' grace ' ] ] )
			).mentor?.backup_mentor
		).toBe( 'grace' );
		expect(
			profileFromForm(
				form( [ ...fields, [ 'mentor[backup_other]', '' ] ] )
			).mentor?.backup_mentor
		).toBe( 17 );
	} );
} );
