/**
 * Ordered lists being edited, as plain data (tested on their own).
 */

/**
 * The list with one row moved up (-1) or down (1).
 * @param list  The rows.
 * @param index The row's place.
 * @param by    Where it goes.
 */
export function moved< T >( list: T[], index: number, by: -1 | 1 ): T[] {
	const next = [ ...list ];
	const [ row ] = next.splice( index, 1 );
	if ( row !== undefined ) {
		next.splice( index + by, 0, row );
	}
	return next;
}
