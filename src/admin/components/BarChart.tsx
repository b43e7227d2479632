/**
 * A bar chart as an image: an `<svg role="img">` with a title and a description (what it shows, in
 * words); the data itself is in the table beside it. Positions come from barLayout (@visx/scale),
 * bars are @visx/shape's Bar.
 */
import { Bar } from '@visx/shape';
import { useId } from '@wordpress/element';

import {
	barLayout,
	CHART_SIZE,
	type ChartPoint,
} from '../screens/impact-charts';

export default function BarChart( {
	title,
	description,
	points,
	max,
	unit = '',
}: {
	title: string;
	description: string;
	points: ChartPoint[];
	/** The top of the value axis (100 for percentages). */
	max?: number | undefined;
	/** After each tick's number, e.g. ' %'. */
	unit?: string | undefined;
} ) {
	const id = `wayfinder-chart${ useId().replace( /:/g, '' ) }`;
	const size = CHART_SIZE;
	const { bars, ticks } = barLayout( points, size, max );
	const base = size.height - size.bottom;
	return (
		<svg
			className="wayfinder-chart"
			role="img"
			aria-labelledby={ `${ id }-title ${ id }-desc` }
			viewBox={ `0 0 ${ size.width } ${ size.height }` }
			width="100%"
			preserveAspectRatio="xMinYMin meet"
		>
			<title id={ `${ id }-title` }>{ title }</title>
			<desc id={ `${ id }-desc` }>{ description }</desc>
			{ ticks.map( ( tick ) => (
				<g key={ tick.value } aria-hidden="true">
					<line
						x1={ size.left }
						x2={ size.width }
						y1={ tick.y }
						y2={ tick.y }
						className="wayfinder-chart__grid"
					/>
					<text
						x={ size.left - 4 }
						y={ tick.y }
						textAnchor="end"
						dominantBaseline="middle"
						className="wayfinder-chart__tick"
					>
						{ `${ tick.value }${ unit }` }
					</text>
				</g>
			) ) }
			{ bars.map( ( bar ) => (
				<g key={ bar.label } aria-hidden="true">
					<Bar
						x={ bar.x }
						y={ bar.y }
						width={ bar.width }
						height={ bar.height }
						className="wayfinder-chart__bar"
					/>
					{ bars.length <= 12 && (
						<text
							x={ bar.x + bar.width / 2 }
							y={ base + 14 }
							textAnchor="middle"
							className="wayfinder-chart__label"
						>
							{ bar.label.length > 16
								? `${ bar.label.slice( 0, 15 ) }…`
								: bar.label }
						</text>
					) }
				</g>
			) ) }
			<line
				x1={ size.left }
				x2={ size.width }
				y1={ base }
				y2={ base }
				className="wayfinder-chart__axis"
				aria-hidden="true"
			/>
		</svg>
	);
}
