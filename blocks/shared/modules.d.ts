/**
 * The parts of WordPress's editor packages and of the Interactivity router that the blocks use. They
 * are externals (WordPress serves them), not installed here, so their types are declared by hand.
 */
declare module '@wordpress/interactivity-router' {
	export const actions: {
		navigate: (
			href: string,
			options?: {
				force?: boolean;
				replace?: boolean;
				loadingAnimation?: boolean;
				screenReaderAnnouncement?: boolean;
			}
		) => Promise< void >;
	};
}

declare module '@wordpress/blocks' {
	import type { ComponentType } from 'react';

	export interface BlockEditProps< T > {
		attributes: T;
		setAttributes: ( attributes: Partial< T > ) => void;
	}

	export function registerBlockType< T >(
		metadata: { name: string } & Record< string, unknown >,
		settings: {
			edit: ComponentType< BlockEditProps< T > >;
			save: () => null;
		}
	): unknown;
}

declare module '@wordpress/block-editor' {
	import type { ComponentType, ReactNode } from 'react';

	export function useBlockProps(
		props?: Record< string, unknown >
	): Record< string, unknown >;
	export const InspectorControls: ComponentType< { children?: ReactNode } >;
}
