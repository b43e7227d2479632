/**
 * What the mentoring blocks do in the browser, on top of markup that already works without
 * JavaScript (see includes/MyMentorship/Actions.php). A form's submit sends its REST call with the
 * person's nonce instead of the plain post; an error shows next to the form; on success the block's
 * router region is rendered again from the server (so what shows is always the server's word), and
 * the notice says what happened. Texts come from the server, translated.
 */
import { getContext, getElement, store } from '@wordpress/interactivity';

import { request, RestError } from '../../src/api/client';
import { profileFromForm } from './profile-form';

interface BlockState {
	nonce: string;
	notice: string;
	noticeError: boolean;
	invalid: string;
	failed: string;
}

/** Each form's Interactivity context, from PageForms::form(). */
interface FormContext {
	url: string;
	method: string;
	body: Record< string, unknown >;
	fields: string[];
	reader: string;
	done: string | Record< string, string >;
	error: string;
	errors: string[];
	busy: boolean;
	timezone?: string;
}

/**
 * Renders the page's router regions again from the server (or, failing that, reloads or follows
 * the link).
 * @param href    The page to show.
 * @param current Whether it is the page being shown (then the history entry is replaced).
 */
async function show( href: string, current: boolean ): Promise< void > {
	try {
		const { actions } = await import( '@wordpress/interactivity-router' );
		await actions.navigate( href, {
			force: current,
			replace: current,
			loadingAnimation: false,
			screenReaderAnnouncement: false,
		} );
	} catch {
		if ( current ) {
			window.location.reload();
		} else {
			window.location.assign( href );
		}
	}
}

/** Resolves once the browser has drawn what the store just changed. */
const nextFrame = () =>
	new Promise< void >( ( resolve ) =>
		window.requestAnimationFrame( () => resolve() )
	);

/**
 * The element with this selector inside the router region, after the region was rendered again.
 * @param region   The region's ID.
 * @param selector What to look for.
 */
function inRegion( region: string, selector: string ): HTMLElement | null {
	return document.querySelector< HTMLElement >(
		`[data-wp-router-region="${ region }"] ${ selector }`
	);
}

/**
 * Registers the store of one mentoring block.
 * @param namespace The block's Interactivity namespace, e.g. wayfinder/my-mentorship.
 */
export function mentorshipStore( namespace: string ): void {
	const { state } = store( namespace, {
		state: {} as BlockState,
		actions: {
			/**
			 * Sends the form's REST call instead of the plain post.
			 * @param event The form's submit.
			 */
			*submit(
				event: SubmitEvent
			): Generator< Promise< unknown >, void, unknown > {
				event.preventDefault();
				const context = getContext< FormContext >();
				const form = getElement().ref as HTMLFormElement;
				if ( context.busy ) {
					return;
				}
				const region =
					form
						.closest( '[data-wp-router-region]' )
						?.getAttribute( 'data-wp-router-region' ) ?? '';
				const data = new FormData( form );
				const long = context.reader === 'profile';
				const body: Record< string, unknown > = long
					? { ...profileFromForm( data ) }
					: { ...context.body };
				if ( ! long ) {
					for ( const field of context.fields ) {
						body[ field ] = data.get( field );
					}
				}
				context.busy = true;
				context.error = '';
				context.errors = [];
				try {
					const answer = ( yield request< {
						status?: string;
						message?: string;
					} >(
						{
							url: context.url,
							method: context.method,
							data: body,
						},
						{ nonce: state.nonce, unreachable: state.failed }
					) ) as { status?: string; message?: string } | null;
					const done =
						( typeof context.done === 'string'
							? context.done
							: context.done[ answer?.status ?? '' ] ) ||
						( answer?.message ?? '' );
					yield show( window.location.href, true );
					state.noticeError = false;
					state.notice = done;
					// Once the notice is on screen, focus goes to it: the button pressed may be gone.
					yield nextFrame();
					inRegion( region, '.wayfinder-notice' )?.focus();
				} catch ( error ) {
					const failure =
						error instanceof RestError
							? error
							: new RestError( state.failed, 'fetch_error' );
					const problems = Object.values( failure.params );
					context.error =
						problems.length > 0 ? state.invalid : failure.message;
					context.errors = problems;
					context.busy = false;
					form.querySelector< HTMLElement >(
						'.wayfinder-form-error'
					)?.focus();
				}
			},

			/**
			 * A link that opens or closes part of the block: the server renders it, without a reload.
			 * @param event
			 */
			*follow(
				event: MouseEvent
			): Generator< Promise< void >, void, unknown > {
				const link = getElement().ref as HTMLAnchorElement;
				event.preventDefault();
				yield show( link.href, false );
				const target = new URL( link.href ).hash.slice( 1 );
				if ( target !== '' ) {
					document.getElementById( target )?.focus();
				}
			},

			/**
			 * The availability times are in the timezone chosen above them.
			 * @param event
			 */
			timezoneChanged( event: Event ) {
				getContext< FormContext >().timezone = (
					event.target as HTMLSelectElement
				 ).value;
			},
		},
	} );
}
