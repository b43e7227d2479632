<?php
/**
 * The quiz Wayfinder adds on activation: what people do with WordPress, what they care about, their
 * skills and their time, with points towards today's Make WordPress teams (the slugs TeamSeeder adds).
 * Every team that takes newcomers can come out on top (see the integration tests).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class DefaultQuiz {

	public static function title(): string {
		return __( 'Get involved: which team fits you?', 'wayfinder' );
	}

	/**
	 * Each answer: [label, the phrase a recommendation quotes, points towards teams].
	 *
	 * @return array<string, mixed> The stored shape (see Quiz::to_array()).
	 */
	public static function definition(): array {
		$question = static function ( string $text, string $type, array $answers ): array {
			return array(
				'text'    => $text,
				'type'    => $type,
				'answers' => array_map(
					static fn ( array $answer ): array => array(
						'label'   => $answer[0],
						'reason'  => $answer[1],
						'weights' => $answer[2],
					),
					$answers
				),
			);
		};
		return array(
			'intro'    => __( 'Four short questions, and you will see the teams that fit you best, why, and how to start — with a mentor if you like.', 'wayfinder' ),
			'fallback' => 'support',
			'results'  => array(),
			'steps'    => array(
				array(
					'title'     => __( 'What you do with WordPress', 'wayfinder' ),
					'questions' => array(
						$question(
							__( 'What do you do with WordPress today? Choose all that apply.', 'wayfinder' ),
							Quiz::QUESTION_MULTI,
							array(
								array(
									__( 'I build sites, for clients or for myself', 'wayfinder' ),
									__( 'building sites', 'wayfinder' ),
									array(
										'themes'      => 2,
										'design'      => 1,
										'performance' => 1,
										'hosting'     => 1,
										'test'        => 1,
									),
								),
								array(
									__( 'I develop plugins, themes or WordPress itself', 'wayfinder' ),
									__( 'developing for WordPress', 'wayfinder' ),
									array(
										'core'    => 3,
										'themes'  => 1,
										'cli'     => 1,
										'meta'    => 1,
										'plugins' => 2,
									),
								),
								array(
									__( 'I write and publish on a WordPress site', 'wayfinder' ),
									__( 'publishing with WordPress', 'wayfinder' ),
									array(
										'support'   => 1,
										'docs'      => 1,
										'marketing' => 1,
										'polyglots' => 1,
										'test'      => 1,
									),
								),
								array(
									__( 'I run servers or a hosting service', 'wayfinder' ),
									__( 'running servers', 'wayfinder' ),
									array(
										'hosting'        => 3,
										'performance'    => 1,
										'cli'            => 1,
										'sustainability' => 1,
									),
								),
								array(
									__( 'I teach WordPress or help others learn it', 'wayfinder' ),
									__( 'teaching WordPress', 'wayfinder' ),
									array(
										'training'  => 3,
										'docs'      => 1,
										'community' => 1,
										'support'   => 1,
									),
								),
								array(
									__( 'I organise meetups or WordCamps', 'wayfinder' ),
									__( 'organising events', 'wayfinder' ),
									array(
										'community' => 3,
										'marketing' => 1,
										'tv'        => 1,
									),
								),
								array(
									__( 'I build mobile apps', 'wayfinder' ),
									__( 'building apps', 'wayfinder' ),
									array(
										'mobile' => 3,
										'core'   => 1,
									),
								),
								array(
									__( 'I am new to WordPress', 'wayfinder' ),
									__( 'being new to WordPress', 'wayfinder' ),
									array(
										'test'      => 1,
										'support'   => 1,
										'polyglots' => 1,
										'photos'    => 1,
									),
								),
							)
						),
					),
				),
				array(
					'title'     => __( 'What you care about', 'wayfinder' ),
					'questions' => array(
						$question(
							__( 'What are you passionate about? Choose all that apply.', 'wayfinder' ),
							Quiz::QUESTION_MULTI,
							array(
								array( __( 'A web that everyone can use', 'wayfinder' ), __( 'accessibility', 'wayfinder' ), array( 'accessibility' => 4 ) ),
								array( __( 'Languages and translation', 'wayfinder' ), __( 'translating', 'wayfinder' ), array( 'polyglots' => 4 ) ),
								array(
									__( 'Helping people solve problems', 'wayfinder' ),
									__( 'helping people', 'wayfinder' ),
									array(
										'support'   => 4,
										'community' => 1,
									),
								),
								array(
									__( 'Speed and efficient code', 'wayfinder' ),
									__( 'speed', 'wayfinder' ),
									array(
										'performance' => 4,
										'core'        => 1,
									),
								),
								array(
									__( 'Caring for the planet', 'wayfinder' ),
									__( 'the planet', 'wayfinder' ),
									array(
										'sustainability' => 4,
										'hosting'        => 1,
									),
								),
								array(
									__( 'Open media and free licences', 'wayfinder' ),
									__( 'open media', 'wayfinder' ),
									array(
										'openverse' => 4,
										'photos'    => 1,
									),
								),
								array( __( 'Photography', 'wayfinder' ), __( 'photography', 'wayfinder' ), array( 'photos' => 4 ) ),
								array( __( 'Video and talks', 'wayfinder' ), __( 'video', 'wayfinder' ), array( 'tv' => 4 ) ),
								array( __( 'Telling the world about WordPress', 'wayfinder' ), __( 'spreading the word', 'wayfinder' ), array( 'marketing' => 4 ) ),
								array(
									__( 'Beautiful, clear design', 'wayfinder' ),
									__( 'design', 'wayfinder' ),
									array(
										'design' => 4,
										'themes' => 1,
									),
								),
								array(
									__( 'Finding bugs before others do', 'wayfinder' ),
									__( 'finding bugs', 'wayfinder' ),
									array(
										'test' => 4,
										'core' => 1,
									),
								),
								array( __( 'Documentation that answers the question', 'wayfinder' ), __( 'documentation', 'wayfinder' ), array( 'docs' => 4 ) ),
								array( __( 'Teaching and learning', 'wayfinder' ), __( 'teaching', 'wayfinder' ), array( 'training' => 4 ) ),
								array( __( 'Bringing people together', 'wayfinder' ), __( 'bringing people together', 'wayfinder' ), array( 'community' => 4 ) ),
								array(
									__( 'Tools for developers and the command line', 'wayfinder' ),
									__( 'developer tools', 'wayfinder' ),
									array(
										'cli'  => 4,
										'meta' => 1,
									),
								),
								array( __( 'The websites and tools behind WordPress.org', 'wayfinder' ), __( 'WordPress.org itself', 'wayfinder' ), array( 'meta' => 4 ) ),
								array(
									__( 'Themes and how sites look', 'wayfinder' ),
									__( 'themes', 'wayfinder' ),
									array(
										'themes' => 4,
										'design' => 1,
									),
								),
								array( __( 'Apps for phones and tablets', 'wayfinder' ), __( 'mobile apps', 'wayfinder' ), array( 'mobile' => 4 ) ),
								array( __( 'How WordPress itself is built', 'wayfinder' ), __( 'how WordPress is built', 'wayfinder' ), array( 'core' => 4 ) ),
							)
						),
					),
				),
				array(
					'title'     => __( 'Your skills', 'wayfinder' ),
					'questions' => array(
						$question(
							__( 'Which skills would you like to use? Choose all that apply.', 'wayfinder' ),
							Quiz::QUESTION_MULTI,
							array(
								array(
									__( 'PHP', 'wayfinder' ),
									__( 'PHP', 'wayfinder' ),
									array(
										'core'    => 2,
										'meta'    => 2,
										'cli'     => 2,
										'themes'  => 1,
										'plugins' => 1,
									),
								),
								array(
									__( 'JavaScript and React', 'wayfinder' ),
									__( 'JavaScript', 'wayfinder' ),
									array(
										'core'        => 2,
										'openverse'   => 1,
										'meta'        => 1,
										'performance' => 1,
										'mobile'      => 1,
									),
								),
								array(
									__( 'HTML and CSS', 'wayfinder' ),
									__( 'HTML and CSS', 'wayfinder' ),
									array(
										'themes'        => 2,
										'accessibility' => 2,
										'design'        => 1,
									),
								),
								array( __( 'Python', 'wayfinder' ), __( 'Python', 'wayfinder' ), array( 'openverse' => 3 ) ),
								array( __( 'Swift, Kotlin or React Native', 'wayfinder' ), __( 'mobile development', 'wayfinder' ), array( 'mobile' => 3 ) ),
								array( __( 'Design tools such as Figma', 'wayfinder' ), __( 'design tools', 'wayfinder' ), array( 'design' => 3 ) ),
								array(
									__( 'Writing and editing', 'wayfinder' ),
									__( 'writing', 'wayfinder' ),
									array(
										'docs'      => 3,
										'marketing' => 2,
										'training'  => 1,
									),
								),
								array(
									__( 'A language besides English', 'wayfinder' ),
									__( 'speaking another language', 'wayfinder' ),
									array(
										'polyglots' => 3,
										'support'   => 1,
									),
								),
								array(
									__( 'Testing and quality assurance', 'wayfinder' ),
									__( 'testing', 'wayfinder' ),
									array(
										'test'          => 3,
										'accessibility' => 1,
									),
								),
								array(
									__( 'Servers and DevOps', 'wayfinder' ),
									__( 'servers', 'wayfinder' ),
									array(
										'hosting'     => 3,
										'performance' => 1,
										'meta'        => 1,
									),
								),
								array( __( 'Taking photos', 'wayfinder' ), __( 'taking photos', 'wayfinder' ), array( 'photos' => 3 ) ),
								array( __( 'Video editing and captions', 'wayfinder' ), __( 'video editing', 'wayfinder' ), array( 'tv' => 3 ) ),
								array(
									__( 'Organising and facilitating', 'wayfinder' ),
									__( 'organising', 'wayfinder' ),
									array(
										'community' => 3,
										'training'  => 1,
									),
								),
								array( __( 'Social media and marketing', 'wayfinder' ), __( 'marketing', 'wayfinder' ), array( 'marketing' => 3 ) ),
								array(
									__( 'Measuring and analysing', 'wayfinder' ),
									__( 'measuring', 'wayfinder' ),
									array(
										'performance'    => 2,
										'sustainability' => 2,
									),
								),
							)
						),
					),
				),
				array(
					'title'     => __( 'Your time', 'wayfinder' ),
					'questions' => array(
						$question(
							__( 'How much time do you have for contributing?', 'wayfinder' ),
							Quiz::QUESTION_SINGLE,
							array(
								array(
									__( 'An hour now and then', 'wayfinder' ),
									__( 'an hour now and then', 'wayfinder' ),
									array(
										'photos'    => 1,
										'polyglots' => 1,
										'support'   => 1,
										'test'      => 1,
										'tv'        => 1,
									),
								),
								array(
									__( 'A few hours a week', 'wayfinder' ),
									__( 'a few hours a week', 'wayfinder' ),
									array(
										'accessibility'  => 1,
										'design'         => 1,
										'docs'           => 1,
										'marketing'      => 1,
										'sustainability' => 1,
										'training'       => 1,
									),
								),
								array(
									__( 'A day a week or more', 'wayfinder' ),
									__( 'a day a week or more', 'wayfinder' ),
									array(
										'cli'         => 1,
										'community'   => 1,
										'core'        => 1,
										'hosting'     => 1,
										'meta'        => 1,
										'mobile'      => 1,
										'openverse'   => 1,
										'performance' => 1,
										'themes'      => 1,
									),
								),
							)
						),
					),
				),
			),
		);
	}
}
