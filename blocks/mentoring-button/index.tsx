/**
 * The mentoring button in the block editor: its settings and a live preview rendered by the server.
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import Edit, { type ButtonAttributes } from './edit';
import './style.scss';

registerBlockType< ButtonAttributes >( metadata, {
	edit: Edit,
	// Rendered on the server (render.php).
	save: () => null,
} );
