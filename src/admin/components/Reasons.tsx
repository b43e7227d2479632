/**
 * Why the engine scored a pair as it did: one sentence per criterion.
 * @param props
 * @param props.reasons Criterion => sentence.
 */
export default function Reasons( {
	reasons,
}: {
	reasons: Record< string, string >;
} ) {
	return (
		<ul className="wayfinder-reasons">
			{ Object.entries( reasons ).map( ( [ criterion, sentence ] ) => (
				<li key={ criterion } data-criterion={ criterion }>
					{ sentence }
				</li>
			) ) }
		</ul>
	);
}
