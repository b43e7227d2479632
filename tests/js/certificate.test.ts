/**
 * The printable certificate's script: the QR code of the verification link drawn into its
 * placeholder (hidden from screen readers, the link is text beside it) and the Print button shown.
 */
import { drawCertificate, qrSvg } from '../../src/certificate';

describe( 'the certificate', () => {
	it( 'makes an SVG QR code that grows with the link', () => {
		const short = qrSvg( 'https://example.org/verify/' );
		const long = qrSvg(
			'https://example.org/verify/?credential=0f8fad5b-d9cb-469f-a165-70867728950e'
		);
		expect( short ).toMatch( /^<svg[^>]*>/ );
		expect( long.length ).toBeGreaterThan( short.length );
	} );

	it( 'fills the placeholder and shows the Print button', () => {
		document.body.innerHTML =
			'<div data-wayfinder-qr="https://example.org/v/?credential=abc" hidden></div>' +
			'<div data-wayfinder-qr="" hidden></div>' +
			'<button type="button" data-wayfinder-print hidden>Print</button>';
		const print = jest.fn();
		window.print = print;

		drawCertificate( document );

		const [ filled, empty ] = Array.from(
			document.querySelectorAll< HTMLElement >( '[data-wayfinder-qr]' )
		);
		expect( filled?.hidden ).toBe( false );
		expect(
			filled?.querySelector( 'svg' )?.getAttribute( 'aria-hidden' )
		).toBe( 'true' );
		expect( empty?.hidden ).toBe( true );
		const button = document.querySelector( 'button' );
		expect( button?.hidden ).toBe( false );
		button?.click();
		expect( print ).toHaveBeenCalledTimes( 1 );
	} );
} );
