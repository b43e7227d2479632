/**
 * The Screening screen's reading of its queue: which application comes next, and how to say what
 * the automatic pass replaced.
 */
import { __ } from '@wordpress/i18n';

import type {
	RedactionKind,
	Replacements,
	ScreeningQueueItem,
} from '../../api/types';

/**
 * "Names: 2, Phone numbers: 1" — or that nothing was replaced.
 * @param replacements Kind => count.
 * @param kinds        Kind => its name for people (from the server), when known.
 */
export function describeReplacements(
	replacements: Replacements,
	kinds?: Partial< Record< RedactionKind, string > >
): string {
	const parts = Object.entries( replacements ).map(
		( [ kind, count ] ) =>
			`${ kinds?.[ kind as RedactionKind ] ?? kind }: ${ count }`
	);
	return parts.length > 0 ? parts.join( ', ' ) : __( 'nothing', 'wayfinder' );
}

/**
 * How many pieces of personal data were replaced in all.
 * @param replacements Kind => count.
 */
export function totalReplacements( replacements: Replacements ): number {
	return Object.values( replacements ).reduce(
		( sum, count ) => sum + ( count ?? 0 ),
		0
	);
}

/**
 * The next application to screen after the current one (wrapping round), never the screener's own;
 * undefined when none is left.
 * @param items   The queue, oldest first.
 * @param current The application open now (0: none).
 */
export function nextToScreen(
	items: ScreeningQueueItem[],
	current: number
): ScreeningQueueItem | undefined {
	const waiting = items.filter(
		( item ) =>
			item.stage === 'screening' && ! item.own && item.id !== current
	);
	return waiting.find( ( item ) => item.id > current ) ?? waiting[ 0 ];
}
