/**
 * The profile form read back as the body of PATCH /profiles/me — the same reading as the server's
 * Profiles\ProfileForm::from_post() for the form without JavaScript: languages separated by commas or
 * spaces, skills by commas, availability rows without a weekday left out, mentor settings only when
 * the form has them.
 */
import type { MentorSettings, OwnProfileUpdate } from '../../src/api/types';

export function profileFromForm( data: FormData ): OwnProfileUpdate {
	const text = ( name: string ) => String( data.get( name ) ?? '' ).trim();
	const split = ( value: string, separators: RegExp ) =>
		value
			.split( separators )
			.map( ( item ) => item.trim() )
			.filter( ( item ) => item !== '' );
	const availability: OwnProfileUpdate[ 'availability' ] = [];
	for ( let row = 0; data.has( `availability[${ row }][day]` ); row++ ) {
		const day = text( `availability[${ row }][day]` );
		if ( day !== '' ) {
			availability.push( [
				Number( day ),
				text( `availability[${ row }][from]` ),
				text( `availability[${ row }][to]` ),
			] );
		}
	}
	const update: OwnProfileUpdate = {
		timezone: text( 'timezone' ) || 'UTC',
		languages: split( text( 'languages' ), /[\s,]+/ ),
		teams: data.getAll( 'teams[]' ).map( String ),
		skills: split( text( 'skills' ), /,/ ),
		intro: String( data.get( 'intro' ) ?? '' ),
		availability,
	};
	if ( data.has( 'mentor[status]' ) ) {
		update.mentor = {
			capacity: Number( text( 'mentor[capacity]' ) ),
			weight: text( 'mentor[weight]' ) as MentorSettings[ 'weight' ],
			status: text( 'mentor[status]' ) as MentorSettings[ 'status' ],
			away_until: text( 'mentor[away_until]' ) || null,
		};
		if ( data.has( 'mentor[backup_mentor]' ) ) {
			const backup = text( 'mentor[backup_mentor]' );
			update.mentor.backup_mentor =
				backup === '' ? null : Number( backup );
		}
		// Someone not in the list, by user name or email address: the server finds them or says why not.
		const other = text( 'mentor[backup_other]' );
		if ( other !== '' ) {
			update.mentor.backup_mentor = other;
		}
	}
	return update;
}
