<?php
/**
 * What a cohort's mentees are asked to work through: the cohort's own training list, then each
 * taking-part team's handbook (the team's handbook link). An address listed twice counts once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Training;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Teams\TeamPostType;

final class TrainingItems {

	/** @return list<TrainingItem> */
	public function of( Cohort $cohort ): array {
		$items = array();
		foreach ( $cohort->training as $entry ) {
			$url = trim( $entry['url'] );
			if ( '' === $url ) {
				continue;
			}
			$title           = trim( $entry['title'] );
			$key             = TrainingItem::key_of( $url );
			$items[ $key ] ??= new TrainingItem( $key, '' !== $title ? $title : $url, $url );
		}
		foreach ( $cohort->teams as $slug ) {
			$team = get_page_by_path( $slug, OBJECT, TeamPostType::POST_TYPE );
			if ( ! $team instanceof \WP_Post || 'publish' !== $team->post_status ) {
				continue;
			}
			$url = trim( (string) get_post_meta( $team->ID, TeamPostType::HANDBOOK_URL, true ) );
			if ( '' === $url ) {
				continue;
			}
			$key = TrainingItem::key_of( $url );
			/* translators: %s: a team's name. */
			$items[ $key ] ??= new TrainingItem( $key, sprintf( __( 'The %s team handbook', 'wayfinder' ), get_the_title( $team ) ), $url, $slug );
		}
		return array_values( $items );
	}

	/** The cohort's item with this key, or null. */
	public function find( Cohort $cohort, string $key ): ?TrainingItem {
		foreach ( $this->of( $cohort ) as $item ) {
			if ( $item->key === $key ) {
				return $item;
			}
		}
		return null;
	}
}
