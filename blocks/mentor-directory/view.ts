/**
 * Mentor directory, in the browser: filters and page links load the next page in place through the
 * Interactivity API router (this block is a router region; the server renders the page exactly as
 * for the GET form and links without JavaScript), and the address follows through the history.
 * "Ask for any mentor" in the empty state goes through the REST API.
 */
import {
	getContext,
	getElement,
	store,
	withSyncEvent,
} from '@wordpress/interactivity';

import { ask, type AskContext, type AskState } from '../shared/ask';

interface DirectoryContext extends AskContext {
	tz: string;
	tzGuess: boolean;
}

interface DirectoryState extends AskState {
	loading: boolean;
	messages: AskState[ 'messages' ] & { queued: string };
}

const TIMEZONE_ARG = 'mentors_tz';
const MEETS_ARG = 'mentors_meets';

/**
 * Shows another page of the directory without leaving the page; a full load if the router cannot.
 * @param url     Where to go.
 * @param region  The directory's element.
 * @param context The directory's context.
 * @param focus   Whether to move the focus to the summary afterwards (after a page link).
 */
async function go(
	url: string,
	region: HTMLElement | null,
	context: DirectoryContext,
	focus: boolean
): Promise< void > {
	state.loading = true;
	context.message = '';
	context.sent = false;
	try {
		const { actions } = await import( '@wordpress/interactivity-router' );
		await actions.navigate( url, { force: true } );
	} catch {
		window.location.assign( url );
		return;
	} finally {
		state.loading = false;
	}
	if ( focus ) {
		region
			?.querySelector< HTMLElement >(
				'.wayfinder-mentor-directory__summary'
			)
			?.focus();
	}
}

const { state } = store( 'wayfinder/mentor-directory', {
	state: {} as DirectoryState,
	actions: {
		/** A filter changed, or the form was sent: the GET form's address, loaded in place. */
		filter: withSyncEvent( function* ( event: Event ) {
			event.preventDefault();
			const { ref } = getElement();
			const form = ref?.closest( 'form' );
			if ( ! form ) {
				return;
			}
			const context = getContext< DirectoryContext >();
			const url = new URL( form.action );
			const fields = new FormData( form );
			for ( const [ name, value ] of fields ) {
				if ( typeof value === 'string' && value !== '' ) {
					url.searchParams.set( name, value );
				}
			}
			// The time zone only matters with "can meet".
			if ( ! url.searchParams.has( MEETS_ARG ) ) {
				url.searchParams.delete( TIMEZONE_ARG );
			}
			yield go(
				url.toString(),
				ref?.closest( '[data-wp-router-region]' ) ?? null,
				context,
				false
			);
		} ),
		/** A page link or "Clear filters": loaded in place, unless opened elsewhere. */
		follow: withSyncEvent( function* ( event: MouseEvent ) {
			const link = event.currentTarget as HTMLAnchorElement;
			if (
				event.button !== 0 ||
				event.metaKey ||
				event.ctrlKey ||
				event.shiftKey ||
				event.altKey
			) {
				return;
			}
			event.preventDefault();
			yield go(
				link.href,
				link.closest( '[data-wp-router-region]' ),
				getContext< DirectoryContext >(),
				true
			);
		} ),
		/** "Ask for any mentor", from the empty state. */
		askAny: withSyncEvent( function* ( event: SubmitEvent ) {
			event.preventDefault();
			const context = getContext< DirectoryContext >();
			if ( ! context.busy ) {
				yield ask(
					event.currentTarget as HTMLFormElement,
					context,
					state,
					state.messages.queued
				);
			}
		} ),
	},
	callbacks: {
		/** A visitor who did not say where they are: their browser's time zone for "can meet". */
		guessTimezone() {
			const context = getContext< DirectoryContext >();
			if ( ! context.tzGuess ) {
				return;
			}
			const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
			if ( zone ) {
				context.tz = zone;
			}
			context.tzGuess = false;
		},
	},
} );
