/**
 * Mentor directory, in the editor: its settings; the directory is rendered by the server (render.php).
 */
import { registerBlockType } from '@wordpress/blocks';

import metadata from './block.json';
import Edit, { type DirectoryAttributes } from './edit';
import '../shared/editor.scss';
import './style.scss';

registerBlockType< DirectoryAttributes >( metadata.name, { edit: Edit } );
