<?php
/**
 * The survey reports: per kind of wave, who was asked and who answered; per question, its answers
 * (mean, distribution, share agreeing, NPS with its margin, the texts); for linked surveys the matched
 * pairs of two waves with the change and its 95 % confidence interval; and the rows of the answers
 * export. The rules live here: the small-group rule (a figure from fewer answers than the setting is
 * withheld, with a sentence why), text answers for coordinators only, team representatives see their
 * own audience's surveys in aggregate only, and an anonymous survey never names or orders anyone.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;
use WP_Error;

final class SurveyReports {

	/** The pairs a report can compare: before kind => the after kinds it pairs with. */
	public const PAIRS = array(
		Wave::PRE   => array( Wave::POST, Wave::FOLLOW_UP ),
		Wave::POST  => array( Wave::FOLLOW_UP ),
		Wave::START => array( Wave::COMPLETION ),
	);

	public function __construct(
		private readonly ReportRepository $reports = new ReportRepository(),
		private readonly WaveRepository $waves = new WaveRepository(),
		private readonly SurveyVersionRepository $versions = new SurveyVersionRepository(),
	) {
	}

	/**
	 * The survey if $viewer may read its report: coordinators any survey, team representatives the
	 * published surveys of their own audience.
	 *
	 * @return Survey|WP_Error
	 */
	public function readable( int $survey_id, int $viewer ) {
		$survey = SurveyPostType::find( $survey_id );
		if ( null === $survey ) {
			return new WP_Error( 'wayfinder_survey_not_found', __( 'There is no survey with this ID; it may have been deleted.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( Capabilities::can_coordinate( $viewer ) ) {
			return $survey;
		}
		if ( Capabilities::can_represent_team( $viewer ) && Survey::TEAM_REPS === $survey->audience && 'publish' === $survey->status ) {
			return $survey;
		}
		return new WP_Error( 'wayfinder_survey_report_forbidden', __( 'Team representatives can read the reports of the team representatives’ surveys only; ask a mentoring coordinator for the others.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	/**
	 * The report of a survey, for all its cohorts (null) or one (0: the 1:1 mentorships).
	 *
	 * @return array<string, mixed>|WP_Error
	 */
	public function report( int $survey_id, ?int $cohort_id, string $before, string $after, int $viewer ) {
		$survey = $this->readable( $survey_id, $viewer );
		if ( is_wp_error( $survey ) ) {
			return $survey;
		}
		if ( ! in_array( $after, self::PAIRS[ $before ] ?? array(), true ) ) {
			return new WP_Error( 'wayfinder_survey_pair', __( 'Before and after must be two points of the program in order: before the cohort and at its end or three months later, at its end and three months later, or the start and the end of a mentorship.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$coordinator = Capabilities::can_coordinate( $viewer );
		$min         = Settings::report_min_group();
		$waves       = $this->waves_of( $survey_id, $cohort_id );
		$by_kind     = $this->by_kind( $waves );
		$catalogue   = $this->catalogue( $survey );
		$wave_ids    = array_map( static fn ( Wave $wave ): int => $wave->id, $waves );
		return array(
			'survey'     => array(
				'id'             => $survey->id,
				'title'          => $survey->title,
				'audience'       => $survey->audience,
				'audience_label' => Survey::audience_labels()[ $survey->audience ] ?? $survey->audience,
				'anonymous'      => $survey->anonymous,
			),
			'cohort'     => $cohort_id,
			'min_group'  => $min,
			'texts_note' => $coordinator ? null : __( 'Text answers are shown to mentoring coordinators only.', 'wayfinder' ),
			'waves'      => $this->wave_rows( $by_kind, $this->reports->wave_counts( $wave_ids ) ),
			'questions'  => $this->question_rows( $catalogue, $by_kind, $wave_ids, $coordinator, $min ),
			'pairs'      => $this->pairs( $survey, $catalogue, $by_kind, $before, $after, $min ),
		);
	}

	/**
	 * The rows of the answers export (coordinators only; the route checks): each response with its
	 * random ID, wave, cohort, version and day, the person for a linked survey, and each answer.
	 *
	 * @return array{anonymous: bool, columns: list<array{key: string, label: string}>, rows: list<array<string, string>>}|WP_Error
	 */
	public function answers( int $survey_id, ?int $cohort_id, int $viewer ) {
		$survey = $this->readable( $survey_id, $viewer );
		if ( is_wp_error( $survey ) ) {
			return $survey;
		}
		if ( ! Capabilities::can_coordinate( $viewer ) ) {
			return new WP_Error( 'wayfinder_survey_answers_forbidden', __( 'Only mentoring coordinators can export the answers.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		$waves   = array();
		$cohorts = array();
		foreach ( $this->waves_of( $survey_id, $cohort_id ) as $wave ) {
			$waves[ $wave->id ] = $wave;
		}
		$versions = array();
		foreach ( $this->versions->of_survey( $survey_id ) as $version ) {
			$versions[ $version->id ] = $version->version;
		}
		$catalogue = $this->catalogue( $survey );
		$columns   = array(
			array(
				'key'   => 'response',
				'label' => __( 'Response', 'wayfinder' ),
			),
			array(
				'key'   => 'wave',
				'label' => __( 'Wave', 'wayfinder' ),
			),
			array(
				'key'   => 'cohort',
				'label' => __( 'Cohort', 'wayfinder' ),
			),
			array(
				'key'   => 'version',
				'label' => __( 'Version', 'wayfinder' ),
			),
			array(
				'key'   => 'day',
				'label' => __( 'Answered on', 'wayfinder' ),
			),
		);
		if ( ! $survey->anonymous ) {
			$columns[] = array(
				'key'   => 'name',
				'label' => __( 'Name', 'wayfinder' ),
			);
			$columns[] = array(
				'key'   => 'email',
				'label' => __( 'Email', 'wayfinder' ),
			);
		}
		foreach ( $catalogue as $key => $question ) {
			$columns[] = array(
				'key'   => 'q_' . $key,
				'label' => $question['text'],
			);
		}
		$responses = $this->reports->responses( array_keys( $waves ), $survey->anonymous );
		$answers   = $this->reports->answers_of( array_map( static fn ( array $response ): string => $response['id'], $responses ) );
		$labels    = Wave::kind_labels();
		$rows      = array();
		foreach ( $responses as $response ) {
			$wave = $waves[ $response['wave_id'] ];
			if ( ! isset( $cohorts[ $wave->cohort_id ] ) ) {
				$cohorts[ $wave->cohort_id ] = $this->cohort_name( $wave->cohort_id );
			}
			$row = array(
				'response' => $response['id'],
				'wave'     => $labels[ $wave->kind ] ?? $wave->kind,
				'cohort'   => $cohorts[ $wave->cohort_id ],
				'version'  => (string) ( $versions[ $response['version_id'] ] ?? '' ),
				'day'      => $response['day'],
			);
			if ( ! $survey->anonymous ) {
				$user         = null === $response['user_id'] ? false : get_userdata( $response['user_id'] );
				$row['name']  = $user instanceof \WP_User ? $user->display_name : '';
				$row['email'] = $user instanceof \WP_User ? $user->user_email : '';
			}
			foreach ( array_keys( $catalogue ) as $key ) {
				$row[ 'q_' . $key ] = '';
			}
			foreach ( $answers[ $response['id'] ] ?? array() as $answer ) {
				$cell         = null !== $answer->number ? (string) $answer->number : ( '' !== $answer->choice ? $answer->choice : (string) $answer->text );
				$name         = 'q_' . $answer->question;
				$row[ $name ] = isset( $row[ $name ] ) && '' !== $row[ $name ] ? $row[ $name ] . '; ' . $cell : $cell;
			}
			$rows[] = $row;
		}
		return array(
			'anonymous' => $survey->anonymous,
			'columns'   => $columns,
			'rows'      => $rows,
		);
	}

	/**
	 * For the coordinators' list of surveys: each survey's newest version and how many responses it
	 * has (0 and 0 for a survey never saved with questions or never answered).
	 *
	 * @return list<array{survey: int, version: int, answers: int}>
	 */
	public function summaries(): array {
		$rows = array();
		foreach ( $this->reports->summaries() as $survey => $figures ) {
			$rows[] = array( 'survey' => $survey ) + $figures;
		}
		return $rows;
	}

	/**
	 * For "What representatives said" in My mentorship: the reports of the published team
	 * representatives' surveys that have at least one figure to show, as a team representative sees them.
	 *
	 * @return list<array<string, mixed>>
	 */
	public function for_representative( int $user_id ): array {
		if ( ! Capabilities::can_represent_team( $user_id ) ) {
			return array();
		}
		$found = array();
		foreach ( SurveyPostType::published_for( Survey::TEAM_REPS, Wave::FOLLOW_UP ) as $survey ) {
			$report = $this->report( $survey->id, null, Wave::PRE, Wave::POST, $user_id );
			if ( is_wp_error( $report ) ) {
				continue;
			}
			foreach ( (array) $report['questions'] as $question ) {
				foreach ( (array) $question['waves'] as $wave ) {
					if ( null === $wave['withheld'] && ( null !== $wave['mean'] || array() !== $wave['distribution'] ) ) {
						$found[] = $report;
						continue 3;
					}
				}
			}
		}
		return $found;
	}

	/** Why a figure from $n answers (or pairs) is withheld; null when it is shown. */
	public static function withheld( int $n, int $min, bool $pairs = false ): ?string {
		if ( $n >= $min ) {
			return null;
		}
		if ( 0 === $n ) {
			return $pairs ? __( 'Nobody answered both times yet.', 'wayfinder' ) : __( 'No answers yet.', 'wayfinder' );
		}
		return sprintf(
			$pairs
				/* translators: 1: how many people answered both times, 2: the fewest a report shows. */
				? _n( 'Withheld: %1$d person answered both times, and a report shows a group of at least %2$d so nobody can be recognised.', 'Withheld: %1$d people answered both times, and a report shows a group of at least %2$d so nobody can be recognised.', $n, 'wayfinder' )
				/* translators: 1: how many answered, 2: the fewest a report shows. */
				: _n( 'Withheld: %1$d answer, and a report shows a group of at least %2$d so nobody can be recognised.', 'Withheld: %1$d answers, and a report shows a group of at least %2$d so nobody can be recognised.', $n, 'wayfinder' ),
			$n,
			$min
		);
	}

	/** @return list<Wave> */
	private function waves_of( int $survey_id, ?int $cohort_id ): array {
		$waves = $this->waves->of_survey( $survey_id );
		return null === $cohort_id ? $waves : array_values( array_filter( $waves, static fn ( Wave $wave ): bool => $wave->cohort_id === $cohort_id ) );
	}

	/**
	 * @param list<Wave> $waves
	 * @return array<string, list<Wave>> Kind => its waves, kinds in the program's order.
	 */
	private function by_kind( array $waves ): array {
		$by_kind = array();
		foreach ( Wave::KINDS as $kind ) {
			$of_kind = array_values( array_filter( $waves, static fn ( Wave $wave ): bool => $wave->kind === $kind ) );
			if ( array() !== $of_kind ) {
				$by_kind[ $kind ] = $of_kind;
			}
		}
		return $by_kind;
	}

	/**
	 * Every question asked in any version, by key (the same key is the same question): its current
	 * type and words, the words it had before when they changed, and its options.
	 *
	 * @return array<string, array{type: string, text: string, texts: list<string>, choices: list<string>}>
	 */
	private function catalogue( Survey $survey ): array {
		$lists = array_map( static fn ( SurveyVersion $version ): array => $version->questions, $this->versions->of_survey( $survey->id ) );
		// The survey's current questions last, so their type and words win and their order leads.
		$lists[]   = $survey->questions;
		$catalogue = array();
		foreach ( array_reverse( $lists ) as $questions ) {
			foreach ( $questions as $question ) {
				if ( ! isset( $catalogue[ $question->key ] ) ) {
					$catalogue[ $question->key ] = array(
						'type'    => $question->type,
						'text'    => $question->text,
						'texts'   => array(),
						'choices' => array(),
					);
				}
				if ( ! in_array( $question->text, $catalogue[ $question->key ]['texts'], true ) ) {
					$catalogue[ $question->key ]['texts'][] = $question->text;
				}
				foreach ( $question->choices as $choice ) {
					if ( ! in_array( $choice, $catalogue[ $question->key ]['choices'], true ) ) {
						$catalogue[ $question->key ]['choices'][] = $choice;
					}
				}
			}
		}
		return $catalogue;
	}

	/**
	 * @param array<string, list<Wave>>                           $by_kind
	 * @param array<int, array{invited: int, answered: int}> $counts
	 * @return list<array<string, mixed>>
	 */
	private function wave_rows( array $by_kind, array $counts ): array {
		$labels = Wave::kind_labels();
		$rows   = array();
		foreach ( $by_kind as $kind => $waves ) {
			$invited  = 0;
			$answered = 0;
			foreach ( $waves as $wave ) {
				$invited  += $counts[ $wave->id ]['invited'] ?? 0;
				$answered += $counts[ $wave->id ]['answered'] ?? 0;
			}
			$rows[] = array(
				'kind'          => $kind,
				'kind_label'    => $labels[ $kind ] ?? $kind,
				'waves'         => count( $waves ),
				'invited'       => $invited,
				'answered'      => $answered,
				'response_rate' => $invited > 0 ? round( min( 1, $answered / $invited ), 4 ) : null,
			);
		}
		return $rows;
	}

	/**
	 * @param array<string, array{type: string, text: string, texts: list<string>, choices: list<string>}> $catalogue
	 * @param array<string, list<Wave>>                                                                   $by_kind
	 * @param list<int>                                                                                   $wave_ids
	 * @return list<array<string, mixed>>
	 */
	private function question_rows( array $catalogue, array $by_kind, array $wave_ids, bool $coordinator, int $min ): array {
		$kind_of = array();
		foreach ( $by_kind as $kind => $waves ) {
			foreach ( $waves as $wave ) {
				$kind_of[ $wave->id ] = $kind;
			}
		}
		$numbers = array();
		foreach ( $this->reports->number_counts( $wave_ids ) as $row ) {
			$kind = $kind_of[ $row['wave_id'] ];
			$numbers[ $row['question'] ][ $kind ][ $row['value'] ] = ( $numbers[ $row['question'] ][ $kind ][ $row['value'] ] ?? 0 ) + $row['n'];
		}
		$choice_counts = $this->reports->choice_counts( $wave_ids );
		$choices       = array();
		$answered      = array();
		foreach ( $choice_counts['choices'] as $row ) {
			$kind = $kind_of[ $row['wave_id'] ];
			$choices[ $row['question'] ][ $kind ][ $row['choice'] ] = ( $choices[ $row['question'] ][ $kind ][ $row['choice'] ] ?? 0 ) + $row['n'];
		}
		foreach ( $choice_counts['answered'] as $row ) {
			$kind                                  = $kind_of[ $row['wave_id'] ];
			$answered[ $row['question'] ][ $kind ] = ( $answered[ $row['question'] ][ $kind ] ?? 0 ) + $row['n'];
		}
		$texts = array();
		if ( $coordinator ) {
			foreach ( $this->reports->texts( $wave_ids ) as $row ) {
				$texts[ $row['question'] ][ $kind_of[ $row['wave_id'] ] ][] = $row['text'];
			}
		}
		$labels = Wave::kind_labels();
		$rows   = array();
		foreach ( $catalogue as $key => $question ) {
			$per_wave = array();
			foreach ( array_keys( $by_kind ) as $kind ) {
				$entry = array(
					'kind'           => $kind,
					'kind_label'     => $labels[ $kind ] ?? $kind,
					'n'              => 0,
					'withheld'       => null,
					'mean'           => null,
					'share_agreeing' => null,
					'distribution'   => array(),
					'nps'            => null,
					'texts'          => null,
				);
				if ( in_array( $question['type'], array( Question::AGREE, Question::NPS ), true ) ) {
					$entry = $this->numeric_entry( $entry, $question['type'], $numbers[ $key ][ $kind ] ?? array(), $min );
				} elseif ( in_array( $question['type'], array( Question::SINGLE, Question::MULTIPLE ), true ) ) {
					$entry['n']        = $answered[ $key ][ $kind ] ?? 0;
					$entry['withheld'] = self::withheld( $entry['n'], $min );
					if ( null === $entry['withheld'] ) {
						$counted = $choices[ $key ][ $kind ] ?? array();
						foreach ( array_unique( array_merge( $question['choices'], array_map( 'strval', array_keys( $counted ) ) ) ) as $choice ) {
							$entry['distribution'][] = array(
								'value' => $choice,
								'label' => $choice,
								'count' => $counted[ $choice ] ?? 0,
							);
						}
					}
				} else {
					$given             = $texts[ $key ][ $kind ] ?? array();
					$entry['n']        = count( $given );
					$entry['withheld'] = $coordinator ? self::withheld( $entry['n'], $min ) : __( 'Text answers are shown to mentoring coordinators only.', 'wayfinder' );
					$entry['texts']    = $coordinator && null === $entry['withheld'] ? $given : null;
					$entry['n']        = $coordinator ? $entry['n'] : 0;
				}
				$per_wave[] = $entry;
			}
			$rows[] = array(
				'key'     => $key,
				'type'    => $question['type'],
				'text'    => $question['text'],
				'changed' => count( $question['texts'] ) > 1
					/* translators: %s: the earlier words of the question, separated by " / ". */
					? sprintf( __( 'The words of this question changed between versions; answers to every version are counted together. Earlier: %s', 'wayfinder' ), implode( ' / ', array_slice( $question['texts'], 1 ) ) )
					: null,
				'waves'   => $per_wave,
			);
		}
		return $rows;
	}

	/**
	 * @param array<string, mixed> $entry
	 * @param array<int, int>      $counts Point => how many.
	 * @return array<string, mixed>
	 */
	private function numeric_entry( array $entry, string $type, array $counts, int $min ): array {
		$values = array();
		foreach ( $counts as $value => $n ) {
			$values = array_merge( $values, array_fill( 0, $n, (int) $value ) );
		}
		$entry['n']        = count( $values );
		$entry['withheld'] = self::withheld( $entry['n'], $min );
		if ( null !== $entry['withheld'] ) {
			return $entry;
		}
		$entry['mean'] = round( (float) Stats::mean( $values ), 4 );
		if ( Question::AGREE === $type ) {
			$entry['share_agreeing'] = round( (float) Stats::share_agreeing( $values ), 4 );
			foreach ( Question::agree_labels() as $point => $label ) {
				$entry['distribution'][] = array(
					'value' => (string) $point,
					'label' => $label,
					'count' => $counts[ $point ] ?? 0,
				);
			}
			return $entry;
		}
		for ( $point = 0; $point <= 10; $point++ ) {
			$entry['distribution'][] = array(
				'value' => (string) $point,
				'label' => (string) $point,
				'count' => $counts[ $point ] ?? 0,
			);
		}
		$nps = Stats::nps( $values );
		if ( null === $nps ) {
			return $entry;
		}
		$entry['nps'] = array(
			'n'          => $entry['n'],
			'score'      => round( (float) $nps['score'], 2 ),
			'margin'     => round( (float) $nps['margin'], 2 ),
			'promoters'  => round( (float) $nps['promoters'], 2 ),
			'passives'   => round( (float) $nps['passives'], 2 ),
			'detractors' => round( (float) $nps['detractors'], 2 ),
		);
		return $entry;
	}

	/**
	 * The matched pairs of a linked survey between two kinds of wave: each person (and mentorship) who
	 * answered both, within the same cohort.
	 *
	 * @param array<string, array{type: string, text: string, texts: list<string>, choices: list<string>}> $catalogue
	 * @param array<string, list<Wave>>                                                                   $by_kind
	 * @return array<string, mixed>
	 */
	private function pairs( Survey $survey, array $catalogue, array $by_kind, string $before, string $after, int $min ): array {
		$labels = Wave::kind_labels();
		$pairs  = array(
			'before'       => $before,
			'after'        => $after,
			'before_label' => $labels[ $before ] ?? $before,
			'after_label'  => $labels[ $after ] ?? $after,
			'note'         => null,
			'questions'    => array(),
		);
		if ( $survey->anonymous ) {
			$pairs['note'] = __( 'This survey is anonymous: answers are not kept with the person, so nobody’s answers before and after can be paired.', 'wayfinder' );
			return $pairs;
		}
		if ( ! isset( $by_kind[ $before ], $by_kind[ $after ] ) ) {
			/* translators: 1: the earlier point of the program, 2: the later one. */
			$pairs['note'] = sprintf( __( 'There are no pairs until the survey has been asked both “%1$s” and “%2$s”.', 'wayfinder' ), $pairs['before_label'], $pairs['after_label'] );
			return $pairs;
		}
		$side = array();
		$wave = array();
		foreach ( array( $before, $after ) as $index => $kind ) {
			foreach ( $by_kind[ $kind ] as $one ) {
				$side[ $one->id ] = $index;
				$wave[ $one->id ] = $one;
			}
		}
		$answers = array();
		foreach ( $this->reports->linked_numbers( array_keys( $side ) ) as $row ) {
			$who = $wave[ $row['wave_id'] ]->cohort_id . ':' . $row['user_id'] . ':' . $row['match_id'];
			$answers[ $row['question'] ][ $who ][ $side[ $row['wave_id'] ] ] = $row['value'];
		}
		foreach ( $catalogue as $key => $question ) {
			if ( ! in_array( $question['type'], array( Question::AGREE, Question::NPS ), true ) ) {
				continue;
			}
			$matched = array_values( array_filter( $answers[ $key ] ?? array(), static fn ( array $both ): bool => isset( $both[0], $both[1] ) ) );
			$matched = array_map( static fn ( array $both ): array => array( (int) $both[0], (int) $both[1] ), $matched );
			$row     = array(
				'key'          => $key,
				'type'         => $question['type'],
				'text'         => $question['text'],
				'n'            => count( $matched ),
				'withheld'     => self::withheld( count( $matched ), $min, true ),
				'before'       => null,
				'after'        => null,
				'change'       => null,
				'low'          => null,
				'high'         => null,
				'agree_before' => null,
				'agree_after'  => null,
			);
			$change  = null === $row['withheld'] ? Stats::paired_change( $matched ) : null;
			if ( null !== $change ) {
				$row['before'] = round( $change['before'], 4 );
				$row['after']  = round( $change['after'], 4 );
				$row['change'] = round( $change['change'], 4 );
				$row['low']    = null === $change['low'] ? null : round( $change['low'], 4 );
				$row['high']   = null === $change['high'] ? null : round( $change['high'], 4 );
				if ( Question::AGREE === $question['type'] ) {
					$row['agree_before'] = round( (float) Stats::share_agreeing( array_column( $matched, 0 ) ), 4 );
					$row['agree_after']  = round( (float) Stats::share_agreeing( array_column( $matched, 1 ) ), 4 );
				}
			}
			$pairs['questions'][] = $row;
		}
		return $pairs;
	}

	private function cohort_name( int $cohort_id ): string {
		if ( 0 === $cohort_id ) {
			return __( '1:1 mentorships', 'wayfinder' );
		}
		$title = get_the_title( $cohort_id );
		/* translators: %d: a cohort's ID. */
		return '' !== $title ? $title : sprintf( __( 'Cohort %d', 'wayfinder' ), $cohort_id );
	}
}
