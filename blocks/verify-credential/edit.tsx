import { __ } from '@wordpress/i18n';

import { placeholderEdit } from '../shared/placeholder-edit';

export type { HeadingAttributes as VerifyAttributes } from '../shared/placeholder-edit';

export default placeholderEdit( {
	panel: __( 'Heading', 'wayfinder' ),
	icon: 'yes-alt',
	label: __( 'Verify a certificate', 'wayfinder' ),
	instructions: __(
		'Visitors paste a badge certificate, open a certificate’s verification link, or choose a badge image that holds one, and see whether it checks out. Certificates link to the first published page with this block.',
		'wayfinder'
	),
} );
