import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { readDebugLog, resetDebugLog } from '../e2e/debug-log';

describe( 'the e2e debug log', () => {
	it( 'throws when no site directory is given, so an empty-log check cannot pass by accident', () => {
		expect( () => readDebugLog( '' ) ).toThrow( /WAYFINDER_E2E_SITE_DIR/ );
	} );

	it( 'throws when the log file cannot be read', () => {
		const dir = mkdtempSync( join( tmpdir(), 'wayfinder-log-' ) );
		try {
			expect( () => readDebugLog( dir ) ).toThrow( /cannot be read/ );
		} finally {
			rmSync( dir, { recursive: true } );
		}
	} );

	it( 'reads what PHP logged, and is empty after a reset', () => {
		const dir = mkdtempSync( join( tmpdir(), 'wayfinder-log-' ) );
		try {
			writeFileSync( join( dir, 'debug.log' ), 'PHP Warning: x\n' );
			expect( readDebugLog( dir ) ).toBe( 'PHP Warning: x\n' );
			resetDebugLog( dir );
			expect( readDebugLog( dir ) ).toBe( '' );
		} finally {
			rmSync( dir, { recursive: true } );
		}
	} );
} );
