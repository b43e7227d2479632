/**
 * The quiz block in the editor: the quiz to show is picked in the block settings; the page shows it
 * (render.php).
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import Edit from './edit';
import './style.scss';

registerBlockType( metadata.name, {
	edit: Edit,
	save: () => null,
} );
