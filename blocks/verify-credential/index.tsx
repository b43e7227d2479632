/**
 * The Verify a certificate block in the editor: a placeholder; the form and the results are rendered by
 * the server (render.php) and work without JavaScript.
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import Edit, { type VerifyAttributes } from './edit';
import '../shared/editor.scss';
import './style.scss';

registerBlockType< VerifyAttributes >( metadata.name, {
	edit: Edit,
	// Rendered on the server (render.php).
	save: () => null,
} );
