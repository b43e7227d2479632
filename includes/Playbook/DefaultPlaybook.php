<?php
/**
 * The playbook a site starts with, written for a WordPress contributor community: seven steps from
 * the kick-off to the wrap-up. Read from code (never stored) until a coordinator edits it, so each
 * reader gets it in their own language.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Playbook;

final class DefaultPlaybook {

	/** @return list<array{title: string, what_to_do: string, questions: list<string>, drop_offs: string, mentee: string}> */
	public static function steps(): array {
		return array(
			array(
				'title'      => __( 'Kick-off', 'wayfinder' ),
				'what_to_do' => __( 'Say hello to your mentees in the first two days: a short message with who you are, which teams you contribute to and how they can reach you. Join the cohort’s kick-off session, and help your mentees make their WordPress.org profile and join Slack, so nothing technical stands in the way later.', 'wayfinder' ),
				'questions'  => array(
					__( 'What made you want to contribute to WordPress?', 'wayfinder' ),
					__( 'How much time can you give each week, and when suits you best?', 'wayfinder' ),
					__( 'How do you like to be contacted: Slack, email, or something else?', 'wayfinder' ),
				),
				'drop_offs'  => __( 'If someone has not answered after three days, send one friendly note (people are busy, and first messages get lost). Still quiet two days later? Tell the coordinator: they can check in too, and no one is blamed.', 'wayfinder' ),
				'mentee'     => __( 'Say hello to your mentor, join the kick-off session and set up your WordPress.org profile and Slack.', 'wayfinder' ),
			),
			array(
				'title'      => __( 'First 1:1', 'wayfinder' ),
				'what_to_do' => __( 'Meet each mentee for 30 to 45 minutes. Listen more than you talk: learn what they know already, what they hope to get from the cohort, and what worries them. Share a little of your own first contribution, including what went wrong. End by agreeing when you will meet next.', 'wayfinder' ),
				'questions'  => array(
					__( 'What have you built or used with WordPress so far?', 'wayfinder' ),
					__( 'What would make these weeks a success for you?', 'wayfinder' ),
					__( 'Is there anything that makes contributing feel hard or unwelcoming?', 'wayfinder' ),
				),
				'drop_offs'  => __( 'A missed first meeting is common. Offer two new times from your availability and keep it light. After a second miss, ask the coordinator to help: the mentee may need a different time zone or a group instead.', 'wayfinder' ),
				'mentee'     => __( 'Meet your mentor for your first 1:1 and tell them what you hope to learn.', 'wayfinder' ),
			),
			array(
				'title'      => __( 'Setting goals', 'wayfinder' ),
				'what_to_do' => __( 'Help each mentee write two or three goals for the cohort that are small enough to reach: “finish the Learn WordPress course on contributing”, “test one patch”, “translate 50 strings”. Point them to the cohort’s training material and agree which items they will do first.', 'wayfinder' ),
				'questions'  => array(
					__( 'What would you like to be able to do by the end of the cohort?', 'wayfinder' ),
					__( 'Which of these goals excites you most, and which feels too big?', 'wayfinder' ),
					__( 'How will we both know you got there?', 'wayfinder' ),
				),
				'drop_offs'  => __( 'When goals stall, they are usually too big. Cut one in half together. If a mentee goes quiet now, ask whether the timing still works for them; pausing and joining a later cohort is a fine answer.', 'wayfinder' ),
				'mentee'     => __( 'Write two or three small goals with your mentor and start the first training item.', 'wayfinder' ),
			),
			array(
				'title'      => __( 'Choosing a team', 'wayfinder' ),
				'what_to_do' => __( 'Walk through the teams taking part with each mentee and their handbooks. Encourage them to visit one team meeting in Slack (just listening is fine) and read the team’s “getting started” page. If you know someone on that team, introduce them.', 'wayfinder' ),
				'questions'  => array(
					__( 'Which team’s work did you enjoy reading about, and why?', 'wayfinder' ),
					__( 'Would you rather write code, words, designs, translations or tests?', 'wayfinder' ),
					__( 'Which team meeting could you join this week?', 'wayfinder' ),
				),
				'drop_offs'  => __( 'Too many choices can freeze people. Suggest one team and one meeting, and offer to go to it together. If the mentee has stopped answering, write once more and copy the coordinator.', 'wayfinder' ),
				'mentee'     => __( 'Pick a team with your mentor, read its handbook and sit in on one team meeting.', 'wayfinder' ),
			),
			array(
				'title'      => __( 'First contribution', 'wayfinder' ),
				'what_to_do' => __( 'Find a first task with each mentee: a “good first bug” ticket, a docs fix, a translation, a test report or a forum answer. Stay close while they do it, review it before they share it, and celebrate it loudly in the cohort once it lands.', 'wayfinder' ),
				'questions'  => array(
					__( 'What is the smallest thing you could contribute this week?', 'wayfinder' ),
					__( 'Where are you stuck, and what have you tried?', 'wayfinder' ),
					__( 'Who on the team could review this?', 'wayfinder' ),
				),
				'drop_offs'  => __( 'People often go quiet just before their first contribution because they fear getting it wrong. Say that every contributor’s first patch was reviewed and changed. Offer to pair on it live. If the silence lasts a week, let the coordinator know.', 'wayfinder' ),
				'mentee'     => __( 'Make your first contribution, however small, and share it with your mentor.', 'wayfinder' ),
			),
			array(
				'title'      => __( 'The plan', 'wayfinder' ),
				'what_to_do' => __( 'Write the three-month contribution and learning plan together: what the mentee will do next, in which team, and by when. Keep it realistic for the time they have, and name who on the team they can ask once the cohort ends.', 'wayfinder' ),
				'questions'  => array(
					__( 'What would you like to keep doing after the cohort?', 'wayfinder' ),
					__( 'How much time will you really have in the next three months?', 'wayfinder' ),
					__( 'Who will you ask when you are stuck once we stop meeting?', 'wayfinder' ),
				),
				'drop_offs'  => __( 'A mentee who cannot commit to three months can still write a one-month plan; a small plan kept is better than a big one dropped. If someone has left the cohort, thank them and tell the coordinator so the door stays open.', 'wayfinder' ),
				'mentee'     => __( 'Write your three-month contribution and learning plan with your mentor.', 'wayfinder' ),
			),
			array(
				'title'      => __( 'Wrap-up', 'wayfinder' ),
				'what_to_do' => __( 'Hold a last 1:1 to look back at the goals and forward at the plan. Thank each mentee for what they gave, introduce them to the team representative, and answer the cohort’s survey: it helps the next cohort.', 'wayfinder' ),
				'questions'  => array(
					__( 'What are you proudest of from these weeks?', 'wayfinder' ),
					__( 'What would have helped you more?', 'wayfinder' ),
					__( 'What is your next contribution going to be?', 'wayfinder' ),
				),
				'drop_offs'  => __( 'Some people leave quietly at the end. Send a short thank-you anyway, with the link to the team and to the next cohort: many come back later.', 'wayfinder' ),
				'mentee'     => __( 'Meet your mentor one last time, look back at your goals and answer the cohort’s survey.', 'wayfinder' ),
			),
		);
	}
}
