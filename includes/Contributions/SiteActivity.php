<?php
/**
 * Contributions from this site's activity, recorded as they happen (hooked in ContributionsModule):
 * a published post or page (or a post of any type with "handbook" in its name), an approved comment,
 * and an edit of a published handbook page (one per page per person per day). Each goes through
 * Recorder::record() as unverified, source `site`, with a source key that names it — `site:post:<id>`,
 * `site:comment:<id>`, `site:edit:<page id>:<Y-m-d>` — so seeing it twice records it once.
 *
 * Only for people taking part in the program (a Wayfinder profile or a cohort place). Coordinators'
 * writes are the program's own pages (the demo's among them), not contributions to verify.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Teams\TeamList;
use WP_Comment;
use WP_Post;

final class SiteActivity {

	/** Option: the team this site belongs to (a team slug; '' for none), for activity without a team category. */
	public const SITE_TEAM = 'wayfinder_site_team';

	/** The kind of a post by its team; a team not listed gives `other`. */
	private const TEAM_KINDS = array(
		'accessibility' => Contribution::TESTING,
		'cli'           => Contribution::CODE,
		'community'     => Contribution::EVENT,
		'core'          => Contribution::CODE,
		'design'        => Contribution::DESIGN,
		'docs'          => Contribution::DOCUMENTATION,
		'meta'          => Contribution::CODE,
		'mobile'        => Contribution::CODE,
		'openverse'     => Contribution::CODE,
		'performance'   => Contribution::CODE,
		'photos'        => Contribution::PHOTO,
		'polyglots'     => Contribution::TRANSLATION,
		'support'       => Contribution::SUPPORT,
		'test'          => Contribution::TESTING,
		'training'      => Contribution::TRAINING,
	);

	public function __construct( private readonly Recorder $recorder ) {
	}

	/**
	 * A post was published (not on later saves of a published post).
	 *
	 * @param string  $new_status The status now.
	 * @param string  $old_status The status before.
	 * @param mixed  $post       The post.
	 */
	public function post_status( $new_status, $old_status, $post ): void {
		if ( 'publish' !== $new_status || 'publish' === $old_status || ! $post instanceof WP_Post || ! self::counts( $post->post_type ) ) {
			return;
		}
		$author = (int) $post->post_author;
		if ( ! Contributors::takes_part( $author ) ) {
			return;
		}
		$handbook = self::is_handbook( $post->post_type );
		$team     = self::team_of( $post );
		$this->record(
			$author,
			$handbook ? Contribution::DOCUMENTATION : ( self::TEAM_KINDS[ $team ] ?? Contribution::OTHER ),
			$team,
			(string) get_permalink( $post ),
			/* translators: %s: the post's title. */
			sprintf( $handbook ? __( 'Published the handbook page "%s"', 'wayfinder' ) : __( 'Published "%s"', 'wayfinder' ), self::title( $post ) ),
			self::day( (string) $post->post_date_gmt ),
			'site:post:' . $post->ID
		);
	}

	/**
	 * A comment was saved; approved at once, it counts.
	 *
	 * @param int        $comment_id The comment.
	 * @param int|string $approved   1 when approved.
	 */
	public function comment_posted( $comment_id, $approved ): void {
		if ( 1 === (int) $approved ) {
			$comment = get_comment( (int) $comment_id );
			if ( $comment instanceof WP_Comment ) {
				$this->comment( $comment );
			}
		}
	}

	/**
	 * A comment's status changed; approved, it counts.
	 *
	 * @param string     $new_status The status now.
	 * @param string     $old_status The status before.
	 * @param mixed  $comment    The comment.
	 */
	public function comment_status( $new_status, $old_status, $comment ): void {
		if ( 'approved' === $new_status && 'approved' !== $old_status && $comment instanceof WP_Comment ) {
			$this->comment( $comment );
		}
	}

	/**
	 * A revision was saved: an edit of a published handbook page counts once per person, page and day.
	 * The author's own edits on the day they published the page are part of publishing it.
	 *
	 * @param int $revision_id The revision.
	 */
	public function revision_saved( $revision_id ): void {
		$revision = get_post( (int) $revision_id );
		if ( ! $revision instanceof WP_Post || wp_is_post_autosave( $revision ) ) {
			return;
		}
		$page = get_post( (int) $revision->post_parent );
		if ( ! $page instanceof WP_Post || 'publish' !== $page->post_status || ! self::is_handbook( $page->post_type ) ) {
			return;
		}
		$editor = (int) $revision->post_author;
		if ( ! Contributors::takes_part( $editor ) ) {
			return;
		}
		$day = self::day( (string) $revision->post_date_gmt );
		if ( $editor === (int) $page->post_author && self::day( (string) $page->post_date_gmt ) === $day ) {
			return;
		}
		$this->record(
			$editor,
			Contribution::DOCUMENTATION,
			self::team_of( $page ),
			(string) get_permalink( $page ),
			/* translators: %s: the handbook page's title. */
			sprintf( __( 'Edited the handbook page "%s"', 'wayfinder' ), self::title( $page ) ),
			$day,
			'site:edit:' . $page->ID . ':' . $day
		);
	}

	/** Whether activity on this post type counts: posts, pages and any type with "handbook" in its name. */
	public static function counts( string $post_type ): bool {
		return in_array( $post_type, array( 'post', 'page' ), true ) || self::is_handbook( $post_type );
	}

	public static function is_handbook( string $post_type ): bool {
		return str_contains( $post_type, 'handbook' );
	}

	/** The post's team: its first category that is a team's slug, else the site's team, else ''. */
	public static function team_of( WP_Post $post ): string {
		$teams = TeamList::all();
		if ( is_object_in_taxonomy( $post->post_type, 'category' ) ) {
			foreach ( get_the_category( $post->ID ) as $category ) {
				if ( isset( $teams[ $category->slug ] ) ) {
					return $category->slug;
				}
			}
		}
		$site = (string) get_option( self::SITE_TEAM, '' );
		return isset( $teams[ $site ] ) ? $site : '';
	}

	private function comment( WP_Comment $comment ): void {
		$author = (int) $comment->user_id;
		$post   = get_post( (int) $comment->comment_post_ID );
		if ( ! $post instanceof WP_Post || ! Contributors::takes_part( $author ) ) {
			return;
		}
		$this->record(
			$author,
			Contribution::SUPPORT,
			self::team_of( $post ),
			(string) get_comment_link( $comment ),
			/* translators: %s: the title of the post commented on. */
			sprintf( __( 'Answered on "%s"', 'wayfinder' ), self::title( $post ) ),
			self::day( (string) $comment->comment_date_gmt ),
			'site:comment:' . $comment->comment_ID
		);
	}

	private function record( int $user, string $kind, string $team, string $url, string $summary, string $day, string $key ): void {
		try {
			$this->recorder->record(
				array(
					'user_id'        => $user,
					'kind'           => $kind,
					'team'           => $team,
					'url'            => $url,
					'summary'        => $summary,
					'contributed_on' => $day,
					'source'         => Contribution::SITE,
					'source_key'     => $key,
					'status'         => Contribution::UNVERIFIED,
					'created_by'     => 0,
				),
				time()
			);
		} catch ( \RuntimeException $refused ) {
			// The person's post or comment is saved whatever happens here: a contribution the database
			// refused is not recorded (the same activity seen again records it).
			unset( $refused );
		}
	}

	private static function title( WP_Post $post ): string {
		$title = wp_strip_all_tags( get_the_title( $post ) );
		return '' !== $title ? $title : __( '(no title)', 'wayfinder' );
	}

	/** The day (Y-m-d, site time) of a GMT time; today when there is none yet. */
	private static function day( string $gmt ): string {
		$time = '' === $gmt || str_starts_with( $gmt, '0000' ) ? time() : (int) strtotime( $gmt . ' UTC' );
		return (string) wp_date( 'Y-m-d', $time );
	}
}
