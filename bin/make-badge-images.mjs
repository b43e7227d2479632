/**
 * Makes the default badge pictures: assets/badges/src/<rule>.svg (the sources, written here) and
 * assets/badges/<rule>.png (256×256, transparent corners), rendered with the system Chromium.
 * Run once after changing a design: node bin/make-badge-images.mjs
 * It never downloads a browser; set CHROMIUM to another binary if /usr/bin/chromium is missing.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const out = join( root, 'assets', 'badges' );
const src = join( out, 'src' );

/* A symbol per badge, drawn in white on a 256 box around the centre (128, 128). */
const person = ( x, y, s ) =>
	`<circle cx="${ x }" cy="${ y - 20 * s }" r="${ 13 * s }"/>` +
	`<path d="M${ x - 24 * s } ${ y + 26 * s } a${ 24 * s } ${ 26 * s } 0 0 1 ${ 48 * s } 0 z"/>`;

const BADGES = {
	mentor: {
		title: 'Mentor',
		colors: [ '#14b8a6', '#0f766e', '#134e4a' ],
		// A guide and the person they guide, with the way ahead.
		symbol:
			person( 106, 136, 1.4 ) +
			person( 166, 150, 0.95 ) +
			'<path d="M140 118 Q150 96 172 92" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round"/>' +
			'<path d="M164 82 L178 92 L164 102 z"/>',
	},
	mentee: {
		title: 'Mentee',
		colors: [ '#4ade80', '#15803d', '#14532d' ],
		// A sprout: a stem and two leaves.
		symbol:
			'<path d="M128 190 V118" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round"/>' +
			'<path d="M128 128 C96 128 78 106 76 80 C104 80 126 96 128 128 z"/>' +
			'<path d="M128 114 C132 82 154 64 184 64 C184 96 162 116 128 114 z"/>' +
			'<path d="M96 192 H160" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round"/>',
	},
	graduate: {
		title: 'Graduate',
		colors: [ '#60a5fa', '#1d4ed8', '#1e3a8a' ],
		// A mortarboard with its tassel.
		symbol:
			'<path d="M128 76 L204 108 L128 140 L52 108 z"/>' +
			'<path d="M84 124 V156 C84 172 172 172 172 156 V124 L128 143 z"/>' +
			'<path d="M196 112 V152" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round"/>' +
			'<circle cx="196" cy="160" r="9"/>',
	},
	facilitator: {
		title: 'Cohort facilitator',
		colors: [ '#fb923c', '#c2410c', '#7c2d12' ],
		// A group around a speech bubble: one person leads a session.
		symbol:
			'<path d="M86 68 H170 a12 12 0 0 1 12 12 V114 a12 12 0 0 1 -12 12 H124 L104 142 V126 H86 a12 12 0 0 1 -12 -12 V80 a12 12 0 0 1 12 -12 z"/>' +
			person( 84, 176, 0.8 ) +
			person( 128, 176, 0.8 ) +
			person( 172, 176, 0.8 ),
	},
	'team-contributor': {
		title: 'Team contributor',
		colors: [ '#c084fc', '#7e22ce', '#4c1d95' ],
		// Code brackets: a contribution that was merged.
		symbol: '<path d="M96 90 L60 128 L96 166 M160 90 L196 128 L160 166 M140 80 L116 176" fill="none" stroke="#fff" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>',
	},
	'by-hand': {
		title: 'Recognised by a coordinator',
		colors: [ '#fbbf24', '#b45309', '#78350f' ],
		// A five-pointed star.
		symbol: ( () => {
			const points = [];
			for ( let i = 0; i < 10; i++ ) {
				const r = i % 2 ? 30 : 66;
				const a = ( Math.PI / 5 ) * i - Math.PI / 2;
				points.push(
					`${ ( 128 + r * Math.cos( a ) ).toFixed( 1 ) },${ ( 132 + r * Math.sin( a ) ).toFixed( 1 ) }`
				);
			}
			return `<polygon points="${ points.join( ' ' ) }" stroke="#fff" stroke-width="6" stroke-linejoin="round"/>`;
		} )(),
	},
};

/* A rosette of scallops behind a disc: a medal, the same for every badge but its colours and symbol. */
function svg( name, { title, colors: [ light, mid, dark ], symbol } ) {
	let scallops = '';
	for ( let i = 0; i < 20; i++ ) {
		const a = ( Math.PI * 2 * i ) / 20;
		scallops += `<circle cx="${ ( 128 + 108 * Math.cos( a ) ).toFixed( 1 ) }" cy="${ ( 128 + 108 * Math.sin( a ) ).toFixed( 1 ) }" r="18"/>`;
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="${ title }">
<title>${ title }</title>
<g fill="${ dark }">${ scallops }<circle cx="128" cy="128" r="110"/></g>
<circle cx="128" cy="128" r="100" fill="${ mid }"/>
<path d="M28 128 A100 100 0 0 1 228 128 A100 86 0 0 0 28 128 z" fill="${ light }" fill-opacity="0.45"/>
<circle cx="128" cy="128" r="88" fill="none" stroke="#fff" stroke-opacity="0.55" stroke-width="4"/>
<g fill="#fff">${ symbol }</g>
</svg>
`;
}

mkdirSync( src, { recursive: true } );
const browser = await chromium.launch( {
	executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
} );
const page = await browser.newPage( {
	viewport: { width: 256, height: 256 },
	deviceScaleFactor: 1,
} );
for ( const [ name, badge ] of Object.entries( BADGES ) ) {
	const text = svg( name, badge );
	writeFileSync( join( src, `${ name }.svg` ), text );
	await page.setContent(
		`<html><body style="margin:0;background:transparent">${ text }</body></html>`
	);
	const file = join( out, `${ name }.png` );
	await page
		.locator( 'svg' )
		.screenshot( { path: file, omitBackground: true } );
	process.stdout.write( `${ file } ${ statSync( file ).size } bytes\n` );
}
await browser.close();
