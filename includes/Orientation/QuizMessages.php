<?php
/**
 * The quiz's sentences in the site's language: the same as Orientation\Messages, through WordPress's
 * translation functions.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class QuizMessages extends Messages {

	/** @return array<string, string> */
	protected function templates(): array {
		return array(
			/* translators: %1$s: the longest allowed, in characters. */
			'answers.too_long'       => __( 'The answers are too long: at most %1$s characters.', 'wayfinder' ),
			'answers.malformed'      => __( 'The answers may hold only digits, lowercase letters and dots, such as 1.02.3.', 'wayfinder' ),
			/* translators: %1$s: how many questions the answers are for; %2$s: how many the quiz has. */
			'answers.wrong_count'    => __( 'The answers are for %1$s questions, but this quiz has %2$s. Take the quiz again for a new link.', 'wayfinder' ),
			/* translators: %1$s: a question number. */
			'answers.repeated'       => __( 'Question %1$s lists the same answer twice.', 'wayfinder' ),
			/* translators: %1$s: a question number; %2$s: an answer number. */
			'answers.no_such_answer' => __( 'Question %1$s has no answer %2$s.', 'wayfinder' ),
			/* translators: %1$s: a question number; %2$s: how many answers were given. */
			'answers.one_only'       => __( 'Question %1$s takes one answer, but %2$s were given.', 'wayfinder' ),
			/* translators: %1$s: a question number. */
			'answers.not_an_answer'  => __( 'The answer to question %1$s is not one of its answers.', 'wayfinder' ),
			/* translators: %1$s: a question number. */
			'answers.unanswered'     => __( 'Choose an answer to question %1$s.', 'wayfinder' ),
			/* translators: %1$s: the answers that led to the recommendation, as a list, e.g. "translating and Spanish". */
			'reason.chosen'          => __( 'Because you chose %1$s.', 'wayfinder' ),
			'reason.fallback'        => __( 'None of your answers pointed to one team in particular, and this team welcomes newcomers whatever they bring.', 'wayfinder' ),
			/* translators: %1$s: a list of quoted answers. */
			'reach.proven'           => __( 'Comes out on top, for example, with these answers: %1$s.', 'wayfinder' ),
			'reach.no_points'        => __( 'No answer gives this team points, so it never comes out on top. Give it points on an answer that suits it.', 'wayfinder' ),
			/* translators: %1$s: the team that stays ahead; %2$s: by how many points at least; %3$s: an answer. */
			'reach.dominated'        => __( 'Never scores as high as %1$s: whatever the answers, %1$s gets at least %2$s more points. Give this team more points than %1$s on an answer such as “%3$s”, or fewer to %1$s there.', 'wayfinder' ),
			/* translators: %1$s: the team that stays ahead; %2$s: by how many points; %3$s: an answer. */
			'reach.unproven'         => __( 'No set of answers was found that puts it first: the closest still ranks %1$s above it by %2$s points. Give this team more points on an answer such as “%3$s”, or fewer to %1$s there.', 'wayfinder' ),
			/* translators: %1$s: the team that wins the tie; %3$s: an answer. %2$s is not used. */
			'reach.unproven_tie'     => __( 'No set of answers was found that puts it first: the closest ties with %1$s, which wins the tie. Give this team one more point on an answer such as “%3$s”, or one fewer to %1$s there.', 'wayfinder' ),
		);
	}

	/** @param list<string> $items */
	public function list_of( array $items ): string {
		return wp_sprintf_l( '%l', $items );
	}

	public function quote( string $text ): string {
		/* translators: %s: an answer of the quiz, quoted. */
		return sprintf( __( '“%s”', 'wayfinder' ), $text );
	}

	/**
	 * The message for answers that do not fit a quiz, naming the question itself when there is one.
	 */
	public function invalid( InvalidSelection $error, ?Quiz $quiz = null ): string {
		if ( 'unanswered' === $error->reason && null !== $quiz && isset( $quiz->questions[ $error->question ] ) ) {
			/* translators: %s: the question, e.g. How much time do you have? */
			return sprintf( __( 'Choose an answer to “%s”.', 'wayfinder' ), $quiz->questions[ $error->question ]->text );
		}
		return $this->format( 'answers.' . $error->reason, $error->params );
	}
}
