<?php
/**
 * The demo program's people: mentors and mentees across timezones, languages and teams.
 *
 * Availability windows are weekly, in each person's local time: [ weekday 1–7 (ISO), "HH:MM", "HH:MM" ].
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

final class DemoPeople {

	/** Every demo account's password; printed by `npm start`. Demo sites only. */
	public const PASSWORD = 'password';

	/**
	 * @return list<array{login: string, name: string, role: string, timezone: string, languages: list<string>, teams: list<string>, capacity?: int, availability: list<array{0: int, 1: string, 2: string}>, intro: string}>
	 */
	public static function all(): array {
		return array(
			array(
				'login'        => 'coordinator',
				'name'         => 'Chidi Okafor',
				'role'         => 'wayfinder_coordinator',
				'timezone'     => 'Africa/Lagos',
				'languages'    => array( 'en', 'yo' ),
				'teams'        => array( 'community' ),
				'availability' => array( array( 1, '09:00', '17:00' ), array( 3, '09:00', '17:00' ) ),
				'intro'        => 'I run the mentorship program and pair people up.',
			),
			array(
				'login'        => 'mentor-anna',
				'name'         => 'Anna Schmidt',
				'role'         => 'wayfinder_mentor',
				'timezone'     => 'Europe/Berlin',
				'languages'    => array( 'de', 'en' ),
				'teams'        => array( 'core', 'test' ),
				'capacity'     => 4,
				'availability' => array( array( 2, '18:00', '20:00' ), array( 4, '18:00', '20:00' ) ),
				'intro'        => 'Core committer; I help people land their first patch.',
			),
			array(
				'login'        => 'mentor-priya',
				'name'         => 'Priya Raman',
				'role'         => 'wayfinder_mentor',
				'timezone'     => 'Asia/Kolkata',
				'languages'    => array( 'en', 'hi', 'ta' ),
				'teams'        => array( 'polyglots', 'docs' ),
				'capacity'     => 4,
				'availability' => array( array( 6, '10:00', '13:00' ), array( 7, '10:00', '13:00' ) ),
				'intro'        => 'General translation editor for Tamil; docs contributor.',
			),
			array(
				'login'        => 'mentor-lucia',
				'name'         => 'Lucía Fernández',
				'role'         => 'wayfinder_mentor',
				'timezone'     => 'America/Sao_Paulo',
				'languages'    => array( 'pt', 'es', 'en' ),
				'teams'        => array( 'design', 'accessibility' ),
				'capacity'     => 2,
				'availability' => array( array( 1, '19:00', '21:00' ), array( 3, '19:00', '21:00' ) ),
				'intro'        => 'Designer who cares about accessible interfaces.',
			),
			array(
				'login'        => 'mentor-kenji',
				'name'         => 'Kenji Watanabe',
				'role'         => 'wayfinder_mentor',
				'timezone'     => 'Asia/Tokyo',
				'languages'    => array( 'ja', 'en' ),
				'teams'        => array( 'training', 'support' ),
				'capacity'     => 2,
				'availability' => array( array( 2, '20:00', '22:00' ), array( 5, '20:00', '22:00' ) ),
				'intro'        => 'Learn WordPress facilitator and support forum moderator.',
			),
			array(
				'login'        => 'mentor-grace',
				'name'         => 'Grace Miller',
				'role'         => 'wayfinder_mentor',
				'timezone'     => 'America/New_York',
				'languages'    => array( 'en', 'fr' ),
				'teams'        => array( 'core', 'accessibility', 'docs' ),
				'capacity'     => 5,
				'availability' => array( array( 1, '12:00', '14:00' ), array( 2, '12:00', '14:00' ), array( 4, '12:00', '14:00' ) ),
				'intro'        => 'Accessibility team rep; I mentor core and docs newcomers.',
			),
			array(
				'login'        => 'reviewer',
				'name'         => 'Sam Taylor',
				'role'         => 'wayfinder_reviewer',
				'timezone'     => 'Europe/London',
				'languages'    => array( 'en' ),
				'teams'        => array( 'community' ),
				'availability' => array( array( 3, '10:00', '12:00' ) ),
				'intro'        => 'I review cohort applications.',
			),
			array(
				'login'        => 'team-rep',
				'name'         => 'Mateo García',
				'role'         => 'wayfinder_team_rep',
				'timezone'     => 'Europe/Madrid',
				'languages'    => array( 'es', 'en' ),
				'teams'        => array( 'polyglots' ),
				'availability' => array( array( 4, '17:00', '19:00' ) ),
				'intro'        => 'Polyglots team representative; I welcome graduates.',
			),
			array(
				'login'        => 'mentee-lucas',
				'name'         => 'Lucas Oliveira',
				'role'         => 'subscriber',
				'timezone'     => 'America/Sao_Paulo',
				'languages'    => array( 'pt', 'en' ),
				'teams'        => array( 'design' ),
				'availability' => array( array( 1, '18:00', '22:00' ), array( 3, '18:00', '22:00' ) ),
				'intro'        => 'Product designer who wants to contribute to Gutenberg.',
			),
			array(
				'login'        => 'mentee-aisha',
				'name'         => 'Aisha Bello',
				'role'         => 'subscriber',
				'timezone'     => 'Africa/Lagos',
				'languages'    => array( 'en', 'yo' ),
				'teams'        => array( 'core', 'test' ),
				'availability' => array( array( 2, '12:00', '14:00' ), array( 2, '17:00', '21:00' ), array( 4, '17:00', '21:00' ) ),
				'intro'        => 'PHP developer; I would like to fix my first core ticket.',
			),
			array(
				'login'        => 'mentee-tamil',
				'name'         => 'Karthik Subramanian',
				'role'         => 'subscriber',
				'timezone'     => 'Asia/Kolkata',
				'languages'    => array( 'ta', 'en' ),
				'teams'        => array( 'polyglots' ),
				'availability' => array( array( 6, '09:00', '12:00' ), array( 7, '09:00', '12:00' ) ),
				'intro'        => 'I want to translate WordPress into Tamil.',
			),
			array(
				'login'        => 'mentee-emily',
				'name'         => 'Emily Chen',
				'role'         => 'subscriber',
				'timezone'     => 'Australia/Sydney',
				'languages'    => array( 'en' ),
				'teams'        => array( 'docs', 'training' ),
				'availability' => array( array( 2, '07:00', '09:00' ), array( 5, '07:00', '09:00' ) ),
				'intro'        => 'Technical writer looking for a way into the docs team.',
			),
			array(
				'login'        => 'mentee-yuki',
				'name'         => 'Yuki Tanaka',
				'role'         => 'subscriber',
				'timezone'     => 'Asia/Tokyo',
				'languages'    => array( 'ja' ),
				'teams'        => array( 'support' ),
				'availability' => array( array( 5, '19:00', '23:00' ) ),
				'intro'        => 'I answer questions in the Japanese forums and want to do more.',
			),
			array(
				'login'        => 'mentee-jonas',
				'name'         => 'Jonas Weber',
				'role'         => 'subscriber',
				'timezone'     => 'Europe/Berlin',
				'languages'    => array( 'de', 'en' ),
				'teams'        => array( 'core' ),
				'availability' => array( array( 2, '19:00', '21:00' ) ),
				'intro'        => 'Student, JavaScript, curious about the block editor.',
			),
			array(
				'login'        => 'mentee-sofia',
				'name'         => 'Sofía Ramírez',
				'role'         => 'subscriber',
				'timezone'     => 'America/Mexico_City',
				'languages'    => array( 'es' ),
				'teams'        => array( 'polyglots', 'community' ),
				'availability' => array( array( 6, '10:00', '14:00' ) ),
				'intro'        => 'Meetup organiser; I want to help translate and run events.',
			),
			array(
				'login'        => 'mentee-omar',
				'name'         => 'Omar Haddad',
				'role'         => 'subscriber',
				'timezone'     => 'America/New_York',
				'languages'    => array( 'en', 'ar' ),
				'teams'        => array( 'accessibility', 'test' ),
				'availability' => array( array( 1, '12:00', '13:00' ), array( 4, '12:00', '13:00' ) ),
				'intro'        => 'QA engineer; I test with screen readers every day.',
			),
			array(
				'login'        => 'mentee-kofi',
				'name'         => 'Kofi Mensah',
				'role'         => 'subscriber',
				'timezone'     => 'Africa/Accra',
				'languages'    => array( 'en', 'tw' ),
				'teams'        => array( 'core', 'test' ),
				'availability' => array( array( 2, '17:00', '19:00' ), array( 4, '17:00', '19:00' ) ),
				'intro'        => 'Backend developer in the cohort; I want to learn how core tickets move.',
			),
			array(
				'login'        => 'mentee-ines',
				'name'         => 'Inês Costa',
				'role'         => 'subscriber',
				'timezone'     => 'Europe/Lisbon',
				'languages'    => array( 'pt', 'en' ),
				'teams'        => array( 'design', 'accessibility' ),
				'availability' => array( array( 1, '21:00', '23:00' ), array( 3, '21:00', '23:00' ) ),
				'intro'        => 'Designer new to open source, in the cohort.',
			),
		);
	}
}
