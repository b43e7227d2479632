/**
 * Mentor card, in the browser: "Request this mentor" through the REST API (the form posts to
 * admin-post.php without JavaScript), and the mentor's local time kept current.
 */
import {
	getContext,
	getElement,
	store,
	withSyncEvent,
} from '@wordpress/interactivity';

import { ask, type AskContext, type AskState } from '../shared/ask';

interface CardContext extends AskContext {
	mentor: number;
	name: string;
	tz: string;
}

interface CardState extends AskState {
	messages: AskState[ 'messages' ] & { sent: string };
}

const { state } = store( 'wayfinder/mentor-card', {
	state: {} as CardState,
	actions: {
		request: withSyncEvent( function* ( event: SubmitEvent ) {
			event.preventDefault();
			const context = getContext< CardContext >();
			const form = event.currentTarget as HTMLFormElement;
			if ( context.busy ) {
				return;
			}
			yield ask(
				form,
				context,
				state,
				state.messages.sent.replace( '%s', context.name )
			);
		} ),
	},
	callbacks: {
		/**
		 * Keeps "(14:05 there now)" current, also on a page a cache kept for a while.
		 * @return Stops the clock when the card goes.
		 */
		clock() {
			const { ref } = getElement();
			if ( ! ( ref instanceof HTMLTimeElement ) ) {
				return undefined;
			}
			const { tz } = getContext< CardContext >();
			let format: Intl.DateTimeFormat;
			try {
				format = new Intl.DateTimeFormat(
					document.documentElement.lang || undefined,
					{ hour: 'numeric', minute: '2-digit', timeZone: tz }
				);
			} catch {
				return undefined;
			}
			const tick = () => {
				ref.textContent = format.format( new Date() );
			};
			// The server's time stays until the minute changes, unless it is old already.
			const rendered = Date.parse( ref.dateTime );
			if ( ! ( Date.now() - rendered < 60_000 ) ) {
				tick();
			}
			let interval: ReturnType< typeof setInterval > | undefined;
			const timeout = setTimeout(
				() => {
					tick();
					interval = setInterval( tick, 60_000 );
				},
				60_000 - ( Date.now() % 60_000 )
			);
			return () => {
				clearTimeout( timeout );
				clearInterval( interval );
			};
		},
	},
} );
