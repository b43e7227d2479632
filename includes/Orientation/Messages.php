<?php
/**
 * The quiz's sentences. The scorer, the answer checks and the reachability check speak in codes with
 * parameters; Messages turns them into English, QuizMessages into the site's language.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

class Messages {

	/** @return array<string, string> Code => sprintf template with numbered placeholders. */
	protected function templates(): array {
		return array(
			'answers.too_long'       => 'The answers are too long: at most %1$s characters.',
			'answers.malformed'      => 'The answers may hold only digits, lowercase letters and dots, such as 1.02.3.',
			'answers.wrong_count'    => 'The answers are for %1$s questions, but this quiz has %2$s. Take the quiz again for a new link.',
			'answers.repeated'       => 'Question %1$s lists the same answer twice.',
			'answers.no_such_answer' => 'Question %1$s has no answer %2$s.',
			'answers.one_only'       => 'Question %1$s takes one answer, but %2$s were given.',
			'answers.not_an_answer'  => 'The answer to question %1$s is not one of its answers.',
			'answers.unanswered'     => 'Choose an answer to question %1$s.',
			'reason.chosen'          => 'Because you chose %1$s.',
			'reason.fallback'        => 'None of your answers pointed to one team in particular, and this team welcomes newcomers whatever they bring.',
			'reach.proven'           => 'Comes out on top, for example, with these answers: %1$s.',
			'reach.no_points'        => 'No answer gives this team points, so it never comes out on top. Give it points on an answer that suits it.',
			'reach.dominated'        => 'Never scores as high as %1$s: whatever the answers, %1$s gets at least %2$s more points. Give this team more points than %1$s on an answer such as “%3$s”, or fewer to %1$s there.',
			'reach.unproven'         => 'No set of answers was found that puts it first: the closest still ranks %1$s above it by %2$s points. Give this team more points on an answer such as “%3$s”, or fewer to %1$s there.',
			'reach.unproven_tie'     => 'No set of answers was found that puts it first: the closest ties with %1$s, which wins the tie. Give this team one more point on an answer such as “%3$s”, or one fewer to %1$s there.',
		);
	}

	/** @param list<string|int|float> $params */
	public function format( string $code, array $params = array() ): string {
		$template = $this->templates()[ $code ] ?? $code;
		return vsprintf( $template, $params );
	}

	/** @param list<string> $items E.g. "translating and Spanish". */
	public function list_of( array $items ): string {
		if ( count( $items ) < 2 ) {
			return implode( '', $items );
		}
		$last = (string) array_pop( $items );
		return implode( ', ', $items ) . ' and ' . $last;
	}

	/**
	 * Why a team is recommended: "Because you chose translating and Spanish." (at most $max answers,
	 * those that gave it most points).
	 */
	public function explain( Quiz $quiz, Recommendation $recommendation, int $max = 3 ): string {
		if ( $recommendation->fallback || array() === $recommendation->reasons ) {
			return $this->format( 'reason.fallback' );
		}
		$phrases = array();
		foreach ( $recommendation->reasons as $reason ) {
			$phrases[] = $quiz->questions[ $reason['question'] ]->answers[ $reason['answer'] ]->reason_phrase();
		}
		return $this->format( 'reason.chosen', array( $this->list_of( array_slice( array_values( array_unique( $phrases ) ), 0, $max ) ) ) );
	}

	/**
	 * The reachability verdict for one team, in a sentence for the quiz's editor.
	 *
	 * @param callable(string): string $name Team slug => the team's name.
	 */
	public function describe( Quiz $quiz, TeamReach $reach, callable $name ): string {
		$label = static fn ( ?array $at ): string => null === $at ? '' : $quiz->questions[ $at[0] ]->answers[ $at[1] ]->label;
		if ( $reach->proven() && null !== $reach->witness ) {
			$answers = array_map( fn ( array $pair ): string => $this->quote( $label( $pair ) ), $reach->witness->pairs() );
			return $this->format( $reach->code, array( $this->list_of( $answers ) ) );
		}
		return $this->format( $reach->code, array( $name( $reach->rival ), $reach->gap, $label( $reach->hint ) ) );
	}

	/** A quoted answer, as reasons and the reachability check name it. */
	public function quote( string $text ): string {
		return '“' . $text . '”';
	}
}
