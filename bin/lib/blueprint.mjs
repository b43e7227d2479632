/**
 * The demo site's Playground blueprint on this machine (bin/playground.mjs), made from the repository's
 * blueprint.json — the one the browser Playground opens — so that both build the same site: the plugin
 * mounted from the checkout and activated instead of installed from the release zip, the site's
 * language set before the demo is loaded (its pages are written in it), and the large program of the
 * scale tests after the demo. On a network (WAYFINDER_NETWORK=1) the site is first made a subdirectory
 * network, Wayfinder is network-activated and, after the demo, the team sites are made (DemoNetwork).
 */

/**
 * Whether a step is blueprint.json's demo loader.
 * @param {{step: string, code?: string}} step A blueprint step.
 */
export const isDemoStep = ( step ) =>
	step.step === 'runPHP' &&
	( step.code ?? '' ).includes( 'Wayfinder\\Demo\\DemoContent::load()' );

/**
 * @param {Object}                                  shared            blueprint.json, parsed.
 * @param {Object}                                  options
 * @param {string}                                  [options.locale]  A locale with demo translations mounted (pt_BR), or ''.
 * @param {{mentors: number, mentees: number}|null} [options.large]   The large program to add, or null.
 * @param {string}                                  [options.network] The host (with its port) of the network to make, or ''.
 * @return {Object} The blueprint for `wp-playground server --mount=<checkout>:…/plugins/wayfinder --login`.
 */
export function localBlueprint(
	shared,
	{ locale = '', large = null, network = '' } = {}
) {
	if ( ! shared.steps.some( isDemoStep ) ) {
		throw new Error(
			'blueprint.json no longer loads the demo (a runPHP step calling Wayfinder\\Demo\\DemoContent::load()).'
		);
	}
	if ( ! shared.steps.some( ( step ) => step.step === 'installPlugin' ) ) {
		throw new Error( 'blueprint.json no longer installs Wayfinder.' );
	}
	const localeSteps =
		locale === ''
			? []
			: [
					// WordPress accepts a site language only when its .mo file is in wp-content/languages.
					{ step: 'setSiteOptions', options: { WPLANG: locale } },
					// The date and time formats WordPress would have set up in that language.
					{
						step: 'runPHP',
						code: "<?php require '/wordpress/wp-load.php'; update_option( 'date_format', __( 'F j, Y' ) ); update_option( 'time_format', __( 'g:i a' ) ); echo get_locale();",
					},
				];
	const largeSteps = large
		? [
				{
					step: 'runPHP',
					code: `<?php require '/wordpress/wp-load.php'; $result = Wayfinder\\Demo\\LargeProgram::generate( ${ Number(
						large.mentors
					) }, ${ Number( large.mentees ) } ); echo wp_json_encode( $result );`,
				},
			]
		: [];
	const activation = network
		? networkSteps( network )
		: [ { step: 'activatePlugin', pluginPath: 'wayfinder/plugin.php' } ];
	const afterDemo = network
		? [
				...largeSteps,
				{
					step: 'runPHP',
					code: "<?php require '/wordpress/wp-load.php'; echo wp_json_encode( Wayfinder\\Demo\\DemoNetwork::load() );",
				},
			]
		: largeSteps;
	const steps = shared.steps.flatMap( ( step ) => {
		if ( step.step === 'installPlugin' ) {
			return [ ...activation, ...localeSteps ];
		}
		return isDemoStep( step ) ? [ step, ...afterDemo ] : [ step ];
	} );
	return {
		landingPage: shared.landingPage,
		preferredVersions: shared.preferredVersions,
		steps: network
			? steps.map( ( step ) => asNetworkRequest( step, network ) )
			: steps,
	};
}

/**
 * A step that loads WordPress, told the network's host first: on a network WordPress finds the site by
 * the request's host, and a blueprint's PHP runs without one (setSiteOptions becomes such a runPHP).
 * @param {{step: string, code?: string, options?: Object}} step A blueprint step.
 * @param {string}                                          host The network's host with its port.
 */
function asNetworkRequest( step, host ) {
	const load = "<?php require '/wordpress/wp-load.php';";
	const quoted = JSON.stringify( host ).replace( /"/g, "'" );
	const onHost = `<?php $_SERVER['HTTP_HOST'] = ${ quoted }; $_SERVER['SERVER_NAME'] = '127.0.0.1'; $_SERVER['REQUEST_URI'] = '/'; require '/wordpress/wp-load.php';`;
	if ( step.step === 'setSiteOptions' ) {
		// A PHP string in single quotes: only \\ and ' need escaping there.
		const options = `'${ JSON.stringify( step.options )
			.replace( /\\/g, '\\\\' )
			.replace( /'/g, "\\'" ) }'`;
		return {
			step: 'runPHP',
			code: `${ onHost } foreach ( json_decode( ${ options }, true ) as $name => $value ) { update_option( $name, $value ); } echo 'options';`,
		};
	}
	if ( step.step !== 'runPHP' || ! step.code?.startsWith( load ) ) {
		return step;
	}
	return { ...step, code: onHost + step.code.slice( load.length ) };
}

/**
 * The site made a subdirectory network on `host` (what `wp core multisite-convert` does, without the
 * WP-CLI Playground would download), then Wayfinder network-activated.
 * @param {string} host The network's host with its port, e.g. 127.0.0.1:9400.
 */
function networkSteps( host ) {
	const quoted = JSON.stringify( host ).replace( /"/g, "'" );
	return [
		{
			step: 'runPHP',
			code: `<?php require '/wordpress/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/upgrade.php'; require_once ABSPATH . 'wp-admin/includes/network.php'; global $wpdb; foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) { $wpdb->$table = $prefixed; } install_network(); $made = populate_network( 1, ${ quoted }, get_option( 'admin_email' ), 'Wayfinder demo network', '/', false ); if ( is_wp_error( $made ) && 'no_wildcard_dns' !== $made->get_error_code() ) { throw new Exception( $made->get_error_message() ); } echo 'network';`,
		},
		{
			step: 'defineWpConfigConsts',
			// In wp-config.php itself, so every worker of the server runs as the network.
			method: 'rewrite-wp-config',
			consts: {
				WP_ALLOW_MULTISITE: true,
				MULTISITE: true,
				SUBDOMAIN_INSTALL: false,
				DOMAIN_CURRENT_SITE: host,
				PATH_CURRENT_SITE: '/',
				SITE_ID_CURRENT_SITE: 1,
				BLOG_ID_CURRENT_SITE: 1,
			},
		},
		{
			step: 'runPHP',
			code: "<?php require '/wordpress/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php'; $done = activate_plugin( 'wayfinder/plugin.php', '', true ); if ( is_wp_error( $done ) ) { throw new Exception( $done->get_error_message() ); } echo 'network-activated';",
		},
	];
}
