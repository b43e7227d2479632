/**
 * The Survey block in the editor: the heading level; the survey itself is rendered by the server
 * (render.php) for the person who follows their personal link.
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import Edit, { type SurveyAttributes } from './edit';
import '../shared/editor.scss';
import './style.scss';

registerBlockType< SurveyAttributes >( metadata.name, {
	edit: Edit,
	// Rendered on the server (render.php).
	save: () => null,
} );
