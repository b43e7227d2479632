/**
 * wp-scripts' own config for blocks (blocks/, with --webpack-src-dir=blocks), plus the admin app and the cohort editor panel entries.
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
		};
	},
};

module.exports = moduleConfig ? [ withAdminApp, moduleConfig ] : withAdminApp;
