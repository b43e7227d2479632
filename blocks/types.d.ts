/**
 * Types for the WordPress packages the blocks use that this checkout does not install: WordPress
 * serves them (wp-scripts turns the imports into the `wp.*` globals and script module imports).
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
		prefetch: ( href: string, options?: { force?: boolean } ) => void;
	};
	export const state: { url: string };
}

declare module '@wordpress/blocks' {
	import type { ComponentType } from 'react';

	export interface BlockEditProps< T > {
		attributes: T;
		setAttributes: ( attributes: Partial< T > ) => void;
		clientId: string;
		isSelected: boolean;
		context: Record< string, unknown >;
	}

	export function registerBlockType< T >(
		nameOrMetadata:
			string | ( { name: string } & Record< string, unknown > ),
		settings: {
			edit: ComponentType< BlockEditProps< T > >;
			save?: () => null;
		}
	): unknown;
}

declare module '@wordpress/block-editor' {
	import type { ComponentType, ReactNode } from 'react';

	export function useBlockProps(
		props?: Record< string, unknown >
	): Record< string, unknown >;
	export const InspectorControls: ComponentType< {
		children?: ReactNode;
		group?: string;
	} >;
}
