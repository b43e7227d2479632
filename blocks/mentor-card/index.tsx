/**
 * Mentor card, in the editor: pick a mentor; the card is rendered by the server (render.php).
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import Edit, { type CardAttributes } from './edit';
import '../shared/editor.scss';
import './style.scss';

registerBlockType< CardAttributes >( metadata.name, { edit: Edit } );
