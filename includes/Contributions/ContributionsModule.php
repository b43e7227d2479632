<?php
/**
 * Contributions: the routes, this site's activity recorded as it happens, the sections in My
 * mentorship and their page forms, the kept team representatives, and what the contributions table
 * keeps about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class ContributionsModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( ContributionsController::class ), 'register_routes' ) );
		$site = new SiteActivity( $services->get( Recorder::class ) );
		add_action( 'transition_post_status', array( $site, 'post_status' ), 20, 3 );
		add_action( 'comment_post', array( $site, 'comment_posted' ), 20, 2 );
		add_action( 'transition_comment_status', array( $site, 'comment_status' ), 20, 3 );
		add_action( '_wp_put_post_revision', array( $site, 'revision_saved' ), 20, 1 );
		add_action( 'wayfinder_my_sections', array( ContributionsSection::class, 'render' ), 20, 2 );
		self::page_actions();
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'contributions',
				__( 'Contributions', 'wayfinder' ),
				array(
					'user_id'     => ErasePolicy::DELETE_ROW,
					'reviewed_by' => ErasePolicy::ANONYMISE,
					'created_by'  => ErasePolicy::ANONYMISE,
				),
				array( 'summary', 'review_note' ),
				array(
					'kind'           => __( 'Kind', 'wayfinder' ),
					'team'           => __( 'Team', 'wayfinder' ),
					'url'            => __( 'Link', 'wayfinder' ),
					'summary'        => __( 'Description', 'wayfinder' ),
					'contributed_on' => __( 'Date', 'wayfinder' ),
					'source'         => __( 'Source', 'wayfinder' ),
					'status'         => __( 'Status', 'wayfinder' ),
					'reviewed_by'    => __( 'Verified or rejected by', 'wayfinder' ),
					'review_note'    => __( 'Note', 'wayfinder' ),
				)
			)
		);
	}

	/** The forms of My mentorship's contribution sections: each the REST call it makes. */
	private static function page_actions(): void {
		PageForms::add(
			new PageAction(
				ContributionsSection::ADD,
				'POST',
				'people/%d/contributions',
				fields: array( 'kind', 'team', 'url', 'summary', 'contributed_on' ),
				done: static fn (): string => __( 'Contribution added. It now waits to be verified.', 'wayfinder' ),
			)
		);
		PageForms::add(
			new PageAction(
				ContributionsSection::DELETE,
				'DELETE',
				'contributions/%d',
				done: static fn (): string => __( 'Contribution deleted.', 'wayfinder' ),
			)
		);
		PageForms::add(
			new PageAction(
				ContributionsSection::VERIFY,
				'POST',
				'contributions/%d/verify',
				fields: array( 'note' ),
				/* translators: %s: the person's name. */
				done: static fn ( string $name ): string => '' !== $name ? sprintf( __( 'Verified. %s has been told.', 'wayfinder' ), $name ) : __( 'Verified. The person has been told.', 'wayfinder' ),
			)
		);
		PageForms::add(
			new PageAction(
				ContributionsSection::REJECT,
				'POST',
				'contributions/%d/reject',
				fields: array( 'note' ),
				/* translators: %s: the person's name. */
				done: static fn ( string $name ): string => '' !== $name ? sprintf( __( 'Not accepted. %s has been told, with your note.', 'wayfinder' ), $name ) : __( 'Not accepted. The person has been told, with your note.', 'wayfinder' ),
				check: static fn ( array $post ): string => is_string( $post['note'] ?? null ) && '' !== trim( $post['note'] ) ? '' : __( 'Say in a note why this contribution is not accepted: the person reads it.', 'wayfinder' ),
			)
		);
		PageForms::add(
			new PageAction(
				ContributionsSection::SHOW,
				'PUT',
				'me/contributions-visibility',
				body: array( 'public' => true ),
			)
		);
		PageForms::add(
			new PageAction(
				ContributionsSection::HIDE,
				'PUT',
				'me/contributions-visibility',
				body: array( 'public' => false ),
			)
		);
	}
}
