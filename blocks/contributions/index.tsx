/**
 * The Contributions block in the editor: choose whose verified contributions it shows (or leave it to
 * the author of the page or archive); the list itself is rendered by the server (render.php).
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import Edit, { type ContributionsAttributes } from './edit';
import '../shared/editor.scss';
import './style.scss';

registerBlockType< ContributionsAttributes >( metadata.name, {
	edit: Edit,
	// Rendered on the server (render.php).
	save: () => null,
} );
