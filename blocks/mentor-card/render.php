<?php
/**
 * Server rendering of the Mentor card block: one mentor's public profile and, for a logged-in
 * member, a "Request this mentor" form that works without JavaScript (admin-post.php) and is sent
 * through the REST API with it. Every value is escaped here, as it is printed.
 *
 * The Mentor directory renders its cards with this same file (included, with
 * $wayfinder_in_directory set), so a card looks and works the same wherever it is.
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes             The block's attributes.
 * @var bool|null            $wayfinder_in_directory Set when the directory includes this file.
 */

declare(strict_types=1);

use Wayfinder\Directory\MentorCard;
use Wayfinder\Directory\MentorDirectory;
use Wayfinder\Directory\PageUrl;
use Wayfinder\Directory\RequestForm;
use Wayfinder\Platform\SignUp;
use Wayfinder\Directory\Visitor;

$wayfinder_mentor = ( new MentorDirectory() )->find( (int) ( $attributes['mentorId'] ?? 0 ) );

if ( null === $wayfinder_mentor ) {
	// Visitors see nothing; the people who edit the page learn why.
	if ( current_user_can( 'edit_posts' ) ) {
		printf(
			'<div %1$s><p class="wayfinder-mentor-card__placeholder">%2$s</p></div>',
			get_block_wrapper_attributes(), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress.
			empty( $attributes['mentorId'] )
				? esc_html__( 'Choose a mentor in the block settings.', 'wayfinder' )
				: esc_html__( 'This person is not a mentor (any more). Choose another mentor in the block settings; visitors see nothing here.', 'wayfinder' )
		);
	}
	return;
}

$wayfinder_visitor = Visitor::current();
$wayfinder_card    = MentorCard::view( $wayfinder_mentor, $wayfinder_visitor, PageUrl::current() );
$wayfinder_level   = in_array( (int) ( $attributes['headingLevel'] ?? 3 ), array( 2, 3, 4 ), true ) ? (int) $attributes['headingLevel'] : 3;
$wayfinder_heading = 'h' . $wayfinder_level;
$wayfinder_anchor  = $wayfinder_card['anchor'];
$wayfinder_action  = $wayfinder_card['action'];

// Shared by every card on the page; the REST nonce only for logged-in members (never in a page a cache may keep for everyone).
wp_interactivity_state(
	'wayfinder/mentor-card',
	array_merge(
		array(
			'messages' => array(
				'sending' => __( 'Sending your request…', 'wayfinder' ),
				/* translators: %s: the mentor's name. */
				'sent'    => __( 'Your request is on its way to %s. You will hear by email when they answer.', 'wayfinder' ),
				'failed'  => __( 'Your request could not be sent. Please try again, or ask a mentoring coordinator.', 'wayfinder' ),
			),
		),
		$wayfinder_visitor->member ? array(
			'rest'  => esc_url_raw( rest_url() ),
			'nonce' => wp_create_nonce( 'wp_rest' ),
		) : array()
	)
);

$wayfinder_extra = array(
	'id'              => $wayfinder_anchor,
	'class'           => 'wayfinder-mentor-card is-' . $wayfinder_card['state'],
	'aria-labelledby' => $wayfinder_anchor . '-name',
	// A new card for another mentor, never this one's state reused (the directory's pages swap cards in place).
	'data-wp-key'     => 'mentor-' . $wayfinder_card['id'],
);
if ( empty( $wayfinder_in_directory ) ) {
	$wayfinder_wrapper = get_block_wrapper_attributes( $wayfinder_extra );
} else {
	// Inside the directory (not a block of its own): the block's class name, no block supports.
	$wayfinder_extra['class'] .= ' wp-block-wayfinder-mentor-card';
	$wayfinder_wrapper         = implode( ' ', array_map( static fn ( string $name, string $value ): string => $name . '="' . esc_attr( $value ) . '"', array_keys( $wayfinder_extra ), $wayfinder_extra ) );
}
$wayfinder_context = array(
	'mentor'  => $wayfinder_card['id'],
	'name'    => $wayfinder_card['name'],
	'tz'      => $wayfinder_card['timezone'],
	'busy'    => false,
	'sent'    => false,
	'error'   => false,
	'message' => '',
);
?>
<article <?php echo $wayfinder_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?> data-wp-interactive="wayfinder/mentor-card" <?php echo wp_interactivity_data_wp_context( $wayfinder_context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>>
	<header class="wayfinder-mentor-card__header">
		<?php if ( '' !== $wayfinder_card['avatar'] ) : ?>
			<?php
			echo wp_kses(
				$wayfinder_card['avatar'],
				array(
					'img' => array_fill_keys( array( 'alt', 'src', 'srcset', 'class', 'height', 'width', 'loading', 'decoding' ), true ),
				)
			);
			?>
		<?php else : ?>
			<span class="wayfinder-mentor-card__initials" aria-hidden="true"><?php echo esc_html( $wayfinder_card['initials'] ); ?></span>
		<?php endif; ?>
		<div class="wayfinder-mentor-card__title">
			<<?php echo esc_html( $wayfinder_heading ); ?> id="<?php echo esc_attr( $wayfinder_anchor . '-name' ); ?>" class="wayfinder-mentor-card__name"><?php echo esc_html( $wayfinder_card['name'] ); ?></<?php echo esc_html( $wayfinder_heading ); ?>>
			<p class="wayfinder-mentor-card__status"><?php echo esc_html( $wayfinder_card['status'] ); ?></p>
		</div>
	</header>

	<?php if ( array() !== $wayfinder_card['intro'] ) : ?>
		<div class="wayfinder-mentor-card__intro">
			<?php foreach ( $wayfinder_card['intro'] as $wayfinder_paragraph ) : ?>
				<p><?php echo nl2br( esc_html( $wayfinder_paragraph ) ); ?></p>
			<?php endforeach; ?>
		</div>
	<?php endif; ?>

	<dl class="wayfinder-mentor-card__facts">
		<?php if ( array() !== $wayfinder_card['teams'] ) : ?>
			<dt><?php esc_html_e( 'Teams', 'wayfinder' ); ?></dt>
			<dd>
				<?php
				$wayfinder_separator = '';
				foreach ( $wayfinder_card['teams'] as $wayfinder_team ) {
					echo esc_html( $wayfinder_separator ) . '<a href="' . esc_url( $wayfinder_team['url'] ) . '">' . esc_html( $wayfinder_team['name'] ) . '</a>';
					$wayfinder_separator = wp_get_list_item_separator();
				}
				?>
			</dd>
		<?php endif; ?>
		<?php if ( array() !== $wayfinder_card['languages'] ) : ?>
			<dt><?php esc_html_e( 'Languages', 'wayfinder' ); ?></dt>
			<dd><?php echo esc_html( implode( wp_get_list_item_separator(), array_column( $wayfinder_card['languages'], 'name' ) ) ); ?></dd>
		<?php endif; ?>
		<dt><?php esc_html_e( 'Time zone', 'wayfinder' ); ?></dt>
		<dd>
			<?php echo esc_html( $wayfinder_card['timezone_label'] ); ?>
			<?php
			printf(
				/* translators: %s: the time of day where the mentor is, e.g. 14:05. */
				esc_html__( '(%s there now)', 'wayfinder' ),
				'<time datetime="' . esc_attr( $wayfinder_card['local_time_iso'] ) . '" data-wp-init="callbacks.clock">' . esc_html( $wayfinder_card['local_time'] ) . '</time>'
			);
			?>
		</dd>
		<?php if ( ! array_key_exists( 'showAvailability', $attributes ) || ! empty( $attributes['showAvailability'] ) ) : ?>
			<dt><?php esc_html_e( 'Usually available (their time)', 'wayfinder' ); ?></dt>
			<dd>
				<?php
				echo array() === $wayfinder_card['availability']
					? esc_html__( 'Not given yet', 'wayfinder' )
					: implode( '<br>', array_map( 'esc_html', $wayfinder_card['availability'] ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- each line escaped.
				?>
			</dd>
		<?php endif; ?>
	</dl>

	<?php
	/** More about the mentor from other features (their badges), escaped there. See MentorCard::EXTRAS. */
	do_action( 'wayfinder_mentor_badges', (int) $wayfinder_card['id'] );
	?>

	<?php if ( null !== $wayfinder_card['notice'] ) : ?>
		<p class="wayfinder-notice<?php echo esc_attr( $wayfinder_card['notice']['error'] ? ' is-error' : '' ); ?>" role="<?php echo esc_attr( $wayfinder_card['notice']['error'] ? 'alert' : 'status' ); ?>"><?php echo esc_html( $wayfinder_card['notice']['text'] ); ?></p>
	<?php endif; ?>

	<?php if ( 'login' === $wayfinder_action['kind'] ) : ?>
		<p class="wayfinder-mentor-card__action">
			<a class="wp-element-button" href="<?php echo esc_url( (string) $wayfinder_action['url'] ); ?>" aria-describedby="<?php echo esc_attr( $wayfinder_anchor . '-name' ); ?>"><?php echo esc_html( (string) $wayfinder_action['label'] ); ?></a>
		</p>
		<?php
		if ( empty( $wayfinder_in_directory ) ) {
			// In the directory it is said once, above the cards.
			echo SignUp::html( 'wayfinder-sign-up wayfinder-meta' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
		}
		?>
	<?php elseif ( 'note' === $wayfinder_action['kind'] ) : ?>
		<p class="wayfinder-mentor-card__note"><?php echo esc_html( (string) $wayfinder_action['text'] ); ?></p>
	<?php elseif ( 'request' === $wayfinder_action['kind'] ) : ?>
		<form class="wayfinder-mentor-card__action" method="post" action="<?php echo esc_url( (string) $wayfinder_action['url'] ); ?>" data-wp-on--submit="actions.request" data-wp-bind--hidden="context.sent">
			<?php echo RequestForm::hidden_fields( (int) $wayfinder_card['id'], PageUrl::current() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>
			<button type="submit" class="wp-element-button" aria-describedby="<?php echo esc_attr( $wayfinder_anchor . '-name' ); ?>" data-wp-bind--aria-disabled="context.busy"><?php echo esc_html( (string) $wayfinder_action['label'] ); ?></button>
		</form>
		<p class="wayfinder-notice wayfinder-mentor-card__result" role="status" tabindex="-1" data-wp-text="context.message" data-wp-class--is-error="context.error"></p>
	<?php endif; ?>
</article>
