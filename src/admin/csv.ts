/**
 * A table as a CSV file for spreadsheets, made in the browser: a header row, then the rows; every
 * field quoted and defused (csvField) so a spreadsheet never runs it as a formula.
 */
import { csvField } from './screens/progress-csv';

export type CsvValue = string | number | null;

/**
 * The CSV text.
 * @param headers The column names.
 * @param rows    The rows, a value per column (null is an empty field).
 */
export function toCsv( headers: string[], rows: CsvValue[][] ): string {
	return [ headers, ...rows ]
		.map( ( row ) =>
			row.map( ( value ) => csvField( value ?? '' ) ).join( ',' )
		)
		.join( '\r\n' );
}
