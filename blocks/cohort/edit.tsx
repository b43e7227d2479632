import type { BlockEditProps } from '@wordpress/blocks';
import { __ } from '@wordpress/i18n';

import {
	CohortBlockEdit,
	type CohortBlockAttributes,
} from '../shared/cohort-edit';

/**
 * @param props The block editor's props, and the post being edited.
 */
export default function Edit(
	props: BlockEditProps< CohortBlockAttributes > & {
		context?: { postId?: number; postType?: string };
	}
) {
	return (
		<CohortBlockEdit
			{ ...props }
			words={ {
				block: 'wayfinder/cohort',
				headingLabel: __(
					'Heading level of the sections',
					'wayfinder'
				),
				choose: __(
					'Choose the cohort this block shows in the block’s settings, or place it on a cohort’s own page.',
					'wayfinder'
				),
			} }
		/>
	);
}
