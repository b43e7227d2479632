/**
 * wp-scripts' own config for blocks (blocks/, with --webpack-src-dir=blocks), plus the admin app entry.
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
		};
	},
};

module.exports = moduleConfig ? [ withAdminApp, moduleConfig ] : withAdminApp;
