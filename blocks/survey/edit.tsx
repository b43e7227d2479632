import { __ } from '@wordpress/i18n';

import { placeholderEdit } from '../shared/placeholder-edit';

export type { HeadingAttributes as SurveyAttributes } from '../shared/placeholder-edit';

export default placeholderEdit( {
	panel: __( 'Survey', 'wayfinder' ),
	icon: 'feedback',
	label: __( 'Survey', 'wayfinder' ),
	instructions: __(
		'Invitation e-mails link to this page: each person sees the survey they were asked, and can answer without logging in. Signed-in visitors without a link see the surveys waiting for them.',
		'wayfinder'
	),
} );
