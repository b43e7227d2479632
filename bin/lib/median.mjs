/**
 * The median of some numbers (the benchmarks' one statistic).
 * @param {number[]} values The numbers.
 * @return {number} Their median.
 */
export const median = ( values ) => {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const middle = Math.floor( sorted.length / 2 );
	return sorted.length % 2
		? sorted[ middle ]
		: ( sorted[ middle - 1 ] + sorted[ middle ] ) / 2;
};
