/**
 * The demo site's Playground blueprint on this machine (bin/playground.mjs), made from the repository's
 * blueprint.json — the one the browser Playground opens — so that both build the same site: the plugin
 * mounted from the checkout and activated instead of installed from the release zip, the site's
 * language set before the demo is loaded (its pages are written in it), and the large program of the
 * scale tests after the demo.
 */

/**
 * Whether a step is blueprint.json's demo loader.
 * @param {{step: string, code?: string}} step A blueprint step.
 */
export const isDemoStep = ( step ) =>
	step.step === 'runPHP' &&
	( step.code ?? '' ).includes( 'Wayfinder\\Demo\\DemoContent::load()' );

/**
 * @param {Object}                                  shared           blueprint.json, parsed.
 * @param {Object}                                  options
 * @param {string}                                  [options.locale] A locale with demo translations mounted (pt_BR), or ''.
 * @param {{mentors: number, mentees: number}|null} [options.large]  The large program to add, or null.
 * @return {Object} The blueprint for `wp-playground server --mount=<checkout>:…/plugins/wayfinder --login`.
 */
export function localBlueprint( shared, { locale = '', large = null } = {} ) {
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
					) }, ${ Number(
						large.mentees
					) } ); echo wp_json_encode( $result );`,
				},
			]
		: [];
	return {
		landingPage: shared.landingPage,
		preferredVersions: shared.preferredVersions,
		steps: shared.steps.flatMap( ( step ) => {
			if ( step.step === 'installPlugin' ) {
				return [
					{
						step: 'activatePlugin',
						pluginPath: 'wayfinder/plugin.php',
					},
					...localeSteps,
				];
			}
			return isDemoStep( step ) ? [ step, ...largeSteps ] : [ step ];
		} ),
	};
}
