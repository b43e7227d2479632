<?php
/**
 * What people do from the mentoring blocks — ask for a mentor, offer to mentor or pass on a waiting
 * mentee, answer a request or a proposal, end a mentorship, save their profile — as actions of the one
 * page-form mechanism (Platform\PageForms): each names its REST call and the notice once it is done.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\MyMentorship;

use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;
use Wayfinder\Profiles\ProfileForm;

final class Actions {

	/** The blocks a notice can be meant for. */
	public const BLOCKS = array( 'mentoring-button', 'my-mentorship' );

	/** Adds the mentoring blocks' actions to the page forms. */
	public static function register(): void {
		foreach ( self::all() as $action ) {
			PageForms::add( $action );
		}
	}

	/** @return list<PageAction> */
	public static function all(): array {
		return array(
			new PageAction(
				'find_mentor',
				'POST',
				'mentoring-state/me/find-mentor',
				done: static fn (): array => array(
					'matched' => __( 'You have a mentor now.', 'wayfinder' ),
					'waiting' => __( 'No mentor is free for you right now, so you are in the queue. You will get an email when someone takes you on.', 'wayfinder' ),
				),
			),
			new PageAction(
				'offer',
				'POST',
				'requests',
				body: array(
					'type'   => 'mentor_offer',
					'mentee' => '%d',
				),
				/* translators: %s: the mentee's name. */
				done: static fn ( string $name ): string => sprintf( __( 'You offered to mentor %s. They get an email and can accept or decline.', 'wayfinder' ), $name ),
				name_in: 'mentee_name',
			),
			new PageAction(
				'pass',
				'POST',
				'mentees/waiting/%d/pass',
				/* translators: %s: the mentee's name. */
				done: static fn ( string $name ): string => '' !== $name ? sprintf( __( 'You passed on %s. They stay in the queue for other mentors, and you will not see them here again.', 'wayfinder' ), $name ) : __( 'You passed. They stay in the queue for other mentors, and you will not see them here again.', 'wayfinder' ),
				name_in: 'mentee_name',
			),
			new PageAction(
				'accept_offer',
				'POST',
				'requests/%d/accept',
				/* translators: %s: the mentor's name. */
				done: static fn ( string $name ): string => sprintf( __( '%s is your mentor now. You both get an email to introduce you.', 'wayfinder' ), $name ),
				name_in: 'mentor_name',
			),
			new PageAction(
				'decline_offer',
				'POST',
				'requests/%d/decline',
				/* translators: %s: a person's name. */
				done: static fn ( string $name ): string => sprintf( __( 'You said no to %s. They get an email.', 'wayfinder' ), $name ),
				name_in: 'mentor_name',
			),
			new PageAction(
				'accept_request',
				'POST',
				'requests/%d/accept',
				/* translators: %s: the mentee's name. */
				done: static fn ( string $name ): string => sprintf( __( 'You are now the mentor of %s. You both get an email to introduce you.', 'wayfinder' ), $name ),
				name_in: 'mentee_name',
			),
			new PageAction(
				'decline_request',
				'POST',
				'requests/%d/decline',
				/* translators: %s: a person's name. */
				done: static fn ( string $name ): string => sprintf( __( 'You said no to %s. They get an email.', 'wayfinder' ), $name ),
				name_in: 'mentee_name',
			),
			new PageAction(
				'cancel_request',
				'POST',
				'requests/%d/cancel',
				done: static fn (): string => __( 'Your request is withdrawn.', 'wayfinder' ),
				name_in: 'mentor_name',
			),
			new PageAction(
				'withdraw_offer',
				'POST',
				'requests/%d/cancel',
				/* translators: %s: the mentee's name. */
				done: static fn ( string $name ): string => sprintf( __( 'Your offer to %s is withdrawn.', 'wayfinder' ), $name ),
				name_in: 'mentee_name',
			),
			new PageAction(
				'confirm_match',
				'POST',
				'matches/%d/confirm',
				/* translators: %s: the mentee's name. */
				done: static fn ( string $name ): string => sprintf( __( 'You are now the mentor of %s. You both get an email to introduce you.', 'wayfinder' ), $name ),
				name_in: 'mentee_name',
			),
			new PageAction(
				'decline_match',
				'POST',
				'matches/%d/decline',
				/* translators: %s: the mentee's name. */
				done: static fn ( string $name ): string => sprintf( __( 'You declined to mentor %s. They get another mentor or a place in the queue.', 'wayfinder' ), $name ),
				name_in: 'mentee_name',
			),
			new PageAction(
				'end_match',
				'POST',
				'matches/%d/end',
				fields: array( 'reason' ),
				/* translators: %s: the other person's name. */
				done: static fn ( string $name ): string => sprintf( __( 'Your mentorship with %s has ended.', 'wayfinder' ), $name ),
				name_in: 'other',
				check: static fn ( array $post ): string => match ( true ) {
					empty( $post['reason'] ) => __( 'Nothing has changed: choose why the mentorship ends, then confirm.', 'wayfinder' ),
					empty( $post['confirm'] ) => __( 'Nothing has changed: tick the box to confirm that you want to end this mentorship.', 'wayfinder' ),
					default => '',
				},
			),
			new PageAction(
				'save_profile',
				'PATCH',
				'profiles/me',
				read: static fn ( array $fields ): array => ProfileForm::from_post( $fields ),
				done: static fn (): string => __( 'Your profile is saved.', 'wayfinder' ),
				reader: 'profile',
			),
		);
	}
}
