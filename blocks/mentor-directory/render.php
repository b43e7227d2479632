<?php
/**
 * Server rendering of the Mentor directory block: the filters as a GET form, a page of mentor cards
 * (the Mentor card block's own rendering) and page links, all working without JavaScript. With it,
 * the view module swaps the page in place through the Interactivity API router (this block is a
 * router region) and keeps the address in step through the history. Every value is escaped here.
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes The block's attributes.
 */

declare(strict_types=1);

use Wayfinder\Directory\DirectoryFilters;
use Wayfinder\Directory\DirectoryView;
use Wayfinder\Directory\PageUrl;
use Wayfinder\Directory\RequestForm;
use Wayfinder\Platform\SignUp;
use Wayfinder\Directory\Visitor;

$wayfinder_visitor = Visitor::current();
// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a GET form of filters: it changes nothing, and every value is checked.
$wayfinder_view    = DirectoryView::build( $attributes, wp_unslash( $_GET ), $wayfinder_visitor, PageUrl::current() );
$wayfinder_filters = $wayfinder_view['filters'];
$wayfinder_id      = wp_unique_id( 'wayfinder-mentor-directory-' );

wp_interactivity_state(
	'wayfinder/mentor-directory',
	array_merge(
		array(
			'loading'  => false,
			'messages' => array(
				'sending' => __( 'Sending your request…', 'wayfinder' ),
				'queued'  => __( 'You are in the queue for a mentor. Mentors and mentoring coordinators see your request, and you will hear by email.', 'wayfinder' ),
				'failed'  => __( 'Your request could not be sent. Please try again, or ask a mentoring coordinator.', 'wayfinder' ),
			),
		),
		$wayfinder_visitor->member ? array(
			'rest'  => esc_url_raw( rest_url() ),
			'nonce' => wp_create_nonce( 'wp_rest' ),
		) : array()
	)
);

$wayfinder_context = array(
	'tz'      => $wayfinder_view['timezone'],
	// The visitor did not choose a time zone: the view module may use the browser's instead.
	'tzGuess' => ! isset( $_GET[ DirectoryFilters::ARG_TIMEZONE ] ) && ! $wayfinder_visitor->logged_in(), // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read only.
	'busy'    => false,
	'sent'    => false,
	'error'   => false,
	'message' => '',
);
$wayfinder_wrapper = get_block_wrapper_attributes(
	array(
		'class'                 => 'wayfinder-mentor-directory',
		'data-wp-router-region' => $wayfinder_id,
	)
);
$wayfinder_empty   = $wayfinder_view['empty'];

/*
 * Each card is the Mentor card block's render.php, included directly: the same markup as the card
 * block without a block's rendering overhead per card (the directory is one interactive region, and
 * its directives are processed once). The card's script module and style come with the directory.
 */
$wayfinder_card_file   = dirname( __DIR__ ) . '/mentor-card/render.php';
$wayfinder_render_card = static function ( int $mentor_id ) use ( $wayfinder_card_file ): string {
	$attributes             = array(
		'mentorId'         => $mentor_id,
		'headingLevel'     => 2,
		'showAvailability' => true,
	);
	$wayfinder_in_directory = true;
	ob_start();
	include $wayfinder_card_file;
	return (string) ob_get_clean();
};
if ( array() !== $wayfinder_view['listings'] ) {
	wp_enqueue_script_module( generate_block_asset_handle( 'wayfinder/mentor-card', 'viewScriptModule' ) );
	wp_enqueue_style( generate_block_asset_handle( 'wayfinder/mentor-card', 'style' ) );
}
?>
<div <?php echo $wayfinder_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?> data-wp-interactive="wayfinder/mentor-directory" data-wp-init="callbacks.guessTimezone" <?php echo wp_interactivity_data_wp_context( $wayfinder_context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>>
	<?php if ( null !== $wayfinder_view['notice'] ) : ?>
		<p id="wayfinder-directory-notice" class="wayfinder-notice<?php echo esc_attr( $wayfinder_view['notice']['error'] ? ' is-error' : '' ); ?>" role="<?php echo esc_attr( $wayfinder_view['notice']['error'] ? 'alert' : 'status' ); ?>"><?php echo esc_html( $wayfinder_view['notice']['text'] ); ?></p>
	<?php endif; ?>

	<?php if ( $wayfinder_view['show'] ) : ?>
		<form class="wayfinder-mentor-directory__filters" method="get" action="<?php echo esc_url( $wayfinder_view['form']['action'] ); ?>" role="search" aria-label="<?php esc_attr_e( 'Filter mentors', 'wayfinder' ); ?>" data-wp-on--change="actions.filter" data-wp-on--submit="actions.filter">
			<?php foreach ( $wayfinder_view['form']['hidden'] as $wayfinder_name => $wayfinder_value ) : ?>
				<input type="hidden" name="<?php echo esc_attr( $wayfinder_name ); ?>" value="<?php echo esc_attr( $wayfinder_value ); ?>">
			<?php endforeach; ?>
			<?php if ( ! $wayfinder_view['fixed_team'] ) : ?>
				<p class="wayfinder-mentor-directory__field">
					<label for="<?php echo esc_attr( $wayfinder_id . '-team' ); ?>"><?php esc_html_e( 'Team', 'wayfinder' ); ?></label>
					<select id="<?php echo esc_attr( $wayfinder_id . '-team' ); ?>" name="<?php echo esc_attr( DirectoryFilters::ARG_TEAM ); ?>">
						<option value=""><?php esc_html_e( 'Any team', 'wayfinder' ); ?></option>
						<?php foreach ( $wayfinder_view['teams'] as $wayfinder_slug => $wayfinder_name ) : ?>
							<option value="<?php echo esc_attr( (string) $wayfinder_slug ); ?>" <?php selected( $wayfinder_filters->team, (string) $wayfinder_slug ); ?>><?php echo esc_html( $wayfinder_name ); ?></option>
						<?php endforeach; ?>
					</select>
				</p>
			<?php endif; ?>
			<p class="wayfinder-mentor-directory__field">
				<label for="<?php echo esc_attr( $wayfinder_id . '-language' ); ?>"><?php esc_html_e( 'Language', 'wayfinder' ); ?></label>
				<select id="<?php echo esc_attr( $wayfinder_id . '-language' ); ?>" name="<?php echo esc_attr( DirectoryFilters::ARG_LANGUAGE ); ?>">
					<option value=""><?php esc_html_e( 'Any language', 'wayfinder' ); ?></option>
					<?php foreach ( $wayfinder_view['languages'] as $wayfinder_code => $wayfinder_name ) : ?>
						<option value="<?php echo esc_attr( (string) $wayfinder_code ); ?>" <?php selected( $wayfinder_filters->language, (string) $wayfinder_code ); ?>><?php echo esc_html( $wayfinder_name ); ?></option>
					<?php endforeach; ?>
				</select>
			</p>
			<p class="wayfinder-mentor-directory__field">
				<label for="<?php echo esc_attr( $wayfinder_id . '-meets' ); ?>"><?php esc_html_e( 'Can meet', 'wayfinder' ); ?></label>
				<select id="<?php echo esc_attr( $wayfinder_id . '-meets' ); ?>" name="<?php echo esc_attr( DirectoryFilters::ARG_MEETS ); ?>" aria-describedby="<?php echo esc_attr( $wayfinder_id . '-tz' ); ?>">
					<option value=""><?php esc_html_e( 'Any time', 'wayfinder' ); ?></option>
					<?php foreach ( $wayfinder_view['meets'] as $wayfinder_key => $wayfinder_label ) : ?>
						<option value="<?php echo esc_attr( (string) $wayfinder_key ); ?>" <?php selected( $wayfinder_filters->meets, (string) $wayfinder_key ); ?>><?php echo esc_html( $wayfinder_label ); ?></option>
					<?php endforeach; ?>
				</select>
				<span class="wayfinder-mentor-directory__hint" id="<?php echo esc_attr( $wayfinder_id . '-tz' ); ?>">
					<?php esc_html_e( 'Your time zone:', 'wayfinder' ); ?>
					<span data-wp-text="context.tz"><?php echo esc_html( $wayfinder_view['timezone'] ); ?></span>
				</span>
				<input type="hidden" name="<?php echo esc_attr( DirectoryFilters::ARG_TIMEZONE ); ?>" value="<?php echo esc_attr( $wayfinder_view['timezone'] ); ?>" data-wp-bind--value="context.tz">
			</p>
			<p class="wayfinder-mentor-directory__field wayfinder-mentor-directory__field--check">
				<input type="checkbox" id="<?php echo esc_attr( $wayfinder_id . '-room' ); ?>" name="<?php echo esc_attr( DirectoryFilters::ARG_ROOM ); ?>" value="1" <?php checked( $wayfinder_filters->room ); ?>>
				<label for="<?php echo esc_attr( $wayfinder_id . '-room' ); ?>"><?php esc_html_e( 'Has room for a new mentee now', 'wayfinder' ); ?></label>
			</p>
			<p class="wayfinder-mentor-directory__buttons">
				<button type="submit" class="wp-element-button"><?php esc_html_e( 'Show mentors', 'wayfinder' ); ?></button>
				<?php if ( null !== $wayfinder_view['clear_url'] ) : ?>
					<a href="<?php echo esc_url( $wayfinder_view['clear_url'] ); ?>" data-wp-on--click="actions.follow"><?php esc_html_e( 'Clear filters', 'wayfinder' ); ?></a>
				<?php endif; ?>
			</p>
		</form>
	<?php endif; ?>

	<p class="wayfinder-mentor-directory__summary" id="<?php echo esc_attr( $wayfinder_id . '-summary' ); ?>" role="status" tabindex="-1"><?php echo esc_html( $wayfinder_view['summary'] ); ?></p>

	<?php if ( null === $wayfinder_empty ) : ?>
		<?php
		if ( ! is_user_logged_in() ) {
			// Every card offers to log in: how to get an account is said once, not on each card.
			echo SignUp::html( 'wayfinder-sign-up wayfinder-meta' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
		}
		?>
		<ul class="wayfinder-mentor-directory__cards" aria-labelledby="<?php echo esc_attr( $wayfinder_id . '-summary' ); ?>" data-wp-bind--aria-busy="state.loading">
			<?php foreach ( $wayfinder_view['listings'] as $wayfinder_listing ) : ?>
				<li data-wp-key="<?php echo esc_attr( 'mentor-' . $wayfinder_listing->id ); ?>">
					<?php
					// The Mentor card block's own render.php; its data was read with this page (no query per card).
					echo $wayfinder_render_card( $wayfinder_listing->id ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the card's render.php escapes.
					?>
				</li>
			<?php endforeach; ?>
		</ul>
	<?php else : ?>
		<div class="wayfinder-mentor-directory__empty">
			<p class="wayfinder-mentor-directory__empty-text"><?php echo esc_html( $wayfinder_empty['text'] ); ?></p>
			<?php if ( null !== $wayfinder_empty['team'] && '' !== $wayfinder_empty['team']['url'] ) : ?>
				<?php /* translators: %s: a team's name. */ ?>
				<p><a href="<?php echo esc_url( $wayfinder_empty['team']['url'] ); ?>"><?php echo esc_html( sprintf( __( 'Visit the %s team’s page', 'wayfinder' ), $wayfinder_empty['team']['name'] ) ); ?></a></p>
			<?php endif; ?>
			<?php if ( null !== $wayfinder_view['clear_url'] ) : ?>
				<p><a href="<?php echo esc_url( $wayfinder_view['clear_url'] ); ?>" data-wp-on--click="actions.follow"><?php esc_html_e( 'Show every mentor', 'wayfinder' ); ?></a></p>
			<?php endif; ?>
			<?php if ( 'none' !== $wayfinder_empty['action']['kind'] ) : ?>
				<p><?php echo esc_html( $wayfinder_empty['hint'] ); ?></p>
			<?php endif; ?>
			<?php if ( 'login' === $wayfinder_empty['action']['kind'] ) : ?>
				<p><a class="wp-element-button" href="<?php echo esc_url( (string) $wayfinder_empty['action']['url'] ); ?>"><?php echo esc_html( (string) $wayfinder_empty['action']['label'] ); ?></a></p>
				<?php echo SignUp::html(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>
			<?php elseif ( 'note' === $wayfinder_empty['action']['kind'] ) : ?>
				<p class="wayfinder-mentor-directory__note"><?php echo esc_html( (string) $wayfinder_empty['action']['text'] ); ?></p>
			<?php elseif ( 'request' === $wayfinder_empty['action']['kind'] ) : ?>
				<form method="post" action="<?php echo esc_url( (string) $wayfinder_empty['action']['url'] ); ?>" data-wp-on--submit="actions.askAny" data-wp-bind--hidden="context.sent">
					<?php echo RequestForm::hidden_fields( 0, $wayfinder_view['return_url'], (string) $wayfinder_empty['action']['team'], (string) $wayfinder_empty['action']['language'] ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>
					<button type="submit" class="wp-element-button" data-wp-bind--aria-disabled="context.busy"><?php echo esc_html( (string) $wayfinder_empty['action']['label'] ); ?></button>
				</form>
				<p class="wayfinder-notice" role="status" tabindex="-1" data-wp-text="context.message" data-wp-class--is-error="context.error"></p>
			<?php endif; ?>
		</div>
	<?php endif; ?>

	<?php if ( $wayfinder_view['pages'] > 1 ) : ?>
		<nav class="wayfinder-mentor-directory__pages" aria-label="<?php esc_attr_e( 'Pages of mentors', 'wayfinder' ); ?>">
			<?php if ( null !== $wayfinder_view['previous'] ) : ?>
				<a class="wayfinder-mentor-directory__previous" rel="prev" href="<?php echo esc_url( $wayfinder_view['previous'] ); ?>" data-wp-on--click="actions.follow"><?php esc_html_e( 'Previous page', 'wayfinder' ); ?></a>
			<?php endif; ?>
			<ul>
				<?php foreach ( $wayfinder_view['page_links'] as $wayfinder_link ) : ?>
					<li>
						<?php if ( null === $wayfinder_link['page'] ) : ?>
							<span aria-hidden="true">…</span>
						<?php elseif ( $wayfinder_link['current'] ) : ?>
							<a href="<?php echo esc_url( $wayfinder_link['url'] ); ?>" aria-current="page" data-wp-on--click="actions.follow">
								<span class="screen-reader-text"><?php esc_html_e( 'Page', 'wayfinder' ); ?></span>
								<?php echo esc_html( number_format_i18n( (int) $wayfinder_link['page'] ) ); ?>
							</a>
						<?php else : ?>
							<a href="<?php echo esc_url( $wayfinder_link['url'] ); ?>" data-wp-on--click="actions.follow">
								<span class="screen-reader-text"><?php esc_html_e( 'Page', 'wayfinder' ); ?></span>
								<?php echo esc_html( number_format_i18n( (int) $wayfinder_link['page'] ) ); ?>
							</a>
						<?php endif; ?>
					</li>
				<?php endforeach; ?>
			</ul>
			<?php if ( null !== $wayfinder_view['next'] ) : ?>
				<a class="wayfinder-mentor-directory__next" rel="next" href="<?php echo esc_url( $wayfinder_view['next'] ); ?>" data-wp-on--click="actions.follow"><?php esc_html_e( 'Next page', 'wayfinder' ); ?></a>
			<?php endif; ?>
		</nav>
	<?php endif; ?>
</div>
