import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium, a project per site (bin/test-e2e.sh starts them and sets these):
 * - site: a real WordPress on MariaDB served by nginx + PHP-FPM (WAYFINDER_E2E_URL), where the zip is installed;
 * - coordinator: the same stack with the plugin active and the demo program loaded (WAYFINDER_DEMO_URL);
 * - community: another such site for the community-facing blocks (WAYFINDER_COMMUNITY_URL);
 * - quiz: the "Get involved" page of the demo program on nginx + MariaDB, for visitors (WAYFINDER_QUIZ_URL);
 * - selection, graduation, network: blind selection, graduation/surveys/badges, and a multisite network;
 * - playground: `npm start`'s Playground site on SQLite with the demo program (WAYFINDER_PLAYGROUND_URL).
 * - cluster: the scaled-out topology (two web servers, one database) of bin/serve-cluster.sh
 *   (WAYFINDER_CLUSTER_URL); only when that is set: bin/test-cluster.sh runs it on its own.
 */
const chromium = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
};

export default defineConfig( {
	outputDir: './artifacts/e2e-results',
	fullyParallel: false,
	// One test at a time: two at once on two cores were no faster (the servers are CPU-bound) and
	// starved Playground.
	workers: 1,
	retries: 0,
	timeout: 90_000,
	// Playground runs PHP in WebAssembly with one worker on two cores: give it time.
	expect: { timeout: 20_000 },
	reporter: [
		[ 'list' ],
		[ 'junit', { outputFile: 'artifacts/junit/e2e.xml' } ],
	],
	use: {
		screenshot: 'only-on-failure',
		trace: 'retain-on-failure',
		launchOptions: chromium,
	},
	projects: [
		{
			name: 'site',
			testDir: './tests/e2e/site',
			use: {
				baseURL:
					process.env.WAYFINDER_E2E_URL ?? 'http://127.0.0.1:8890',
			},
		},
		{
			name: 'coordinator',
			testDir: './tests/e2e/coordinator',
			use: {
				baseURL:
					process.env.WAYFINDER_DEMO_URL ?? 'http://127.0.0.1:8891',
			},
		},
		{
			name: 'community',
			testDir: './tests/e2e/community',
			use: {
				baseURL:
					process.env.WAYFINDER_COMMUNITY_URL ??
					'http://127.0.0.1:8892',
			},
		},
		{
			name: 'quiz',
			testDir: './tests/e2e/quiz',
			use: {
				baseURL:
					process.env.WAYFINDER_QUIZ_URL ?? 'http://127.0.0.1:8894',
			},
		},
		{
			name: 'selection',
			testDir: './tests/e2e/selection',
			use: {
				baseURL:
					process.env.WAYFINDER_SELECTION_URL ??
					'http://127.0.0.1:8895',
			},
		},
		{
			name: 'graduation',
			testDir: './tests/e2e/graduation',
			use: {
				baseURL:
					process.env.WAYFINDER_GRADUATION_URL ??
					'http://127.0.0.1:8896',
			},
		},
		...( process.env.WAYFINDER_CLUSTER_URL
			? [
					{
						name: 'cluster',
						testDir: './tests/e2e/cluster',
						outputDir: './artifacts/cluster-results',
						use: { baseURL: process.env.WAYFINDER_CLUSTER_URL },
					},
				]
			: [] ),
		{
			name: 'network',
			testDir: './tests/e2e/network',
			use: {
				baseURL:
					process.env.WAYFINDER_NETWORK_URL ??
					'http://127.0.0.1:8893',
			},
		},
		{
			name: 'playground',
			testDir: './tests/e2e/playground',
			// PHP in WebAssembly on two cores: a page can take ten seconds here.
			expect: { timeout: 45_000 },
			use: {
				baseURL:
					process.env.WAYFINDER_PLAYGROUND_URL ??
					'http://127.0.0.1:9401',
			},
		},
	],
} );
