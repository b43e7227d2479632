import { Notice } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * A load or a run that failed: the server's own message and a way to try again.
 * @param props
 * @param props.error         What failed.
 * @param props.error.message The server’s sentence.
 * @param props.retry
 */
export default function LoadError( {
	error,
	retry,
}: {
	error: { message: string };
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
