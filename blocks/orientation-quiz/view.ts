/**
 * The quiz block, enhanced: steps change on the page, the result comes from the REST API (the same
 * PHP scoring the page without JavaScript uses) and "Ask for a mentor in this team" asks without
 * leaving the page. render.php prints complete HTML first; this only takes over its buttons.
 */
import { getContext, store, withSyncEvent } from '@wordpress/interactivity';

import { request, RestError } from '../../src/api/client';

type Team = {
	team: string;
	anchor: string;
	signInUrl: string;
	askBack: string;
	asked: boolean;
	askedText: string;
	error: string;
	busy: boolean;
	highlight: boolean;
};

type Context = {
	quiz: number;
	step: number;
	stepHidden: boolean[];
	questions: { step: number; multiple: boolean; text: string }[];
	showResult: boolean;
	results: Team[];
	answers: string;
	resultUrl: string;
	pageUrl: string;
	error: string;
	notice: string;
	busy: boolean;
	team?: Team;
};

type State = {
	restUrl: string;
	loginUrl: string;
	restNonce?: string;
	i18n: { unanswered: string; failed: string };
};

type Reply = {
	ok: boolean;
	status: number;
	body: Record< string, unknown >;
};

const { state } = store< { state: State } >( 'wayfinder/orientation-quiz', {
	state: {} as State,
} );

const id = ( ctx: Context, suffix = '' ) =>
	`wayfinder-quiz-${ ctx.quiz }${ suffix }`;

/**
 * Focuses an element once the page shows it (after the next render).
 * @param selector A CSS selector, e.g. #an-id.
 */
const focusSoon = ( selector: string ) =>
	new Promise< void >( ( resolve ) =>
		requestAnimationFrame( () => {
			document.querySelector< HTMLElement >( selector )?.focus();
			resolve();
		} )
	);

/**
 * A call to the quiz's REST routes through the one client; never throws.
 * @param path   After /wayfinder/v1/quizzes/.
 * @param method The HTTP method.
 * @param data   The body, if any.
 * @param nonce  Whether to send the signed-in person's nonce.
 */
async function call(
	path: string,
	method = 'GET',
	data?: unknown,
	nonce = true
): Promise< Reply > {
	try {
		const body = await request< Record< string, unknown > >(
			{ url: state.restUrl + path, method, data },
			{
				nonce: nonce ? ( state.restNonce ?? '' ) : '',
				unreachable: state.i18n.failed,
			}
		);
		return { ok: true, status: 200, body };
	} catch ( error ) {
		// A page open for a day has a stale nonce: the result itself needs none.
		if (
			nonce &&
			error instanceof RestError &&
			error.code === 'rest_cookie_invalid_nonce'
		) {
			return call( path, method, data, false );
		}
		return {
			ok: false,
			status: error instanceof RestError ? ( error.status ?? 0 ) : 0,
			body: {
				message:
					error instanceof Error && error.message
						? error.message
						: state.i18n.failed,
			},
		};
	}
}

/**
 * The compact answers (see Orientation\Selection): per question the chosen answers in base 36.
 * @param form The quiz form.
 * @param ctx  The block's context.
 */
function encode( form: HTMLFormElement, ctx: Context ): string {
	const data = new FormData( form );
	return ctx.questions
		.map( ( question, index ) =>
			data
				.getAll( `q${ index }${ question.multiple ? '[]' : '' }` )
				.map( ( value ) => Number( value ).toString( 36 ) )
				.sort()
				.join( '' )
		)
		.join( '.' );
}

/**
 * Whether every single-choice question of the current step has an answer; if not, says so.
 * @param form The quiz form.
 * @param ctx  The block's context.
 */
function stepAnswered( form: HTMLFormElement, ctx: Context ): boolean {
	const data = new FormData( form );
	const missing = ctx.questions.findIndex(
		( question, index ) =>
			question.step === ctx.step &&
			! question.multiple &&
			! data.has( `q${ index }` )
	);
	if ( missing < 0 ) {
		ctx.error = '';
		return true;
	}
	ctx.error = state.i18n.unanswered.replace(
		'%s',
		ctx.questions[ missing ]?.text ?? ''
	);
	form.querySelector< HTMLInputElement >(
		`#${ id( ctx, `-q${ missing }` ) } input`
	)?.focus();
	return false;
}

function* showStep( ctx: Context, step: number ) {
	ctx.step = step;
	ctx.stepHidden = ctx.stepHidden.map( ( _, index ) => index !== step );
	ctx.showResult = false;
	yield focusSoon( `#${ id( ctx, `-step-${ step }` ) }` );
}

function* showResult( form: HTMLFormElement, ctx: Context ) {
	ctx.busy = true;
	const reply: Reply = yield call(
		`${ ctx.quiz }/result?answers=${ encode( form, ctx ) }`
	);
	ctx.busy = false;
	if ( ! reply.ok ) {
		ctx.error = String( reply.body.message ?? state.i18n.failed );
		return;
	}
	const url = new URL( ctx.pageUrl );
	url.searchParams.set( 'wayfinder_quiz', String( ctx.quiz ) );
	url.searchParams.set( 'answers', String( reply.body.answers ) );
	const resultUrl = url.toString();
	ctx.results = ( reply.body.teams as Team[] ).map( ( team ) => {
		const back = new URL( resultUrl );
		back.searchParams.set( 'wayfinder_ask', team.team );
		back.hash = team.anchor;
		const signIn = new URL( state.loginUrl );
		signIn.searchParams.set( 'redirect_to', back.toString() );
		back.hash = '';
		return {
			...team,
			signInUrl: signIn.toString(),
			askBack: back.toString(),
		};
	} );
	ctx.answers = String( reply.body.answers );
	ctx.resultUrl = resultUrl;
	ctx.notice = '';
	ctx.error = '';
	ctx.showResult = true;
	// The result has its own address: reload it, bookmark it, share it.
	window.history.replaceState( null, '', resultUrl );
	yield focusSoon( `#${ id( ctx, '-result' ) }` );
}

function* go( event: MouseEvent ) {
	event.preventDefault();
	const ctx = getContext< Context >();
	const button = event.currentTarget as HTMLButtonElement;
	const form = button.form as HTMLFormElement;
	const target = button.value;
	if (
		( 'done' === target || Number( target ) > ctx.step ) &&
		! stepAnswered( form, ctx )
	) {
		return;
	}
	yield* 'done' === target
		? showResult( form, ctx )
		: showStep( ctx, Number( target ) );
}

store( 'wayfinder/orientation-quiz', {
	actions: {
		go: withSyncEvent( go ),
		// Enter in the form: the current step's own forward button decides.
		submit: withSyncEvent( function* ( event: SubmitEvent ) {
			event.preventDefault();
			const ctx = getContext< Context >();
			const form = event.currentTarget as HTMLFormElement;
			const last = ctx.step === ctx.stepHidden.length - 1;
			if ( ! stepAnswered( form, ctx ) ) {
				return;
			}
			yield* last
				? showResult( form, ctx )
				: showStep( ctx, ctx.step + 1 );
		} ),
		restart: withSyncEvent( function* ( event: MouseEvent ) {
			event.preventDefault();
			const ctx = getContext< Context >();
			document
				.querySelectorAll< HTMLInputElement >(
					`#${ id( ctx ) } form input:checked`
				)
				.forEach( ( input ) => ( input.checked = false ) );
			ctx.results = [];
			ctx.error = '';
			window.history.replaceState( null, '', ctx.pageUrl );
			yield* showStep( ctx, 0 );
		} ),
		change: withSyncEvent( function* ( event: MouseEvent ) {
			event.preventDefault();
			const ctx = getContext< Context >();
			window.history.replaceState( null, '', ctx.pageUrl );
			yield* showStep( ctx, 0 );
		} ),
		// Signed in: ask without leaving the page (the form posts to admin-post.php otherwise).
		ask: withSyncEvent( function* ( event: SubmitEvent ) {
			const ctx = getContext< Context >();
			const team = ctx.team;
			if ( ! state.restNonce || ! team ) {
				return;
			}
			event.preventDefault();
			team.busy = true;
			team.error = '';
			const reply: Reply = yield call( `${ ctx.quiz }/ask`, 'POST', {
				team: team.team,
			} );
			team.busy = false;
			if ( ! reply.ok ) {
				team.error = String( reply.body.message ?? state.i18n.failed );
				return;
			}
			team.askedText = String( reply.body.message );
			team.asked = true;
			ctx.notice = team.askedText;
			yield focusSoon( `#${ team.anchor } .wayfinder-quiz__asked` );
		} ),
	},
} );
