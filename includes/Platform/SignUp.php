<?php
/**
 * How a visitor without an account gets one, said beside every "Log in" a block offers: where the
 * site lets people register, a link to its registration page; where it does not, that it does not and
 * whom to ask — the mentoring coordinators, through the contact page if the site names one (never the
 * site admin's address).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class SignUp {

	/** The page people write to the mentoring coordinators from (a page ID; 0: none). */
	public const CONTACT_PAGE = 'wayfinder_contact_page';

	/**
	 * What to offer: the registration page, or the sentence and the contact page.
	 *
	 * @return array{open: bool, url: string, text: string, link: string}
	 */
	public static function offer(): array {
		if ( (bool) get_option( 'users_can_register' ) ) {
			return array(
				'open' => true,
				'url'  => wp_registration_url(),
				'text' => __( 'No account yet?', 'wayfinder' ),
				'link' => __( 'Create an account', 'wayfinder' ),
			);
		}
		$page    = absint( get_option( self::CONTACT_PAGE, 0 ) );
		$contact = $page > 0 && 'publish' === get_post_status( $page ) ? (string) get_permalink( $page ) : '';
		return array(
			'open' => false,
			'url'  => $contact,
			'text' => __( 'No account yet? This site does not let people sign up by themselves: ask a mentoring coordinator to add you.', 'wayfinder' ),
			'link' => '' !== $contact ? __( 'Contact the mentoring coordinators', 'wayfinder' ) : '',
		);
	}

	/** The offer as a paragraph (escaped). */
	public static function html( string $class = 'wayfinder-sign-up' ): string {
		$offer = self::offer();
		$link  = '' !== $offer['url'] ? ' <a href="' . esc_url( $offer['url'] ) . '">' . esc_html( $offer['link'] ) . '</a>' : '';
		return '<p class="' . esc_attr( $class ) . '">' . esc_html( $offer['text'] ) . $link . '</p>';
	}
}
