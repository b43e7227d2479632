/**
 * My mentorship in the block editor: its settings and a live preview rendered by the server.
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import Edit, { type MyMentorshipAttributes } from './edit';
import './style.scss';

registerBlockType< MyMentorshipAttributes >( metadata, {
	edit: Edit,
	// Rendered on the server (render.php).
	save: () => null,
} );
