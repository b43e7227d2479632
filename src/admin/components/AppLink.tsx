import type { ReactNode } from 'react';

import { hrefFor, navigate, type Params } from '../router';

/**
 * A link to a place in the app: a real href (a new tab or a copied link works), followed in place on
 * a plain click.
 * @param props
 * @param props.params    Where it goes.
 * @param props.children  The link text.
 * @param props.className Extra class names.
 */
export default function AppLink( {
	params,
	children,
	className,
	...rest
}: {
	params: Params;
	children: ReactNode;
	className?: string;
	'aria-current'?: 'page' | undefined;
} ) {
	return (
		<a
			{ ...rest }
			className={ className }
			href={ hrefFor( params ) }
			onClick={ ( event ) => {
				// Modified clicks open a new tab as usual.
				if (
					event.metaKey ||
					event.ctrlKey ||
					event.shiftKey ||
					event.button !== 0
				) {
					return;
				}
				event.preventDefault();
				navigate( params );
			} }
		>
			{ children }
		</a>
	);
}
