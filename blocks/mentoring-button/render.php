<?php
/**
 * The mentoring button, rendered on the server for the person looking at it (see
 * MyMentorship\MentorshipView::button): a mentor's "Start mentoring" / "Find more mentees" leading to
 * the waiting mentees they could take, or why there is no button; "Ask for a mentor", "Your mentor: …"
 * or the place in the queue for everyone else. Visitors who are not logged in get a way to log in.
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes The block's attributes.
 */

declare(strict_types=1);

use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageForms;
use Wayfinder\MyMentorship\MentorshipPage;
use Wayfinder\MyMentorship\MentorshipView;
use Wayfinder\MyMentorship\Parts;

$wayfinder_user = get_current_user_id();
$wayfinder_root = Parts::root( 'mentoring-button', 0 !== $wayfinder_user );

if ( 0 === $wayfinder_user ) {
	?>
	<div <?php echo get_block_wrapper_attributes( $wayfinder_root ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>>
		<?php
		// Escaped inside sign_in().
		echo Parts::sign_in( __( 'Mentors help new contributors find their way around. Log in to ask for a mentor, or to offer your time as a mentor.', 'wayfinder' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		?>
	</div>
	<?php
	return;
}

$wayfinder_view  = ( new MentorshipView() )->button( $wayfinder_user );
$wayfinder_flash = Flash::take( $wayfinder_user, 'mentoring-button' );
$wayfinder_page  = MentorshipPage::url( (int) ( $attributes['mentorshipPage'] ?? 0 ) );
$wayfinder_here  = PageForms::current_url();
// Without a My mentorship page, the waiting mentees open right here (a plain link, so it works without JavaScript).
$wayfinder_open   = null === $wayfinder_page && isset( $_GET['wayfinder_waiting'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only shows a list.
$wayfinder_list   = $wayfinder_root['data-wp-router-region'] . '-waiting';
$wayfinder_mentor = $wayfinder_view['mentor'];
$wayfinder_mentee = $wayfinder_view['mentee'];
Parts::state( 'mentoring-button', $wayfinder_flash );
?>
<div <?php echo get_block_wrapper_attributes( $wayfinder_root ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>>
	<?php echo Parts::notice( $wayfinder_flash ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>

	<?php if ( null !== $wayfinder_mentor ) : ?>
		<div class="wayfinder-button__mentor">
			<?php if ( null !== $wayfinder_mentor['label'] ) : ?>
				<?php if ( null !== $wayfinder_page ) : ?>
					<a class="wp-block-button__link wp-element-button" href="<?php echo esc_url( $wayfinder_page . '#' . MentorshipPage::WAITING ); ?>"><?php echo esc_html( $wayfinder_mentor['label'] ); ?></a>
				<?php else : ?>
					<a class="wp-block-button__link wp-element-button" href="<?php echo esc_url( $wayfinder_open ? remove_query_arg( 'wayfinder_waiting', $wayfinder_here ) : add_query_arg( 'wayfinder_waiting', '1', $wayfinder_here ) . '#' . $wayfinder_list ); ?>" aria-expanded="<?php echo $wayfinder_open ? 'true' : 'false'; ?>" data-wp-on--click="actions.follow"><?php echo esc_html( $wayfinder_mentor['label'] ); ?></a>
				<?php endif; ?>
				<?php if ( $wayfinder_mentor['active'] > 0 ) : ?>
					<p class="wayfinder-meta">
						<?php
						/* translators: 1: current mentees, 2: capacity. */
						echo esc_html( sprintf( _n( 'You mentor %1$d of %2$d mentee.', 'You mentor %1$d of %2$d mentees.', $wayfinder_mentor['capacity'], 'wayfinder' ), $wayfinder_mentor['active'], $wayfinder_mentor['capacity'] ) );
						?>
					</p>
				<?php endif; ?>
			<?php elseif ( ! empty( $attributes['showReason'] ) ) : ?>
				<p class="wayfinder-reason"><?php echo esc_html( (string) $wayfinder_mentor['reason'] ); ?></p>
				<p><a href="<?php echo esc_url( MentorshipPage::profile_url( (int) ( $attributes['mentorshipPage'] ?? 0 ) ) ); ?>"><?php esc_html_e( 'Edit your mentoring profile', 'wayfinder' ); ?></a></p>
			<?php endif; ?>
		</div>
		<?php if ( $wayfinder_open && null !== $wayfinder_mentor['label'] ) : ?>
			<section class="wayfinder-button__waiting" id="<?php echo esc_attr( $wayfinder_list ); ?>" tabindex="-1" aria-labelledby="<?php echo esc_attr( $wayfinder_list . '-title' ); ?>">
				<h2 id="<?php echo esc_attr( $wayfinder_list . '-title' ); ?>"><?php esc_html_e( 'People waiting for a mentor', 'wayfinder' ); ?></h2>
				<?php
				echo Parts::waiting_list( ( new MentorshipView() )->waiting( $wayfinder_user, 5, null, MentorshipPage::waiting_page() ), 'mentoring-button', $wayfinder_list ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
				?>
			</section>
		<?php endif; ?>
	<?php endif; ?>

	<?php if ( null !== $wayfinder_mentee ) : ?>
		<div class="wayfinder-button__mentee">
			<?php if ( MentorshipPage::on_this_page() && in_array( $wayfinder_mentee['state'], array( 'open', 'queued' ), true ) ) : ?>
				<?php // My mentorship on this page says where they stand and what they can do: only point to it. ?>
				<p class="wayfinder-button__pointer">
					<a class="wp-block-button__link wp-element-button" href="<?php echo esc_url( '#' . MentorshipPage::MENTOR ); ?>">
						<?php 'queued' === $wayfinder_mentee['state'] ? esc_html_e( 'You are waiting for a mentor: see where you stand', 'wayfinder' ) : esc_html_e( 'Ask for a mentor', 'wayfinder' ); ?>
					</a>
				</p>
			<?php elseif ( 'open' === $wayfinder_mentee['state'] ) : ?>
				<?php
				echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
					'find_mentor',
					0,
					'mentoring-button',
					array(
						'label'       => __( 'Ask for a mentor', 'wayfinder' ),
						'describedby' => $wayfinder_root['data-wp-router-region'] . '-ask',
					)
				);
				?>
				<p class="wayfinder-meta" id="<?php echo esc_attr( $wayfinder_root['data-wp-router-region'] . '-ask' ); ?>"><?php esc_html_e( 'We look for a mentor who speaks your language, shares your interests and has time when you do, and introduce you to each other by email.', 'wayfinder' ); ?></p>
			<?php elseif ( 'queued' === $wayfinder_mentee['state'] ) : ?>
				<p>
					<strong>
					<?php
					/* translators: %s: place in the queue, a number. */
					echo esc_html( sprintf( __( 'You are number %s in the queue for a mentor.', 'wayfinder' ), number_format_i18n( (int) $wayfinder_mentee['position'] ) ) );
					?>
					</strong>
					<?php echo esc_html( (string) $wayfinder_mentee['reason'] ); ?>
				</p>
				<?php
				echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
					'find_mentor',
					0,
					'mentoring-button',
					array(
						'label'        => __( 'Look for a mentor again', 'wayfinder' ),
						'button_class' => 'wp-element-button is-secondary',
					)
				);
				?>
				<p class="wayfinder-meta"><?php esc_html_e( 'As soon as a mentor who fits you has room, you are matched and get an email. Mentors who see you waiting can also offer to mentor you.', 'wayfinder' ); ?></p>
			<?php else : ?>
				<p class="wayfinder-button__your-mentor">
					<?php esc_html_e( 'Your mentor:', 'wayfinder' ); ?>
					<?php if ( null !== $wayfinder_page ) : ?>
						<a href="<?php echo esc_url( $wayfinder_page . '#' . MentorshipPage::MENTOR ); ?>"><?php echo esc_html( $wayfinder_mentee['mentor_name'] ); ?></a>
					<?php else : ?>
						<strong><?php echo esc_html( $wayfinder_mentee['mentor_name'] ); ?></strong>
					<?php endif; ?>
					<?php if ( 'proposed' === $wayfinder_mentee['state'] ) : ?>
						<span class="wayfinder-meta"><?php esc_html_e( '(they have not confirmed yet)', 'wayfinder' ); ?></span>
					<?php endif; ?>
				</p>
			<?php endif; ?>
		</div>
	<?php endif; ?>
</div>
