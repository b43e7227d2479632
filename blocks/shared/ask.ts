/**
 * Sends "Request this mentor" / "Ask for any mentor" through the REST API for a form that would
 * otherwise post to admin-post.php, and reports the outcome in the block's context. Shared by the
 * card's and the directory's view modules (each bundles its own copy; it is small).
 */
import { askForMentor } from '../../src/api/client';
import type { MenteeRequestInput } from '../../src/api/types';

/** The part of a block's context the request form and its status line are bound to. */
export interface AskContext {
	busy: boolean;
	sent: boolean;
	error: boolean;
	message: string;
}

/** What the block's server state hands over (rest and nonce only to logged-in members). */
export interface AskState {
	rest?: string;
	nonce?: string;
	messages: { sending: string; failed: string };
}

/**
 * @param form    The form: its fields say what to ask (mentor, team, language).
 * @param context The block's context.
 * @param state   The block's server state.
 * @param success The message to show once it is sent.
 * @return Whether the request was sent.
 */
export async function ask(
	form: HTMLFormElement,
	context: AskContext,
	state: AskState,
	success: string
): Promise< boolean > {
	if ( ! state.rest || ! state.nonce ) {
		form.submit(); // No REST nonce here: the plain form does it.
		return false;
	}
	const fields = new FormData( form );
	const input: MenteeRequestInput = { type: 'mentee_request' };
	const mentor = Number( fields.get( 'mentor' ) ?? 0 );
	const team = String( fields.get( 'team' ) ?? '' );
	const language = String( fields.get( 'language' ) ?? '' );
	if ( mentor > 0 ) {
		input.mentor = mentor;
	}
	if ( team ) {
		input.team = team;
	}
	if ( language ) {
		input.language = language;
	}
	context.busy = true;
	context.error = false;
	context.message = state.messages.sending;
	try {
		await askForMentor( input, {
			root: state.rest,
			nonce: state.nonce,
			unreachable: state.messages.failed,
		} );
		context.sent = true;
		context.message = success;
		return true;
	} catch ( error ) {
		context.error = true;
		context.message =
			( error instanceof Error && error.message ) ||
			state.messages.failed;
		return false;
	} finally {
		context.busy = false;
		// The button may be gone: the status line takes the focus, and is read out.
		(
			form.parentElement?.querySelector(
				'[role="status"][tabindex="-1"]'
			) as HTMLElement | null
		 )?.focus();
	}
}
