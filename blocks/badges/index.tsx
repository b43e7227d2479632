/**
 * The Badges block in the editor: whose badges (a person, or the page's author) and the heading
 * level, with a live preview; the badges themselves are rendered by the server (render.php).
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import Edit, { type BadgesAttributes } from './edit';
import '../shared/editor.scss';
import './style.scss';

registerBlockType< BadgesAttributes >( metadata.name, {
	edit: Edit,
	// Rendered on the server (render.php).
	save: () => null,
} );
