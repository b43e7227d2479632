/**
 * The few editor APIs the blocks use. WordPress provides these packages at run time (wp-scripts
 * maps them to the wp.blocks and wp.blockEditor globals), so they are typed here rather than installed.
 * @param name
 * @param settings
 * @param settings.edit
 * @param settings.save
 */
declare module '@wordpress/blocks' {
	export function registerBlockType(
		name: string,
		settings: {
			edit: ( props: any ) => JSX.Element | null;
			save: () => JSX.Element | null;
		}
	): unknown;
}

declare module '@wordpress/block-editor' {
	import type { ReactNode } from 'react';
	export function useBlockProps(
		props?: Record< string, unknown >
	): Record< string, unknown >;
	export function InspectorControls( props: {
		children?: ReactNode;
	} ): JSX.Element;
}
