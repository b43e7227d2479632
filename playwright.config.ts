import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against a real WordPress served by nginx + PHP-FPM.
 * bin/test-e2e.sh makes the site and sets WAYFINDER_E2E_URL and WAYFINDER_E2E_SITE_DIR.
 */
export default defineConfig( {
	testDir: './tests/e2e',
	outputDir: './artifacts/e2e-results',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: [ [ 'list' ] ],
	use: {
		baseURL: process.env.WAYFINDER_E2E_URL ?? 'http://127.0.0.1:8890',
		screenshot: 'only-on-failure',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
} );
