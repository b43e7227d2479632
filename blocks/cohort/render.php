<?php
/**
 * Server rendering of the Cohort block: a cohort's public page — dates and weeks, the teams taking
 * part (linked to their handbooks), how to take part, and the group sessions' schedule in the site's
 * time zone, and once the selection is revealed its report (counts only). No personal data: no participant, no 1:1 session, no meeting link. A draft shows
 * nothing to visitors (a sentence to the people who can edit it). Every value is escaped here.
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes The block's attributes.
 * @var WP_Block             $block      The block, with the post it sits in as context.
 */

declare(strict_types=1);

use Wayfinder\CohortPage\CohortPageView;
use Wayfinder\Cohorts\CohortPostType;

$wayfinder_cohort_id = (int) ( $attributes['cohortId'] ?? 0 );
if ( $wayfinder_cohort_id <= 0 ) {
	// On a cohort's own page, that cohort.
	$wayfinder_post_id   = (int) ( $block->context['postId'] ?? get_the_ID() );
	$wayfinder_cohort_id = CohortPostType::POST_TYPE === get_post_type( $wayfinder_post_id ) ? $wayfinder_post_id : 0;
}
$wayfinder_page = CohortPageView::build( $wayfinder_cohort_id );

if ( $wayfinder_page['hidden'] ) {
	if ( '' !== $wayfinder_page['notice'] ) {
		// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress escapes the wrapper's attributes.
		printf( '<div %s><p class="wayfinder-help">%s</p></div>', get_block_wrapper_attributes( array( 'class' => 'wayfinder-cohort-page' ) ), esc_html( $wayfinder_page['notice'] ) );
	}
	return;
}

// On the cohort's own page the theme shows its name as the title; elsewhere the block names it.
$wayfinder_named = is_singular( CohortPostType::POST_TYPE ) && get_queried_object_id() === $wayfinder_cohort_id;
$wayfinder_level = max( 2, min( 4, (int) ( $attributes['headingLevel'] ?? 2 ) ) );
$wayfinder_h     = 'h' . ( $wayfinder_named ? $wayfinder_level : min( 6, $wayfinder_level + 1 ) );
$wayfinder_id    = wp_unique_id( 'wayfinder-cohort-' );
?>
<section <?php echo get_block_wrapper_attributes( array( 'class' => 'wayfinder-cohort-page' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress escapes the wrapper's attributes. ?> <?php echo $wayfinder_named ? 'aria-label="' . esc_attr( $wayfinder_page['name'] ) . '"' : 'aria-labelledby="' . esc_attr( $wayfinder_id ) . '"'; ?>>
	<?php if ( ! $wayfinder_named ) : ?>
		<h<?php echo (int) $wayfinder_level; ?> id="<?php echo esc_attr( $wayfinder_id ); ?>"><?php echo esc_html( $wayfinder_page['name'] ); ?></h<?php echo (int) $wayfinder_level; ?>>
	<?php endif; ?>
	<?php if ( '' !== $wayfinder_page['stage'] ) : ?>
		<p class="wayfinder-cohort-page__stage"><?php echo esc_html( $wayfinder_page['stage'] ); ?></p>
	<?php endif; ?>

	<div class="wayfinder-cohort-page__part">
		<<?php echo esc_html( $wayfinder_h ); ?>><?php esc_html_e( 'Dates', 'wayfinder' ); ?></<?php echo esc_html( $wayfinder_h ); ?>>
		<p><?php echo esc_html( $wayfinder_page['dates'] ); ?></p>
		<?php if ( array() !== $wayfinder_page['weeks'] ) : ?>
			<ol class="wayfinder-cohort-page__weeks">
				<?php foreach ( $wayfinder_page['weeks'] as $wayfinder_week ) : ?>
					<li><strong><?php echo esc_html( $wayfinder_week['label'] ); ?></strong>: <?php echo esc_html( $wayfinder_week['dates'] ); ?></li>
				<?php endforeach; ?>
			</ol>
		<?php endif; ?>
	</div>

	<?php if ( array() !== $wayfinder_page['teams'] ) : ?>
		<div class="wayfinder-cohort-page__part">
			<<?php echo esc_html( $wayfinder_h ); ?>><?php esc_html_e( 'Teams taking part', 'wayfinder' ); ?></<?php echo esc_html( $wayfinder_h ); ?>>
			<ul class="wayfinder-cohort-page__teams">
				<?php foreach ( $wayfinder_page['teams'] as $wayfinder_team ) : ?>
					<li><a href="<?php echo esc_url( $wayfinder_team['url'] ); ?>"><?php echo esc_html( $wayfinder_team['name'] ); ?></a></li>
				<?php endforeach; ?>
			</ul>
		</div>
	<?php endif; ?>

	<div class="wayfinder-cohort-page__part">
		<<?php echo esc_html( $wayfinder_h ); ?>><?php esc_html_e( 'How to take part', 'wayfinder' ); ?></<?php echo esc_html( $wayfinder_h ); ?>>
		<?php if ( array() !== $wayfinder_page['modes'] ) : ?>
			<ul>
				<?php foreach ( $wayfinder_page['modes'] as $wayfinder_mode ) : ?>
					<li><?php echo esc_html( $wayfinder_mode ); ?></li>
				<?php endforeach; ?>
			</ul>
		<?php endif; ?>
		<?php if ( '' !== $wayfinder_page['seats'] ) : ?>
			<p><?php echo esc_html( $wayfinder_page['seats'] ); ?></p>
		<?php endif; ?>
	</div>

	<?php if ( null !== $wayfinder_page['report'] ) : ?>
		<div class="wayfinder-cohort-page__part wayfinder-cohort-page__selection">
			<<?php echo esc_html( $wayfinder_h ); ?>><?php esc_html_e( 'Selection', 'wayfinder' ); ?></<?php echo esc_html( $wayfinder_h ); ?>>
			<p><?php echo esc_html( $wayfinder_page['report']['summary'] ); ?></p>
			<p><?php echo esc_html( $wayfinder_page['report']['sponsored'] ); ?></p>
			<?php foreach ( array( 'modes', 'teams' ) as $wayfinder_list ) : ?>
				<?php if ( array() !== $wayfinder_page['report'][ $wayfinder_list ] ) : ?>
					<ul>
						<?php foreach ( $wayfinder_page['report'][ $wayfinder_list ] as $wayfinder_line ) : ?>
							<li><?php echo esc_html( $wayfinder_line ); ?></li>
						<?php endforeach; ?>
					</ul>
				<?php endif; ?>
			<?php endforeach; ?>
		</div>
	<?php endif; ?>

	<div class="wayfinder-cohort-page__part">
		<<?php echo esc_html( $wayfinder_h ); ?>><?php esc_html_e( 'Group sessions', 'wayfinder' ); ?></<?php echo esc_html( $wayfinder_h ); ?>>
		<?php if ( array() === $wayfinder_page['sessions'] ) : ?>
			<p><?php esc_html_e( 'The group sessions are not planned yet.', 'wayfinder' ); ?></p>
		<?php else : ?>
			<p class="wayfinder-meta"><?php echo esc_html( $wayfinder_page['zone'] ); ?></p>
			<ul class="wayfinder-cohort-page__sessions">
				<?php foreach ( $wayfinder_page['sessions'] as $wayfinder_session ) : ?>
					<li>
						<strong><?php echo esc_html( $wayfinder_session['title'] ); ?></strong> —
						<time datetime="<?php echo esc_attr( $wayfinder_session['iso'] ); ?>"><?php echo esc_html( $wayfinder_session['when'] ); ?></time>
						<?php
						/* translators: %d: minutes. */
						echo esc_html( sprintf( _n( '(%d minute)', '(%d minutes)', $wayfinder_session['minutes'], 'wayfinder' ), $wayfinder_session['minutes'] ) );
						?>
						<?php if ( '' !== $wayfinder_session['where'] ) : ?>
							<br><span class="wayfinder-meta"><?php echo esc_html( $wayfinder_session['where'] ); ?></span>
						<?php endif; ?>
					</li>
				<?php endforeach; ?>
			</ul>
		<?php endif; ?>
	</div>
</section>
