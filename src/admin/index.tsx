import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

import App from './App';
import { readAdminConfig } from './config';
import './index.scss';

domReady( () => {
	const config = readAdminConfig();
	const root = document.getElementById( config.rootId );
	if ( root ) {
		createRoot( root ).render( <App config={ config } /> );
	}
} );
