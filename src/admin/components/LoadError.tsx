import { Notice } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import type { RestError } from '../../api/client';

/**
 * A load that failed: the server's own message and a way to try again.
 * @param props
 * @param props.error
 * @param props.retry
 */
export default function LoadError( {
	error,
	retry,
}: {
	error: RestError;
	retry: () => void;
} ) {
	return (
		<Notice
			status="error"
			isDismissible={ false }
			actions={ [
				{ label: __( 'Try again', 'wayfinder' ), onClick: retry },
			] }
		>
			{ error.message }
		</Notice>
	);
}
