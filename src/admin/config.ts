/** What the PHP page passes to the app (window.wayfinderAdmin, printed before the script). */
export interface AdminConfig {
	rootId: string;
	canManageSite: boolean;
	/** The wayfinder_manage_settings capability: coordinators and administrators. */
	canManageSettings: boolean;
	settingName: string;
}

declare global {
	interface Window {
		wayfinderAdmin?: AdminConfig;
	}
}

export function readAdminConfig(): AdminConfig {
	const config = window.wayfinderAdmin;
	if ( ! config ) {
		throw new Error(
			'wayfinderAdmin is missing: the page was not printed by AdminPage.'
		);
	}
	return config;
}
