<?php
/**
 * The quiz block on the page: complete HTML without JavaScript (a GET form, step by step, and the
 * result from the same PHP scoring), progressively enhanced by view.ts (Interactivity API).
 * Everything it shows comes from Orientation\QuizBlock::prepare().
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes The block's attributes.
 */

declare(strict_types=1);

use Wayfinder\Orientation\AskForm;
use Wayfinder\Orientation\QuizBlock;
use Wayfinder\Platform\SignUp;

// A public GET form: its answers are anonymous, so there is no nonce to check (see docs/orientation.md).
// phpcs:ignore WordPress.Security.NonceVerification.Recommended
$wayfinder_view = QuizBlock::prepare( (array) $attributes, wp_unslash( $_GET ) );
if ( null === $wayfinder_view ) {
	if ( current_user_can( 'edit_posts' ) ) {
		// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the wrapper attributes are escaped by WordPress.
		printf( '<p %s>%s</p>', get_block_wrapper_attributes(), esc_html__( 'This quiz block has no published quiz to show. Publish one under Mentorship → Quizzes, or pick another in the block settings.', 'wayfinder' ) );
	}
	return;
}
wp_interactivity_state( QuizBlock::STORE, QuizBlock::state() );

$wayfinder_quiz      = $wayfinder_view['quiz'];
$wayfinder_id        = $wayfinder_view['id'];
$wayfinder_context   = $wayfinder_view['context'];
$wayfinder_steps     = $wayfinder_view['steps'];
$wayfinder_selection = $wayfinder_view['selection'];
$wayfinder_count     = count( $wayfinder_steps );
?>
<div
	<?php
	// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress.
	echo get_block_wrapper_attributes(
		array(
			'class' => 'wayfinder-quiz',
			'id'    => $wayfinder_id,
		)
	);
	?>
	data-wp-interactive="<?php echo esc_attr( QuizBlock::STORE ); ?>"
	<?php echo wp_interactivity_data_wp_context( $wayfinder_context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>
>
	<form
		class="wayfinder-quiz__form"
		method="get"
		action="<?php echo esc_url( $wayfinder_view['action'] ); ?>"
		data-wp-bind--hidden="context.showResult"
		data-wp-bind--aria-busy="context.busy"
		data-wp-on--submit="actions.submit"
	>
		<?php foreach ( $wayfinder_view['hidden'] as $wayfinder_name => $wayfinder_value ) : ?>
			<input type="hidden" name="<?php echo esc_attr( $wayfinder_name ); ?>" value="<?php echo esc_attr( $wayfinder_value ); ?>">
		<?php endforeach; ?>
		<input type="hidden" name="wayfinder_quiz" value="<?php echo esc_attr( (string) $wayfinder_quiz->id ); ?>">
		<h2 class="wayfinder-quiz__title"><?php echo esc_html( $wayfinder_quiz->title ); ?></h2>
		<?php if ( '' !== $wayfinder_quiz->intro ) : ?>
			<p class="wayfinder-quiz__intro"><?php echo esc_html( $wayfinder_quiz->intro ); ?></p>
		<?php endif; ?>

		<?php foreach ( $wayfinder_steps as $wayfinder_index => $wayfinder_step ) : ?>
			<fieldset
				class="wayfinder-quiz__step"
				data-wp-bind--hidden="context.stepHidden.<?php echo (int) $wayfinder_index; ?>"
			>
				<legend class="wayfinder-quiz__legend">
					<span class="wayfinder-quiz__progress-text">
						<?php
						/* translators: 1: this step's number; 2: how many steps there are. */
						echo esc_html( sprintf( __( 'Step %1$d of %2$d', 'wayfinder' ), $wayfinder_index + 1, $wayfinder_count ) );
						?>
					</span>
					<span class="wayfinder-quiz__step-title" id="<?php echo esc_attr( $wayfinder_id . '-step-' . $wayfinder_index ); ?>" tabindex="-1"><?php echo esc_html( $wayfinder_step['title'] ); ?></span>
				</legend>
				<div class="wayfinder-quiz__progress" aria-hidden="true">
					<span style="width: <?php echo esc_attr( (string) round( 100 * ( $wayfinder_index + 1 ) / $wayfinder_count ) ); ?>%"></span>
				</div>
				<?php foreach ( $wayfinder_step['questions'] as $wayfinder_number ) : ?>
					<?php $wayfinder_question = $wayfinder_quiz->questions[ $wayfinder_number ]; ?>
					<fieldset class="wayfinder-quiz__question" id="<?php echo esc_attr( $wayfinder_id . '-q' . $wayfinder_number ); ?>">
						<legend class="wayfinder-quiz__question-text"><?php echo esc_html( $wayfinder_question->text ); ?></legend>
						<div class="wayfinder-quiz__answers">
							<?php foreach ( $wayfinder_question->answers as $wayfinder_answer_index => $wayfinder_answer ) : ?>
								<label class="wayfinder-quiz__answer"><input type="<?php echo $wayfinder_question->multiple ? 'checkbox' : 'radio'; ?>" name="<?php echo esc_attr( 'q' . $wayfinder_number . ( $wayfinder_question->multiple ? '[]' : '' ) ); ?>" value="<?php echo esc_attr( (string) $wayfinder_answer_index ); ?>"<?php checked( $wayfinder_selection->has( $wayfinder_number, $wayfinder_answer_index ) ); ?>> <?php echo esc_html( $wayfinder_answer->label ); ?></label>
							<?php endforeach; ?>
						</div>
					</fieldset>
				<?php endforeach; ?>
				<div class="wayfinder-quiz__nav">
					<?php if ( $wayfinder_index > 0 ) : ?>
						<button type="submit" name="wayfinder_step" value="<?php echo (int) $wayfinder_index - 1; ?>" class="wayfinder-quiz__back wp-element-button" data-wp-bind--disabled="context.stepHidden.<?php echo (int) $wayfinder_index; ?>" data-wp-on--click="actions.go"><?php esc_html_e( 'Back', 'wayfinder' ); ?></button>
					<?php endif; ?>
					<?php if ( $wayfinder_index < $wayfinder_count - 1 ) : ?>
						<button type="submit" name="wayfinder_step" value="<?php echo (int) $wayfinder_index + 1; ?>" class="wayfinder-quiz__next wp-element-button" data-wp-bind--disabled="context.stepHidden.<?php echo (int) $wayfinder_index; ?>" data-wp-on--click="actions.go"><?php esc_html_e( 'Next', 'wayfinder' ); ?></button>
					<?php else : ?>
						<button type="submit" name="wayfinder_step" value="done" class="wayfinder-quiz__next wp-element-button" data-wp-bind--disabled="context.stepHidden.<?php echo (int) $wayfinder_index; ?>" data-wp-on--click="actions.go"><?php esc_html_e( 'See my teams', 'wayfinder' ); ?></button>
					<?php endif; ?>
					<?php if ( $wayfinder_index > 0 ) : ?>
						<a class="wayfinder-quiz__restart" href="<?php echo esc_url( $wayfinder_view['page_url'] . '#' . $wayfinder_id ); ?>" data-wp-on--click="actions.restart"><?php esc_html_e( 'Start again', 'wayfinder' ); ?></a>
					<?php endif; ?>
				</div>
			</fieldset>
		<?php endforeach; ?>
		<p class="wayfinder-quiz__error" role="alert" data-wp-bind--hidden="!context.error" data-wp-text="context.error"></p>
	</form>

	<section
		class="wayfinder-quiz__result"
		aria-labelledby="<?php echo esc_attr( $wayfinder_id . '-result' ); ?>"
		data-wp-bind--hidden="!context.showResult"
	>
		<h2 class="wayfinder-quiz__result-title" id="<?php echo esc_attr( $wayfinder_id . '-result' ); ?>" tabindex="-1"><?php esc_html_e( 'Teams for you', 'wayfinder' ); ?></h2>
		<p class="wayfinder-quiz__notice" role="status" data-wp-bind--hidden="!context.notice" data-wp-text="context.notice"></p>
		<p class="wayfinder-quiz__result-intro"><?php esc_html_e( 'The best fit comes first. Each team says why it was recommended and where to start.', 'wayfinder' ); ?></p>
		<ol class="wayfinder-quiz__teams">
			<template data-wp-each--team="context.results" data-wp-each-key="context.team.team">
				<li class="wayfinder-quiz__team" data-wp-bind--id="context.team.anchor" data-wp-class--is-highlighted="context.team.highlight">
					<h3 class="wayfinder-quiz__team-name" data-wp-text="context.team.name"></h3>
					<p class="wayfinder-quiz__reason" data-wp-text="context.team.reason"></p>
					<p class="wayfinder-quiz__text" data-wp-bind--hidden="!context.team.text" data-wp-text="context.team.text"></p>
					<p class="wayfinder-quiz__mentors" data-wp-bind--hidden="!context.team.mentorsText" data-wp-class--has-no-mentors="!context.team.mentors" data-wp-text="context.team.mentorsText"></p>
					<ul class="wayfinder-quiz__links">
						<li data-wp-bind--hidden="!context.team.handbook"><a data-wp-bind--href="context.team.handbook" data-wp-text="context.team.handbookLabel"></a></li>
						<li data-wp-bind--hidden="!context.team.learn"><a data-wp-bind--href="context.team.learn" data-wp-text="context.team.learnLabel"></a></li>
						<li data-wp-bind--hidden="!context.team.chatUrl"><a data-wp-bind--href="context.team.chatUrl" data-wp-text="context.team.chatLabel"></a></li>
						<li data-wp-bind--hidden="!context.team.chatText" data-wp-text="context.team.chatText"></li>
					</ul>
					<?php if ( $wayfinder_view['signed_in'] ) : ?>
						<form class="wayfinder-quiz__ask" method="post" action="<?php echo esc_url( $wayfinder_view['ask_url'] ); ?>" data-wp-bind--hidden="context.team.asked" data-wp-on--submit="actions.ask">
							<?php echo AskForm::hidden_fields( $wayfinder_quiz->id, $wayfinder_view['result'] ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>
							<button type="submit" class="wp-element-button" data-wp-bind--disabled="context.team.busy" data-wp-text="context.team.askLabel"></button>
						</form>
						<p class="wayfinder-quiz__asked" tabindex="-1" data-wp-bind--hidden="!context.team.asked" data-wp-text="context.team.askedText"></p>
					<?php else : ?>
						<p class="wayfinder-quiz__sign-in"><a class="wp-element-button" data-wp-bind--href="context.team.signInUrl" data-wp-text="context.team.signInLabel"></a></p>
					<?php endif; ?>
					<p class="wayfinder-quiz__team-error" role="alert" data-wp-bind--hidden="!context.team.error" data-wp-text="context.team.error"></p>
				</li>
			</template>
		</ol>
		<?php if ( ! $wayfinder_view['signed_in'] ) : ?>
			<?php echo SignUp::html( 'wayfinder-sign-up wayfinder-quiz__sign-up' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>
		<?php endif; ?>
		<p class="wayfinder-quiz__result-nav">
			<a data-wp-bind--href="context.resultUrl"><?php esc_html_e( 'Link to this result', 'wayfinder' ); ?></a>
			<a href="<?php echo esc_url( $wayfinder_view['change'] ); ?>" data-wp-on--click="actions.change"><?php esc_html_e( 'Change my answers', 'wayfinder' ); ?></a>
			<a href="<?php echo esc_url( $wayfinder_view['page_url'] . '#' . $wayfinder_id ); ?>" data-wp-on--click="actions.restart"><?php esc_html_e( 'Start again', 'wayfinder' ); ?></a>
		</p>
	</section>
</div>
