<?php
/**
 * The mentoring profile as a form, the same in the My mentorship block and on the wp-admin profile
 * screen: timezone, languages, teams, skills, intro and weekly availability in the person's own time,
 * and for mentors their capacity, weight and status. Reading the form back gives the body of
 * PATCH /wayfinder/v1/profiles/…, which checks it (the block's view script builds the same body).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\Capabilities;
use WP_Error;
use WP_REST_Request;

final class ProfileForm {

	/** Empty availability rows offered beyond the saved windows. */
	private const SPARE_WINDOWS = 2;

	/** Backup mentors offered in the list; anyone else is named in the field beside it. */
	public const BACKUP_CHOICES = 30;

	/**
	 * The profile as the form shows it: the REST body's shape.
	 *
	 * @return array<string, mixed>
	 */
	public static function values_of( Profile $profile ): array {
		$values = array(
			'timezone'     => $profile->timezone,
			'languages'    => $profile->languages,
			'teams'        => $profile->teams,
			'skills'       => $profile->skills,
			'intro'        => $profile->intro,
			'availability' => $profile->availability,
		);
		if ( Capabilities::can_mentor( $profile->user_id ) ) {
			$values['mentor'] = array(
				'capacity'      => $profile->mentor_capacity,
				'weight'        => $profile->mentor_weight,
				'status'        => $profile->mentor_status,
				'away_until'    => $profile->away_until,
				'backup_mentor' => $profile->backup_mentor,
				'user_id'       => $profile->user_id,
			);
		}
		return $values;
	}

	/**
	 * The form's fields as the body of a profile update. Languages are separated by commas or spaces,
	 * skills by commas; an availability row without a weekday is left out; mentor settings only when
	 * the form had them.
	 *
	 * @param array<string, mixed> $post The submitted fields, unslashed.
	 * @return array<string, mixed>
	 */
	public static function from_post( array $post ): array {
		$split  = static fn ( $value, string $separators ): array => array_values( array_filter( array_map( static fn ( $item ): string => sanitize_text_field( (string) $item ), (array) preg_split( $separators, is_string( $value ) ? $value : '' ) ), static fn ( string $item ): bool => '' !== $item ) );
		$values = array(
			'timezone'     => sanitize_text_field( (string) ( $post['timezone'] ?? 'UTC' ) ),
			'languages'    => $split( $post['languages'] ?? '', '/[\s,]+/' ),
			'teams'        => array_values( array_map( static fn ( $slug ): string => sanitize_key( (string) $slug ), (array) ( $post['teams'] ?? array() ) ) ),
			'skills'       => $split( $post['skills'] ?? '', '/,/' ),
			'intro'        => sanitize_textarea_field( (string) ( $post['intro'] ?? '' ) ),
			'availability' => array(),
		);
		foreach ( (array) ( $post['availability'] ?? array() ) as $row ) {
			if ( is_array( $row ) && '' !== (string) ( $row['day'] ?? '' ) ) {
				$values['availability'][] = array( (int) $row['day'], sanitize_text_field( (string) ( $row['from'] ?? '' ) ), sanitize_text_field( (string) ( $row['to'] ?? '' ) ) );
			}
		}
		if ( isset( $post['mentor'] ) && is_array( $post['mentor'] ) ) {
			$mentor           = $post['mentor'];
			$away             = sanitize_text_field( (string) ( $mentor['away_until'] ?? '' ) );
			$values['mentor'] = array(
				'capacity'   => (int) ( $mentor['capacity'] ?? 0 ),
				'weight'     => sanitize_key( (string) ( $mentor['weight'] ?? 'normal' ) ),
				'status'     => sanitize_key( (string) ( $mentor['status'] ?? 'available' ) ),
				'away_until' => '' === $away ? null : $away,
			);
			if ( array_key_exists( 'backup_mentor', $mentor ) ) {
				$backup                            = (int) $mentor['backup_mentor'];
				$values['mentor']['backup_mentor'] = $backup > 0 ? $backup : null;
			}
			$other = sanitize_text_field( (string) ( $mentor['backup_other'] ?? '' ) );
			if ( '' !== $other ) {
				// A name goes to the route as it is: the profile's checks find the mentor or say why not.
				$values['mentor']['backup_mentor'] = $other;
			}
		}
		return $values;
	}

	/**
	 * Saves through the REST route, as the current user, so the same checks apply; nothing is saved
	 * when any field is refused.
	 *
	 * @param array<string, mixed> $values What from_post() read.
	 * @return true|WP_Error
	 */
	public static function save( int $user_id, array $values ) {
		$route   = get_current_user_id() === $user_id ? 'me' : (string) $user_id;
		$request = new WP_REST_Request( 'PATCH', '/wayfinder/v1/profiles/' . $route );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( (object) $values ) );
		$error = rest_do_request( $request )->as_error();
		return $error instanceof WP_Error ? $error : true;
	}

	/** @return array<string, string> Slug => title of every published team, by title. */
	public static function teams(): array {
		// The directory keeps every published team by title (one autoloaded option, no query).
		return array_map( static fn ( array $team ): string => $team['name'], \Wayfinder\Teams\TeamList::all() );
	}

	/**
	 * The fields, without the form around them (the block wraps them in its own form; the wp-admin
	 * screen puts them inside WordPress's profile form).
	 *
	 * @param array<string, mixed> $values As values_of() gives them; mentor settings show when present.
	 * @param string               $prefix Unique on the page, for the fields' IDs.
	 * @param string               $group  When not empty, every field is named inside it (group[timezone], …).
	 */
	public static function fields( array $values, string $prefix, string $group = '' ): string {
		$n        = static fn ( string $name ): string => esc_attr( '' === $group ? $name : $group . '[' . ( str_contains( $name, '[' ) ? preg_replace( '/\[/', '][', $name, 1 ) : $name . ']' ) );
		$id       = static fn ( string $name ): string => esc_attr( $prefix . '-' . $name );
		$timezone = (string) ( $values['timezone'] ?? 'UTC' );
		$html     = '<div class="wayfinder-profile-fields">';

		$html .= '<p class="wayfinder-field"><label for="' . $id( 'timezone' ) . '">' . esc_html__( 'Timezone', 'wayfinder' ) . '</label>';
		$html .= '<select id="' . $id( 'timezone' ) . '" name="' . $n( 'timezone' ) . '" aria-describedby="' . $id( 'timezone-help' ) . '" data-wp-on--change="actions.timezoneChanged">' . self::timezone_options( $timezone ) . '</select>';
		$html .= '<span class="wayfinder-help" id="' . $id( 'timezone-help' ) . '">' . esc_html__( 'Where you are, so that meeting times are right all year.', 'wayfinder' ) . '</span></p>';

		$html .= '<p class="wayfinder-field"><label for="' . $id( 'languages' ) . '">' . esc_html__( 'Languages you speak', 'wayfinder' ) . '</label>';
		$html .= '<input type="text" id="' . $id( 'languages' ) . '" name="' . $n( 'languages' ) . '" value="' . esc_attr( implode( ', ', (array) ( $values['languages'] ?? array() ) ) ) . '" aria-describedby="' . $id( 'languages-help' ) . '" autocomplete="off" spellcheck="false">';
		$html .= '<span class="wayfinder-help" id="' . $id( 'languages-help' ) . '">' . esc_html__( 'Language codes separated by commas, e.g. en, es, pt-BR.', 'wayfinder' ) . '</span></p>';

		$teams = self::teams();
		if ( array() !== $teams ) {
			$chosen = (array) ( $values['teams'] ?? array() );
			$html  .= '<fieldset class="wayfinder-field wayfinder-teams"><legend>' . esc_html__( 'Teams you are interested in', 'wayfinder' ) . '</legend><ul>';
			foreach ( $teams as $slug => $title ) {
				$html .= '<li><label><input type="checkbox" name="' . $n( 'teams[]' ) . '" value="' . esc_attr( $slug ) . '"' . checked( in_array( $slug, $chosen, true ), true, false ) . '> ' . esc_html( $title ) . '</label></li>';
			}
			$html .= '</ul></fieldset>';
		}

		$html .= '<p class="wayfinder-field"><label for="' . $id( 'skills' ) . '">' . esc_html__( 'Skills and interests', 'wayfinder' ) . '</label>';
		$html .= '<input type="text" id="' . $id( 'skills' ) . '" name="' . $n( 'skills' ) . '" value="' . esc_attr( implode( ', ', (array) ( $values['skills'] ?? array() ) ) ) . '" aria-describedby="' . $id( 'skills-help' ) . '">';
		$html .= '<span class="wayfinder-help" id="' . $id( 'skills-help' ) . '">' . esc_html__( 'Separated by commas, e.g. PHP, writing, accessibility testing.', 'wayfinder' ) . '</span></p>';

		$html .= '<p class="wayfinder-field"><label for="' . $id( 'intro' ) . '">' . esc_html__( 'About you', 'wayfinder' ) . '</label>';
		$html .= '<textarea id="' . $id( 'intro' ) . '" name="' . $n( 'intro' ) . '" rows="4" maxlength="2000" aria-describedby="' . $id( 'intro-help' ) . '">' . esc_textarea( (string) ( $values['intro'] ?? '' ) ) . '</textarea>';
		$html .= '<span class="wayfinder-help" id="' . $id( 'intro-help' ) . '">' . esc_html__( 'A few lines for the people you are matched with; they see it in their introduction email.', 'wayfinder' ) . '</span></p>';

		$html .= self::availability( (array) ( $values['availability'] ?? array() ), $timezone, $prefix, $n );

		if ( isset( $values['mentor'] ) && is_array( $values['mentor'] ) ) {
			$html .= self::mentor_fields( $values['mentor'], array_values( array_map( 'strval', (array) ( $values['teams'] ?? array() ) ) ), $prefix, $n );
		}
		return $html . '</div>';
	}

	/**
	 * @param array<mixed>             $windows
	 * @param callable(string): string $n The field names, escaped.
	 */
	private static function availability( array $windows, string $timezone, string $prefix, callable $n ): string {
		global $wp_locale;
		$rows = array_values( array_filter( $windows, 'is_array' ) );
		$rows = array_merge( $rows, array_fill( 0, self::SPARE_WINDOWS, array( '', '', '' ) ) );
		$html = '<fieldset class="wayfinder-field wayfinder-availability" aria-describedby="' . esc_attr( $prefix . '-availability-help' ) . '"><legend>' . esc_html__( 'When you are usually free, each week', 'wayfinder' ) . '</legend>';
		/* translators: %s: a timezone, e.g. Europe/Berlin. */
		$html .= '<p class="wayfinder-help" id="' . esc_attr( $prefix . '-availability-help' ) . '">' . sprintf( esc_html__( 'Times are in your own timezone, %s. Leave the day empty to remove a time.', 'wayfinder' ), '<strong data-wp-text="context.timezone">' . esc_html( $timezone ) . '</strong>' ) . '</p><ol>';
		foreach ( $rows as $index => $window ) {
			$name   = 'availability[' . $index . ']';
			$row_id = $prefix . '-window-' . $index;
			/* translators: %d: the number of a weekly time window. */
			$html .= '<li><span class="screen-reader-text wayfinder-sr-only" id="' . esc_attr( $row_id ) . '">' . esc_html( sprintf( __( 'Time %d', 'wayfinder' ), $index + 1 ) ) . '</span>';
			$html .= '<label>' . esc_html__( 'Day', 'wayfinder' ) . ' <select name="' . $n( $name . '[day]' ) . '" aria-describedby="' . esc_attr( $row_id ) . '"><option value="">' . esc_html__( '—', 'wayfinder' ) . '</option>';
			for ( $day = 1; $day <= 7; $day++ ) {
				$html .= '<option value="' . $day . '"' . selected( (string) $window[0], (string) $day, false ) . '>' . esc_html( $wp_locale->get_weekday( $day % 7 ) ) . '</option>';
			}
			$html .= '</select></label> ';
			$html .= '<label>' . esc_html__( 'From', 'wayfinder' ) . ' <input type="time" name="' . $n( $name . '[from]' ) . '" value="' . esc_attr( (string) $window[1] ) . '" aria-describedby="' . esc_attr( $row_id ) . '"></label> ';
			$html .= '<label>' . esc_html__( 'To', 'wayfinder' ) . ' <input type="time" name="' . $n( $name . '[to]' ) . '" value="' . esc_attr( (string) $window[2] ) . '" aria-describedby="' . esc_attr( $row_id ) . '"></label></li>';
		}
		return $html . '</ol></fieldset>';
	}

	/**
	 * @param array<string, mixed>     $mentor
	 * @param list<string>             $teams The person's teams.
	 * @param callable(string): string $n     The field names, escaped.
	 */
	private static function mentor_fields( array $mentor, array $teams, string $prefix, callable $n ): string {
		$id       = static fn ( string $name ): string => esc_attr( $prefix . '-' . $name );
		$weights  = array(
			'none'   => __( 'Do not suggest me for now', 'wayfinder' ),
			'low'    => __( 'Suggest me less often', 'wayfinder' ),
			'normal' => __( 'As anyone else', 'wayfinder' ),
			'high'   => __( 'Suggest me more often', 'wayfinder' ),
		);
		$statuses = array(
			'available' => __( 'Available', 'wayfinder' ),
			'away'      => __( 'Away', 'wayfinder' ),
			'retired'   => __( 'Stopped mentoring', 'wayfinder' ),
		);
		$html     = '<fieldset class="wayfinder-field wayfinder-mentor-settings"><legend>' . esc_html__( 'As a mentor', 'wayfinder' ) . '</legend>';
		$html    .= '<p><label for="' . $id( 'capacity' ) . '">' . esc_html__( 'How many mentees at once', 'wayfinder' ) . '</label>';
		$html    .= '<input type="number" id="' . $id( 'capacity' ) . '" name="' . $n( 'mentor[capacity]' ) . '" min="0" max="50" step="1" value="' . esc_attr( (string) (int) ( $mentor['capacity'] ?? 0 ) ) . '"></p>';
		$html    .= '<p><label for="' . $id( 'weight' ) . '">' . esc_html__( 'Suggestions to mentees', 'wayfinder' ) . '</label><select id="' . $id( 'weight' ) . '" name="' . $n( 'mentor[weight]' ) . '">';
		foreach ( $weights as $value => $label ) {
			$html .= '<option value="' . esc_attr( $value ) . '"' . selected( (string) ( $mentor['weight'] ?? 'normal' ), $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
		$html .= '</select></p>';
		$html .= '<p><label for="' . $id( 'status' ) . '">' . esc_html__( 'Status', 'wayfinder' ) . '</label><select id="' . $id( 'status' ) . '" name="' . $n( 'mentor[status]' ) . '" aria-describedby="' . $id( 'status-help' ) . '">';
		foreach ( $statuses as $value => $label ) {
			$html .= '<option value="' . esc_attr( $value ) . '"' . selected( (string) ( $mentor['status'] ?? 'available' ), $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
		$html .= '</select><span class="wayfinder-help" id="' . $id( 'status-help' ) . '">' . esc_html__( 'Away: you take no new mentees meanwhile, and a backup mentor covers for you. Stopped: your mentees move to other mentors.', 'wayfinder' ) . '</span></p>';
		$html .= '<p><label for="' . $id( 'away-until' ) . '">' . esc_html__( 'Away until (optional)', 'wayfinder' ) . '</label>';
		$html .= '<input type="date" id="' . $id( 'away-until' ) . '" name="' . $n( 'mentor[away_until]' ) . '" value="' . esc_attr( (string) ( $mentor['away_until'] ?? '' ) ) . '" aria-describedby="' . $id( 'away-help' ) . '">';
		$html .= '<span class="wayfinder-help" id="' . $id( 'away-help' ) . '">' . esc_html__( 'The last day you are away, where you live; you take new mentees again from the day after.', 'wayfinder' ) . '</span></p>';
		$html .= self::backup_field( $mentor, $teams, $id, $n );
		return $html . '</fieldset>';
	}

	/**
	 * The backup mentor: another mentor who covers while this one is away — chosen among at most
	 * BACKUP_CHOICES listed mentors of the person's teams (and the one already named), or named by user
	 * name or email address in the field beside it, so a page never prints every mentor's name.
	 *
	 * @param array<string, mixed>     $mentor
	 * @param list<string>             $teams The person's teams.
	 * @param callable(string): string $id    The field IDs, escaped.
	 * @param callable(string): string $n     The field names, escaped.
	 */
	private static function backup_field( array $mentor, array $teams, callable $id, callable $n ): string {
		$self   = (int) ( $mentor['user_id'] ?? 0 );
		$chosen = (int) ( $mentor['backup_mentor'] ?? 0 );
		$html   = '<p><label for="' . $id( 'backup' ) . '">' . esc_html__( 'Backup mentor', 'wayfinder' ) . '</label><select id="' . $id( 'backup' ) . '" name="' . $n( 'mentor[backup_mentor]' ) . '" aria-describedby="' . $id( 'backup-help' ) . '">';
		$html  .= '<option value="">' . esc_html__( 'No backup', 'wayfinder' ) . '</option>';
		// One more than shown, so leaving oneself out still shows BACKUP_CHOICES.
		$names = ( new ProfileRepository() )->listed_mentor_names( self::BACKUP_CHOICES + 1, $teams );
		unset( $names[ $self ] );
		$names = array_slice( $names, 0, self::BACKUP_CHOICES, true );
		if ( $chosen > 0 && ! isset( $names[ $chosen ] ) ) {
			$names = array( $chosen => DisplayName::of( $chosen ) ) + $names;
		}
		foreach ( $names as $mentor_id => $name ) {
			$html .= '<option value="' . esc_attr( (string) $mentor_id ) . '"' . selected( $chosen, $mentor_id, false ) . '>' . esc_html( $name ) . '</option>';
		}
		$html .= '</select><span class="wayfinder-help" id="' . $id( 'backup-help' ) . '">' . esc_html__( 'Another mentor who looks after your mentees while you are away. The list shows mentors of your teams.', 'wayfinder' ) . '</span></p>';
		$html .= '<p><label for="' . $id( 'backup-other' ) . '">' . esc_html__( 'Or another mentor, by user name or email address', 'wayfinder' ) . '</label>';
		$html .= '<input type="text" id="' . $id( 'backup-other' ) . '" name="' . $n( 'mentor[backup_other]' ) . '" value="" autocomplete="off" spellcheck="false" aria-describedby="' . $id( 'backup-other-help' ) . '">';
		$html .= '<span class="wayfinder-help" id="' . $id( 'backup-other-help' ) . '">' . esc_html__( 'Leave empty to keep the choice above.', 'wayfinder' ) . '</span></p>';
		return $html;
	}

	/**
	 * The IANA timezones, grouped by region and translated, as WordPress lists them (without its fixed
	 * UTC offsets). Building the list costs a few milliseconds, so it is kept a day per language and
	 * the person's zone is marked in the kept copy.
	 */
	private static function timezone_options( string $selected ): string {
		// Offsets such as UTC+2 are no IANA names and ignore summer time: leave that group out.
		$build = static fn ( string $zone ): string => (string) preg_replace( '#<optgroup[^>]*>(?:(?!</optgroup>).)*?value="UTC[+-].*?</optgroup>#s', '', wp_timezone_choice( $zone, get_user_locale() ) );
		if ( ! in_array( $selected, \DateTimeZone::listIdentifiers(), true ) ) {
			return $build( $selected ); // No zone yet, or an old name WordPress lists on its own.
		}
		$key     = 'wayfinder_timezones_' . md5( get_user_locale() . '|' . get_bloginfo( 'version' ) );
		$options = get_transient( $key );
		if ( ! is_string( $options ) || '' === $options ) {
			$options = str_replace( '<option selected="selected" value=', '<option value=', $build( 'UTC' ) );
			set_transient( $key, $options, DAY_IN_SECONDS );
		}
		$value = '<option value="' . esc_attr( $selected ) . '"';
		return str_replace( $value, '<option selected="selected" value="' . esc_attr( $selected ) . '"', $options );
	}
}
