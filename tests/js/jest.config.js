const defaults = require( '@wordpress/scripts/config/jest-unit.config' );

module.exports = {
	...defaults,
	rootDir: '../..',
	testMatch: [ '<rootDir>/tests/js/**/*.test.[jt]s?(x)' ],
};
