/**
 * wp-scripts' own config for blocks (blocks/, with --webpack-src-dir=blocks), plus the admin app, the cohort editor panel and the printable certificate entries.
 */
const path = require( 'path' );
const defaults = require( '@wordpress/scripts/config/webpack.config' );

const [ scriptConfig, moduleConfig ] = Array.isArray( defaults )
	? defaults
	: [ defaults ];

const withAdminApp = {
	...scriptConfig,
	entry: async () => {
		const blockEntries =
			typeof scriptConfig.entry === 'function'
				? await scriptConfig.entry()
				: scriptConfig.entry;
		return {
			...blockEntries,
			'admin/index': path.resolve( __dirname, 'src/admin/index.tsx' ),
			'editor/cohort': path.resolve( __dirname, 'src/editor/cohort.tsx' ),
			// The printable certificate's QR code (qrcode-generator, MIT): only on that page.
			'certificate/index': path.resolve(
				__dirname,
				'src/certificate/index.ts'
			),
		};
	},
};

module.exports = moduleConfig ? [ withAdminApp, moduleConfig ] : withAdminApp;
