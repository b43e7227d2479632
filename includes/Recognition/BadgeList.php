<?php
/**
 * Badges as HTML, escaped here: the full list (picture, name — linked to its verification when a
 * credential exists —, why and the date, for the Badges block) and the compact one (small pictures
 * with their names, for the mentor card and the directory). Both are lists a screen reader announces
 * as lists, and wrap on a phone.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

final class BadgeList {

	/** The block whose stylesheet styles every badge list. */
	public const BLOCK = 'wayfinder/badges';

	/**
	 * @param list<array<string, mixed>> $badges BadgeView::of() for each.
	 * @param string                     $labelledby The ID of the heading that names the list ('' for none).
	 */
	public static function full( array $badges, string $labelledby = '' ): string {
		self::enqueue_style();
		$html = '<ul class="wayfinder-badges" role="list"' . ( '' !== $labelledby ? ' aria-labelledby="' . esc_attr( $labelledby ) . '"' : '' ) . '>';
		foreach ( $badges as $badge ) {
			$name  = esc_html( (string) $badge['name'] );
			$html .= '<li class="wayfinder-badge">';
			$html .= self::image( $badge, 72 );
			$html .= '<div class="wayfinder-badge__text">';
			$html .= '<p class="wayfinder-badge__name">' . ( '' !== $badge['verify'] ? '<a href="' . esc_url( (string) $badge['verify'] ) . '">' . $name . '<span class="wayfinder-sr-only"> ' . esc_html__( '(verify this badge)', 'wayfinder' ) . '</span></a>' : $name ) . '</p>';
			$html .= '<p class="wayfinder-badge__why">' . esc_html( (string) $badge['why'] ) . '</p>';
			$html .= '<p class="wayfinder-badge__date wayfinder-meta">' . sprintf(
				/* translators: %s: a date. */
				esc_html__( 'Earned %s', 'wayfinder' ),
				'<time datetime="' . esc_attr( (string) $badge['earned_iso'] ) . '">' . esc_html( (string) $badge['earned'] ) . '</time>'
			) . '</p>';
			$html .= '</div></li>';
		}
		return $html . '</ul>';
	}

	/**
	 * Small pictures, each with its name as visible text.
	 *
	 * @param list<array<string, mixed>> $badges BadgeView::of() for each.
	 */
	public static function compact( array $badges, string $label ): string {
		self::enqueue_style();
		$html = '<ul class="wayfinder-badges wayfinder-badges--compact" role="list" aria-label="' . esc_attr( $label ) . '">';
		foreach ( $badges as $badge ) {
			$html .= '<li class="wayfinder-badge">' . self::image( $badge, 32, true ) . '<span class="wayfinder-badge__name">' . esc_html( (string) $badge['name'] ) . '</span></li>';
		}
		return $html . '</ul>';
	}

	/**
	 * The badge's picture; its alt text is its name unless the name is printed beside it ($decorative).
	 *
	 * @param array<string, mixed> $badge
	 */
	public static function image( array $badge, int $size, bool $decorative = false ): string {
		if ( '' === (string) $badge['image'] ) {
			return '';
		}
		return '<img class="wayfinder-badge__image" src="' . esc_url( (string) $badge['image'] ) . '" alt="' . esc_attr( $decorative ? '' : (string) $badge['alt'] ) . '" width="' . esc_attr( (string) $size ) . '" height="' . esc_attr( (string) $size ) . '" loading="lazy" decoding="async">';
	}

	/** The badge lists' stylesheet (the Badges block's), wherever a list is printed. */
	public static function enqueue_style(): void {
		if ( function_exists( 'generate_block_asset_handle' ) && did_action( 'init' ) ) {
			wp_enqueue_style( generate_block_asset_handle( self::BLOCK, 'style' ) );
		}
	}
}
