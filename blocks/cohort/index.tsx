/**
 * The cohort page block in the editor: pick a cohort (or use the cohort whose page this is); the
 * page itself is rendered by the server (render.php).
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import type { CohortBlockAttributes } from '../shared/cohort-edit';
import Edit from './edit';
import '../shared/editor.scss';
import './style.scss';

registerBlockType< CohortBlockAttributes >( metadata.name, {
	edit: Edit,
	// Rendered on the server (render.php).
	save: () => null,
} );
