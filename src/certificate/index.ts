/**
 * The printable certificate's small script: draws the QR code of the verification link (an SVG, into
 * each `[data-wayfinder-qr]` placeholder; without JavaScript the link's text stays) and shows the
 * Print button, which only works with JavaScript.
 */
import qrcode from 'qrcode-generator';

/**
 * The QR code of a link as SVG markup (error correction M: still reads from a slightly smudged print).
 *
 * @param link The address the code holds.
 */
export function qrSvg( link: string ): string {
	const code = qrcode( 0, 'M' );
	code.addData( link, 'Byte' );
	code.make();
	return code.createSvgTag( { cellSize: 4, margin: 0, scalable: true } );
}

/**
 * Fills every placeholder and shows the Print button.
 *
 * @param root Where to look (the document).
 */
export function drawCertificate( root: ParentNode ): void {
	root.querySelectorAll< HTMLElement >( '[data-wayfinder-qr]' ).forEach(
		( placeholder ) => {
			const link = placeholder.dataset.wayfinderQr ?? '';
			if ( link === '' ) {
				return;
			}
			placeholder.innerHTML = qrSvg( link );
			const svg = placeholder.querySelector( 'svg' );
			// The link is printed beside it as text: the picture is for phones, not for screen readers.
			svg?.setAttribute( 'aria-hidden', 'true' );
			svg?.setAttribute( 'focusable', 'false' );
			placeholder.hidden = false;
		}
	);
	root.querySelectorAll< HTMLButtonElement >(
		'[data-wayfinder-print]'
	).forEach( ( button ) => {
		button.hidden = false;
		button.addEventListener( 'click', () => window.print() );
	} );
}

if ( typeof document !== 'undefined' ) {
	if ( document.readyState === 'loading' ) {
		document.addEventListener( 'DOMContentLoaded', () =>
			drawCertificate( document )
		);
	} else {
		drawCertificate( document );
	}
}
