<?php
/**
 * My mentorship, rendered on the server for the person looking at it (see
 * MyMentorship\MentorshipView::overview): as a mentee, their mentor and how to reach them — or their place
 * in the queue and why — with offers and requests waiting, and how to change mentor or stop; as a
 * mentor, what waits for their answer, every mentee whatever the path, the mentees waiting for a mentor
 * they could take, and their status and capacity; then their mentoring profile. Every action is a
 * form that works without JavaScript (see Platform\PageForms and MyMentorship\Actions). Visitors who are not logged in see what
 * this is and a way to log in, nothing personal.
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
use Wayfinder\Profiles\ProfileForm;
use Wayfinder\Profiles\ProfileRepository;

$wayfinder_user  = get_current_user_id();
$wayfinder_root  = Parts::root( 'my-mentorship', 0 !== $wayfinder_user );
$wayfinder_block = 'my-mentorship';

if ( 0 === $wayfinder_user ) {
	?>
	<div <?php echo get_block_wrapper_attributes( $wayfinder_root ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>>
		<h2><?php esc_html_e( 'My mentorship', 'wayfinder' ); ?></h2>
		<?php
		// Escaped inside sign_in().
		echo Parts::sign_in( __( 'New contributors get a mentor who helps them find their way around; experienced contributors mentor them. Log in to see your mentor or your mentees, to answer offers and requests, and to keep your mentoring profile up to date.', 'wayfinder' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		?>
	</div>
	<?php
	return;
}

$wayfinder_view   = ( new MentorshipView() )->overview( $wayfinder_user, (int) ( $attributes['waitingCount'] ?? 5 ), ! empty( $attributes['showWaiting'] ), MentorshipPage::waiting_page() );
$wayfinder_flash  = Flash::take( $wayfinder_user, $wayfinder_block );
$wayfinder_mentee = $wayfinder_view['mentee'];
$wayfinder_mentor = $wayfinder_view['mentor'];
$wayfinder_region = $wayfinder_root['data-wp-router-region'];
Parts::state( $wayfinder_block, $wayfinder_flash );

/**
 * One action form of this block (escaped inside).
 *
 * @param array<string, mixed> $args See PageForms::form().
 */
$wayfinder_form = static function ( string $action, int $id, array $args ) use ( $wayfinder_block ): void {
	echo PageForms::form( $action, $id, $wayfinder_block, $args ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
};
?>
<div <?php echo get_block_wrapper_attributes( $wayfinder_root ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>>
	<?php echo Parts::notice( $wayfinder_flash ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>

	<?php if ( null !== $wayfinder_mentee ) : ?>
		<?php
		$wayfinder_has_mentor = in_array( $wayfinder_mentee['state'], array( 'matched', 'proposed' ), true );
		if ( $wayfinder_has_mentor ) {
			$wayfinder_heading = __( 'Your mentor', 'wayfinder' );
		} elseif ( array() !== $wayfinder_mentee['offers'] ) {
			$wayfinder_heading = __( 'A mentor for you', 'wayfinder' );
		} elseif ( 'queued' === $wayfinder_mentee['state'] ) {
			$wayfinder_heading = __( 'Waiting for a mentor', 'wayfinder' );
		} else {
			$wayfinder_heading = __( 'Get a mentor', 'wayfinder' );
		}
		?>
		<section class="wayfinder-section wayfinder-section--mentee" id="<?php echo esc_attr( MentorshipPage::MENTOR ); ?>" aria-labelledby="<?php echo esc_attr( $wayfinder_region . '-mentor' ); ?>">
			<h2 id="<?php echo esc_attr( $wayfinder_region . '-mentor' ); ?>"><?php echo esc_html( $wayfinder_heading ); ?></h2>

			<?php if ( array() !== $wayfinder_mentee['offers'] ) : ?>
				<h3><?php echo esc_html( _n( 'A mentor offers to mentor you', 'Mentors offer to mentor you', count( $wayfinder_mentee['offers'] ), 'wayfinder' ) ); ?></h3>
				<p><?php esc_html_e( 'Accept an offer and that mentor is yours at once: you both get an email to introduce you.', 'wayfinder' ); ?></p>
				<ul class="wayfinder-people">
					<?php foreach ( $wayfinder_mentee['offers'] as $wayfinder_offer ) : ?>
						<?php $wayfinder_name_id = $wayfinder_region . '-offer-' . $wayfinder_offer['id']; ?>
						<li class="wayfinder-person">
							<p id="<?php echo esc_attr( $wayfinder_name_id ); ?>">
								<?php
								/* translators: 1: the mentor's name, 2: a date. */
								echo esc_html( sprintf( __( '%1$s offered on %2$s to mentor you.', 'wayfinder' ), $wayfinder_offer['mentor'], $wayfinder_offer['since'] ) );
								?>
							</p>
							<?php if ( '' !== $wayfinder_offer['intro'] ) : ?>
								<blockquote class="wayfinder-intro"><p><?php echo esc_html( $wayfinder_offer['intro'] ); ?></p></blockquote>
							<?php endif; ?>
							<?php if ( '' !== $wayfinder_offer['message'] ) : ?>
								<p><?php echo esc_html( $wayfinder_offer['message'] ); ?></p>
							<?php endif; ?>
							<div class="wayfinder-actions">
								<?php
								$wayfinder_form(
									'accept_offer',
									$wayfinder_offer['id'],
									array(
										'label'       => __( 'Accept', 'wayfinder' ),
										'name'        => $wayfinder_offer['mentor'],
										'describedby' => $wayfinder_name_id,
									)
								);
								$wayfinder_form(
									'decline_offer',
									$wayfinder_offer['id'],
									array(
										'label'        => __( 'Decline', 'wayfinder' ),
										'name'         => $wayfinder_offer['mentor'],
										'describedby'  => $wayfinder_name_id,
										'button_class' => 'wp-element-button is-secondary',
									)
								);
								?>
							</div>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php endif; ?>

			<?php if ( 'matched' === $wayfinder_mentee['state'] ) : ?>
				<div class="wayfinder-card">
					<h3><?php echo esc_html( $wayfinder_mentee['mentor']['name'] ); ?></h3>
					<p class="wayfinder-meta">
						<?php echo esc_html( $wayfinder_mentee['how'] ); ?>
						<?php
						/* translators: %s: a date. */
						echo esc_html( sprintf( __( 'Since %s.', 'wayfinder' ), $wayfinder_mentee['since'] ) );
						?>
					</p>
					<?php if ( '' !== $wayfinder_mentee['mentor']['intro'] ) : ?>
						<blockquote class="wayfinder-intro"><p><?php echo esc_html( $wayfinder_mentee['mentor']['intro'] ); ?></p></blockquote>
					<?php endif; ?>
					<p class="wayfinder-contact">
						<?php esc_html_e( 'Email:', 'wayfinder' ); ?>
						<a href="<?php echo esc_url( 'mailto:' . $wayfinder_mentee['mentor']['email'] ); ?>"><?php echo esc_html( (string) $wayfinder_mentee['mentor']['email'] ); ?></a>
					</p>
					<?php if ( $wayfinder_mentee['mentor']['away'] ) : ?>
						<p class="wayfinder-notice wayfinder-away">
							<?php
							$wayfinder_mentor_name = $wayfinder_mentee['mentor']['name'];
							if ( null !== $wayfinder_mentee['mentor']['back_on'] ) {
								/* translators: 1: the mentor's name, 2: a date. */
								$wayfinder_away_text = sprintf( __( '%1$s is away until %2$s.', 'wayfinder' ), $wayfinder_mentor_name, $wayfinder_mentee['mentor']['back_on'] );
							} else {
								/* translators: %s: the mentor's name. */
								$wayfinder_away_text = sprintf( __( '%s is away at the moment.', 'wayfinder' ), $wayfinder_mentor_name );
							}
							if ( null !== $wayfinder_mentee['backup'] ) {
								/* translators: %s: the backup mentor's name. */
								$wayfinder_away_text .= ' ' . sprintf( __( 'Meanwhile %s, your backup mentor, covers for them: write to them with anything you need.', 'wayfinder' ), $wayfinder_mentee['backup']['name'] );
							} else {
								$wayfinder_away_text .= ' ' . __( 'Nobody covers for them meanwhile; if you need help before they are back, ask a mentoring coordinator.', 'wayfinder' );
							}
							echo esc_html( $wayfinder_away_text );
							?>
							<?php if ( null !== $wayfinder_mentee['backup'] && null !== $wayfinder_mentee['backup']['email'] ) : ?>
								<a href="<?php echo esc_url( 'mailto:' . $wayfinder_mentee['backup']['email'] ); ?>"><?php echo esc_html( $wayfinder_mentee['backup']['email'] ); ?></a>
							<?php endif; ?>
						</p>
					<?php elseif ( null !== $wayfinder_mentee['backup'] ) : ?>
						<p class="wayfinder-meta">
							<?php
							/* translators: %s: the backup mentor's name. */
							echo esc_html( sprintf( __( 'Your backup mentor, %s, covers whenever your mentor is away.', 'wayfinder' ), $wayfinder_mentee['backup']['name'] ) );
							?>
						</p>
					<?php endif; ?>
					<h4><?php esc_html_e( 'Next steps', 'wayfinder' ); ?></h4>
					<ol class="wayfinder-steps">
						<li>
							<?php
							/* translators: %s: the mentor's name. */
							echo esc_html( sprintf( __( 'Write to %s to say hello and agree on a first meeting.', 'wayfinder' ), $wayfinder_mentee['mentor']['name'] ) );
							?>
						</li>
						<li><?php esc_html_e( 'Agree together on what you want to learn or contribute in the next three months.', 'wayfinder' ); ?></li>
						<li><?php esc_html_e( 'Keep your profile up to date, so that your mentor knows when you are free.', 'wayfinder' ); ?></li>
					</ol>
					<?php
					// Escaped inside end_form().
					echo Parts::end_form( (int) $wayfinder_mentee['match'], $wayfinder_mentee['mentor']['name'], $wayfinder_mentee['endings'], __( 'Change mentor or stop', 'wayfinder' ), $wayfinder_block ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
					?>
				</div>
			<?php elseif ( 'proposed' === $wayfinder_mentee['state'] ) : ?>
				<div class="wayfinder-card">
					<h3><?php echo esc_html( $wayfinder_mentee['mentor']['name'] ); ?></h3>
					<p>
						<?php
						/* translators: %s: the mentor's name. */
						echo esc_html( sprintf( __( 'A mentoring coordinator chose %s as your mentor. Once they confirm, you both get an email to introduce you, with how to reach each other.', 'wayfinder' ), $wayfinder_mentee['mentor']['name'] ) );
						?>
					</p>
					<?php if ( '' !== $wayfinder_mentee['mentor']['intro'] ) : ?>
						<blockquote class="wayfinder-intro"><p><?php echo esc_html( $wayfinder_mentee['mentor']['intro'] ); ?></p></blockquote>
					<?php endif; ?>
					<?php
					echo Parts::end_form( (int) $wayfinder_mentee['match'], $wayfinder_mentee['mentor']['name'], $wayfinder_mentee['endings'], __( 'Change mentor or stop', 'wayfinder' ), $wayfinder_block ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
					?>
				</div>
			<?php elseif ( 'queued' === $wayfinder_mentee['state'] ) : ?>
				<p class="wayfinder-standing">
					<strong>
					<?php
					/* translators: %s: place in the queue, a number. */
					echo esc_html( sprintf( __( 'You are number %s in the queue for a mentor.', 'wayfinder' ), number_format_i18n( (int) $wayfinder_mentee['position'] ) ) );
					?>
					</strong>
					<?php
					if ( isset( $wayfinder_mentee['queue_since'] ) ) {
						/* translators: %s: a date. */
						echo esc_html( sprintf( __( 'You have been waiting since %s.', 'wayfinder' ), $wayfinder_mentee['queue_since'] ) );
					}
					?>
				</p>
				<?php if ( '' !== (string) $wayfinder_mentee['reason'] ) : ?>
					<p><?php echo esc_html( (string) $wayfinder_mentee['reason'] ); ?></p>
				<?php endif; ?>
				<p class="wayfinder-next"><?php esc_html_e( 'What happens next: as soon as a mentor who fits you has room, you are matched and get an email — you need not do anything. Mentors who see you waiting can also offer to take you on; an offer appears at the top of this page and by email. To widen the choice, add languages, teams or times to your profile below.', 'wayfinder' ); ?></p>
				<div class="wayfinder-actions">
					<?php
					$wayfinder_form(
						'find_mentor',
						0,
						array(
							'label'        => __( 'Look for a mentor again', 'wayfinder' ),
							'button_class' => 'wp-element-button is-secondary',
						)
					);
					if ( isset( $wayfinder_mentee['queue_request'] ) ) {
						$wayfinder_form(
							'cancel_request',
							(int) $wayfinder_mentee['queue_request'],
							array(
								'label'        => __( 'Stop waiting', 'wayfinder' ),
								'button_class' => 'wp-element-button is-secondary',
							)
						);
					}
					?>
				</div>
			<?php else : ?>
				<p><?php esc_html_e( 'You have no mentor yet. We look for the mentor who fits you best — a shared language, your teams, times when you are both free — and introduce you to each other by email. If nobody fits right now, you wait in the queue, and mentors can offer to take you on.', 'wayfinder' ); ?></p>
				<?php $wayfinder_form( 'find_mentor', 0, array( 'label' => __( 'Ask for a mentor', 'wayfinder' ) ) ); ?>
			<?php endif; ?>

			<?php if ( array() !== $wayfinder_mentee['asked'] ) : ?>
				<h3><?php esc_html_e( 'Your requests', 'wayfinder' ); ?></h3>
				<ul class="wayfinder-people">
					<?php foreach ( $wayfinder_mentee['asked'] as $wayfinder_asked ) : ?>
						<?php $wayfinder_name_id = $wayfinder_region . '-asked-' . $wayfinder_asked['id']; ?>
						<li class="wayfinder-person">
							<p id="<?php echo esc_attr( $wayfinder_name_id ); ?>">
								<?php
								/* translators: 1: the mentor's name, 2: a date, 3: a date. */
								echo esc_html( sprintf( __( 'You asked %1$s on %2$s to mentor you. They have until %3$s to answer.', 'wayfinder' ), $wayfinder_asked['mentor'], $wayfinder_asked['since'], $wayfinder_asked['expires'] ) );
								?>
							</p>
							<?php
							$wayfinder_form(
								'cancel_request',
								$wayfinder_asked['id'],
								array(
									'label'        => __( 'Withdraw', 'wayfinder' ),
									'name'         => $wayfinder_asked['mentor'],
									'describedby'  => $wayfinder_name_id,
									'button_class' => 'wp-element-button is-secondary',
								)
							);
							?>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php endif; ?>
		</section>
	<?php endif; ?>

	<?php if ( null !== $wayfinder_mentor ) : ?>
		<section class="wayfinder-section wayfinder-section--mentor" aria-labelledby="<?php echo esc_attr( $wayfinder_region . '-mentees' ); ?>">
			<h2 id="<?php echo esc_attr( $wayfinder_region . '-mentees' ); ?>"><?php esc_html_e( 'As a mentor', 'wayfinder' ); ?></h2>
			<p class="wayfinder-status">
				<?php
				/* translators: 1: current mentees, 2: capacity. */
				echo esc_html( sprintf( _n( 'You mentor %1$d of %2$d mentee.', 'You mentor %1$d of %2$d mentees.', $wayfinder_mentor['capacity'], 'wayfinder' ), $wayfinder_mentor['active'], $wayfinder_mentor['capacity'] ) );
				echo ' ';
				if ( 'retired' === $wayfinder_mentor['status'] ) {
					esc_html_e( 'Status: stopped mentoring.', 'wayfinder' );
				} elseif ( 'away' === $wayfinder_mentor['status'] && null !== $wayfinder_mentor['away_until'] ) {
					/* translators: %s: a date. */
					echo esc_html( sprintf( __( 'Status: away until %s.', 'wayfinder' ), $wayfinder_mentor['away_until'] ) );
				} elseif ( 'away' === $wayfinder_mentor['status'] ) {
					esc_html_e( 'Status: away.', 'wayfinder' );
				} else {
					esc_html_e( 'Status: available.', 'wayfinder' );
				}
				?>
				<a href="<?php echo esc_url( MentorshipPage::edit_profile_here() ); ?>"><?php esc_html_e( 'Change your status or capacity', 'wayfinder' ); ?></a>
			</p>
			<?php if ( null === $wayfinder_mentor['label'] ) : ?>
				<p class="wayfinder-reason"><?php echo esc_html( (string) $wayfinder_mentor['reason'] ); ?></p>
			<?php endif; ?>

			<?php if ( array() !== $wayfinder_mentor['proposals'] || array() !== $wayfinder_mentor['requests'] ) : ?>
				<h3><?php esc_html_e( 'Waiting for your answer', 'wayfinder' ); ?></h3>
				<ul class="wayfinder-people">
					<?php foreach ( $wayfinder_mentor['proposals'] as $wayfinder_proposal ) : ?>
						<?php $wayfinder_name_id = $wayfinder_region . '-proposal-' . $wayfinder_proposal['match']; ?>
						<li class="wayfinder-person">
							<p id="<?php echo esc_attr( $wayfinder_name_id ); ?>">
								<?php
								/* translators: 1: the mentee's name, 2: a date. */
								echo esc_html( sprintf( __( 'A mentoring coordinator proposes you as the mentor of %1$s (since %2$s).', 'wayfinder' ), $wayfinder_proposal['name'], $wayfinder_proposal['since'] ) );
								?>
							</p>
							<?php if ( '' !== $wayfinder_proposal['intro'] ) : ?>
								<blockquote class="wayfinder-intro"><p><?php echo esc_html( $wayfinder_proposal['intro'] ); ?></p></blockquote>
							<?php endif; ?>
							<div class="wayfinder-actions">
								<?php
								$wayfinder_form(
									'confirm_match',
									$wayfinder_proposal['match'],
									array(
										'label'       => __( 'Confirm', 'wayfinder' ),
										'name'        => $wayfinder_proposal['name'],
										'describedby' => $wayfinder_name_id,
									)
								);
								$wayfinder_form(
									'decline_match',
									$wayfinder_proposal['match'],
									array(
										'label'        => __( 'Decline', 'wayfinder' ),
										'name'         => $wayfinder_proposal['name'],
										'describedby'  => $wayfinder_name_id,
										'button_class' => 'wp-element-button is-secondary',
									)
								);
								?>
							</div>
						</li>
					<?php endforeach; ?>
					<?php foreach ( $wayfinder_mentor['requests'] as $wayfinder_request ) : ?>
						<?php $wayfinder_name_id = $wayfinder_region . '-request-' . $wayfinder_request['id']; ?>
						<li class="wayfinder-person">
							<p id="<?php echo esc_attr( $wayfinder_name_id ); ?>">
								<?php
								echo esc_html(
									null === $wayfinder_request['from']
										/* translators: 1: the mentee's name, 2: a date. */
										? sprintf( __( '%1$s asked you on %2$s to be their mentor.', 'wayfinder' ), $wayfinder_request['mentee'], $wayfinder_request['since'] )
										/* translators: 1: the coordinator's name, 2: the mentee's name, 3: a date. */
										: sprintf( __( '%1$s, a mentoring coordinator, asked you on %3$s to mentor %2$s.', 'wayfinder' ), $wayfinder_request['from'], $wayfinder_request['mentee'], $wayfinder_request['since'] )
								);
								echo ' ';
								/* translators: %s: a date. */
								echo esc_html( sprintf( __( 'Answer by %s.', 'wayfinder' ), $wayfinder_request['expires'] ) );
								?>
							</p>
							<?php if ( '' !== $wayfinder_request['message'] ) : ?>
								<blockquote class="wayfinder-intro"><p><?php echo esc_html( $wayfinder_request['message'] ); ?></p></blockquote>
							<?php endif; ?>
							<div class="wayfinder-actions">
								<?php
								$wayfinder_form(
									'accept_request',
									$wayfinder_request['id'],
									array(
										'label'       => __( 'Accept', 'wayfinder' ),
										'name'        => $wayfinder_request['mentee'],
										'describedby' => $wayfinder_name_id,
									)
								);
								$wayfinder_form(
									'decline_request',
									$wayfinder_request['id'],
									array(
										'label'        => __( 'Decline', 'wayfinder' ),
										'name'         => $wayfinder_request['mentee'],
										'describedby'  => $wayfinder_name_id,
										'button_class' => 'wp-element-button is-secondary',
									)
								);
								?>
							</div>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php endif; ?>

			<h3><?php esc_html_e( 'Your mentees', 'wayfinder' ); ?></h3>
			<?php if ( array() === $wayfinder_mentor['mentees'] ) : ?>
				<p><?php esc_html_e( 'You have no mentee at the moment.', 'wayfinder' ); ?></p>
			<?php else : ?>
				<ul class="wayfinder-people">
					<?php foreach ( $wayfinder_mentor['mentees'] as $wayfinder_match ) : ?>
						<li class="wayfinder-person wayfinder-card">
							<h4><?php echo esc_html( $wayfinder_match['name'] ); ?></h4>
							<p class="wayfinder-meta">
								<?php
								echo esc_html( $wayfinder_match['how'] );
								echo ' ';
								/* translators: 1: a date, 2: a date. */
								echo esc_html( sprintf( __( 'Since %1$s; last change %2$s.', 'wayfinder' ), $wayfinder_match['since'], $wayfinder_match['updated'] ) );
								?>
							</p>
							<?php if ( '' !== $wayfinder_match['intro'] ) : ?>
								<blockquote class="wayfinder-intro"><p><?php echo esc_html( $wayfinder_match['intro'] ); ?></p></blockquote>
							<?php endif; ?>
							<p class="wayfinder-contact">
								<?php esc_html_e( 'Email:', 'wayfinder' ); ?>
								<a href="<?php echo esc_url( 'mailto:' . $wayfinder_match['email'] ); ?>"><?php echo esc_html( (string) $wayfinder_match['email'] ); ?></a>
							</p>
							<?php
							echo Parts::end_form( $wayfinder_match['match'], $wayfinder_match['name'], $wayfinder_mentor['endings'], __( 'End this mentorship', 'wayfinder' ), $wayfinder_block ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
							?>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php endif; ?>

			<?php if ( array() !== $wayfinder_mentor['offers'] ) : ?>
				<h3><?php esc_html_e( 'Your offers', 'wayfinder' ); ?></h3>
				<ul class="wayfinder-people">
					<?php foreach ( $wayfinder_mentor['offers'] as $wayfinder_offer ) : ?>
						<?php $wayfinder_name_id = $wayfinder_region . '-my-offer-' . $wayfinder_offer['id']; ?>
						<li class="wayfinder-person">
							<p id="<?php echo esc_attr( $wayfinder_name_id ); ?>">
								<?php
								/* translators: 1: the mentee's name, 2: a date, 3: a date. */
								echo esc_html( sprintf( __( 'You offered on %2$s to mentor %1$s. They have until %3$s to answer.', 'wayfinder' ), $wayfinder_offer['mentee'], $wayfinder_offer['since'], $wayfinder_offer['expires'] ) );
								?>
							</p>
							<?php
							$wayfinder_form(
								'withdraw_offer',
								$wayfinder_offer['id'],
								array(
									'label'        => __( 'Withdraw', 'wayfinder' ),
									'name'         => $wayfinder_offer['mentee'],
									'describedby'  => $wayfinder_name_id,
									'button_class' => 'wp-element-button is-secondary',
								)
							);
							?>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php endif; ?>

			<?php if ( null !== $wayfinder_mentor['waiting'] ) : ?>
				<section class="wayfinder-waiting" id="<?php echo esc_attr( MentorshipPage::WAITING ); ?>" tabindex="-1" aria-labelledby="<?php echo esc_attr( $wayfinder_region . '-waiting' ); ?>">
					<h3 id="<?php echo esc_attr( $wayfinder_region . '-waiting' ); ?>"><?php esc_html_e( 'People waiting for a mentor', 'wayfinder' ); ?></h3>
					<?php if ( null === $wayfinder_mentor['label'] ) : ?>
						<p><?php esc_html_e( 'You can offer to mentor someone again once you take new mentees (see above).', 'wayfinder' ); ?></p>
					<?php else : ?>
						<?php echo Parts::waiting_list( $wayfinder_mentor['waiting'], $wayfinder_block ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>
					<?php endif; ?>
				</section>
			<?php endif; ?>

			<?php if ( array() !== $wayfinder_mentor['past'] ) : ?>
				<details class="wayfinder-past">
					<summary><?php esc_html_e( 'Past mentees', 'wayfinder' ); ?></summary>
					<ul>
						<?php foreach ( $wayfinder_mentor['past'] as $wayfinder_past ) : ?>
							<li>
								<?php
								/* translators: 1: the mentee's name, 2: a date, 3: why it ended. */
								echo esc_html( sprintf( __( '%1$s — ended %2$s: %3$s', 'wayfinder' ), $wayfinder_past['name'], $wayfinder_past['ended'], $wayfinder_past['reason'] ) );
								if ( null !== $wayfinder_past['contributions'] ) {
									/* translators: %d: verified contributions since the mentorship started. */
									echo ' · ' . esc_html( sprintf( _n( '%d verified contribution', '%d verified contributions', $wayfinder_past['contributions'], 'wayfinder' ), $wayfinder_past['contributions'] ) );
								}
								?>
							</li>
						<?php endforeach; ?>
					</ul>
				</details>
			<?php endif; ?>
		</section>
	<?php endif; ?>

	<?php
	/**
	 * Sections of features outside a cohort (e.g. the person's applications to cohorts), escaped.
	 *
	 * @param int    $user_id The person looking.
	 * @param string $region  A prefix for element IDs unique on the page.
	 */
	do_action( 'wayfinder_my_sections', $wayfinder_user, $wayfinder_region );
	$wayfinder_cohorts = ( new \Wayfinder\Sessions\CohortSchedule() )->of( $wayfinder_user, ( new ProfileRepository() )->find( $wayfinder_user )->timezone );
	?>
	<?php foreach ( $wayfinder_cohorts as $wayfinder_n => $wayfinder_cohort ) : ?>
		<section class="wayfinder-section wayfinder-section--cohort" aria-labelledby="<?php echo esc_attr( $wayfinder_region . '-cohort-' . $wayfinder_n ); ?>">
			<h2 id="<?php echo esc_attr( $wayfinder_region . '-cohort-' . $wayfinder_n ); ?>">
				<?php
				/* translators: %s: the cohort's name. */
				echo esc_html( sprintf( __( 'Your cohort: %s', 'wayfinder' ), $wayfinder_cohort['name'] ) );
				?>
			</h2>
			<p><?php echo esc_html( $wayfinder_cohort['dates'] . ' · ' . $wayfinder_cohort['week'] ); ?> · <a href="<?php echo esc_url( $wayfinder_cohort['url'] ); ?>"><?php esc_html_e( 'About the cohort', 'wayfinder' ); ?></a></p>
			<p><?php echo esc_html( $wayfinder_cohort['role'] ); ?></p>
			<h3><?php esc_html_e( 'Sessions to come', 'wayfinder' ); ?></h3>
			<?php if ( array() === $wayfinder_cohort['sessions'] ) : ?>
				<p><?php esc_html_e( 'No sessions are planned yet. You will get an email with a calendar invitation as soon as one is.', 'wayfinder' ); ?></p>
			<?php else : ?>
				<p><?php echo esc_html( $wayfinder_cohort['zone'] ); ?></p>
				<ul class="wayfinder-sessions">
					<?php foreach ( $wayfinder_cohort['sessions'] as $wayfinder_session ) : ?>
						<li>
							<strong><?php echo esc_html( $wayfinder_session['title'] ); ?></strong> —
							<time datetime="<?php echo esc_attr( $wayfinder_session['iso'] ); ?>"><?php echo esc_html( $wayfinder_session['when'] ); ?></time>
							<?php
							/* translators: %d: minutes. */
							echo esc_html( sprintf( _n( '(%d minute)', '(%d minutes)', $wayfinder_session['minutes'], 'wayfinder' ), $wayfinder_session['minutes'] ) );
							?>
							<?php if ( '' !== $wayfinder_session['location'] ) : ?>
								<br>
								<?php if ( $wayfinder_session['link'] ) : ?>
									<a href="<?php echo esc_url( $wayfinder_session['location'] ); ?>"><?php esc_html_e( 'Join the session', 'wayfinder' ); ?></a>
								<?php else : ?>
									<?php
									/* translators: %s: a place. */
									echo esc_html( sprintf( __( 'Where: %s', 'wayfinder' ), $wayfinder_session['location'] ) );
									?>
								<?php endif; ?>
							<?php endif; ?>
							· <a href="<?php echo esc_url( $wayfinder_session['invitation'] ); ?>" download><?php esc_html_e( 'Add to your calendar', 'wayfinder' ); ?></a>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php endif; ?>
			<?php
			/**
			 * Each cohort feature (1:1 sessions, training, the plan, check-ins, this week's step) prints
			 * its own part of the person's cohort here, escaped, with forms that work without JavaScript.
			 *
			 * @param int      $cohort_id The cohort.
			 * @param int      $user_id   The person looking.
			 * @param string   $as        How they take part: 'mentee' or 'mentor'.
			 * @param callable $form      Prints a page form: ( string $action, int $id, array $args ).
			 * @param string   $region    A prefix for element IDs unique on the page.
			 */
			do_action( 'wayfinder_my_cohort', $wayfinder_cohort['id'], $wayfinder_user, $wayfinder_cohort['as'], $wayfinder_form, $wayfinder_region . '-cohort-' . $wayfinder_n );
			?>
		</section>
	<?php endforeach; ?>
	<?php if ( array() !== $wayfinder_cohorts ) : ?>
		<section class="wayfinder-section wayfinder-section--calendar" aria-labelledby="<?php echo esc_attr( $wayfinder_region . '-calendar' ); ?>">
			<h2 id="<?php echo esc_attr( $wayfinder_region . '-calendar' ); ?>"><?php esc_html_e( 'Your cohort in your calendar', 'wayfinder' ); ?></h2>
			<p><?php esc_html_e( 'Subscribe to this address in your calendar app (Google Calendar, Outlook, Apple Calendar: "add a calendar from a URL") and every session appears there, moved or removed when it changes. Keep it to yourself: anyone with it sees your sessions.', 'wayfinder' ); ?></p>
			<p><label><?php esc_html_e( 'Your calendar address', 'wayfinder' ); ?> <input type="text" readonly class="wayfinder-calendar-url" value="<?php echo esc_attr( ( new \Wayfinder\Sessions\CalendarFeed() )->url( $wayfinder_user ) ); ?>"></label></p>
			<?php
			$wayfinder_form(
				'reset_calendar',
				0,
				array(
					'label'        => __( 'Make a new address (the old one stops working)', 'wayfinder' ),
					'button_class' => 'wp-element-button is-style-outline',
				)
			);
			?>
		</section>
	<?php endif; ?>

	<?php if ( ! empty( $attributes['showProfile'] ) ) : ?>
		<?php
		$wayfinder_refused = null !== $wayfinder_flash && Parts::belongs_to_profile( $wayfinder_flash );
		// The editor is a long form (every time zone): only when asked for, or to show what was refused.
		$wayfinder_editing = $wayfinder_refused || MentorshipPage::editing_profile();
		?>
		<section class="wayfinder-section wayfinder-section--profile" id="<?php echo esc_attr( MentorshipPage::PROFILE ); ?>" aria-labelledby="<?php echo esc_attr( $wayfinder_region . '-profile' ); ?>">
			<h2 id="<?php echo esc_attr( $wayfinder_region . '-profile' ); ?>"><?php esc_html_e( 'Your mentoring profile', 'wayfinder' ); ?></h2>
			<?php if ( ! $wayfinder_editing ) : ?>
				<p class="wayfinder-profile"><a href="<?php echo esc_url( MentorshipPage::edit_profile_here() ); ?>"><?php esc_html_e( 'Edit your profile', 'wayfinder' ); ?></a></p>
			<?php else : ?>
				<div class="wayfinder-profile">
					<?php
					$wayfinder_values = $wayfinder_refused && array() !== $wayfinder_flash['values'] ? $wayfinder_flash['values'] : ProfileForm::values_of( ( new ProfileRepository() )->find( $wayfinder_user ) );
					// Escaped inside: fields() and form() escape every value.
					echo PageForms::form( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
						'save_profile',
						0,
						$wayfinder_block,
						array(
							'label'   => __( 'Save profile', 'wayfinder' ),
							'inner'   => ProfileForm::fields( $wayfinder_values, $wayfinder_region . '-profile' ),
							'context' => array(
								'timezone' => (string) ( $wayfinder_values['timezone'] ?? 'UTC' ),
								'error'    => $wayfinder_refused ? $wayfinder_flash['message'] : '',
								'errors'   => $wayfinder_refused ? $wayfinder_flash['errors'] : array(),
							),
						)
					);
					?>
					<p><a href="<?php echo esc_url( remove_query_arg( MentorshipPage::EDIT_PROFILE ) . '#' . MentorshipPage::PROFILE ); ?>"><?php esc_html_e( 'Close the editor', 'wayfinder' ); ?></a></p>
				</div>
			<?php endif; ?>
		</section>
	<?php endif; ?>
</div>
