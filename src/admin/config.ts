/** What the PHP page passes to the app (window.wayfinderAdmin, printed before the script). */
export interface AdminConfig {
	rootId: string;
	canManageSite: boolean;
	/** The wayfinder_manage_settings capability: coordinators and administrators. */
	canManageSettings: boolean;
	/** wayfinder_coordinate: every screen but those of screening and review. */
	canCoordinate: boolean;
	/** wayfinder_screen_applications: stage 1 of blind selection. */
	canScreen: boolean;
	/** wayfinder_review_applications: stage 2, blind review. */
	canReview: boolean;
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
