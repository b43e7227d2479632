/**
 * wp-scripts' ESLint config, plus what this repository needs on top.
 */
const defaults = require( '@wordpress/scripts/config/eslint.config.cjs' );

module.exports = [
	...defaults,
	{
		ignores: [ 'artifacts/**', '.cache/**' ],
	},
	{
		// Command-line scripts talk to the person running them through the console.
		files: [ 'bin/**/*.{js,mjs}' ],
		rules: { 'no-console': 'off' },
	},
];
