/**
 * Types for the block editor packages the cohort panel uses that this checkout does not install:
 * WordPress serves them (wp-scripts turns the imports into the `wp.editor`, `wp.plugins` and
 * `wp.coreData` globals).
 */
declare module '@wordpress/editor' {
	import type { ComponentType, ReactNode } from 'react';

	export const PluginDocumentSettingPanel: ComponentType< {
		name: string;
		title: string;
		className?: string;
		children?: ReactNode;
	} >;
	export const store: string;
}

declare module '@wordpress/plugins' {
	import type { ComponentType } from 'react';

	export function registerPlugin(
		name: string,
		settings: { render: ComponentType; icon?: unknown }
	): unknown;
}

declare module '@wordpress/core-data' {
	export function useEntityProp< T >(
		kind: string,
		name: string,
		prop: string,
		id?: number
	): [ T, ( value: T ) => void, unknown ];
}
