/** Shapes of the wayfinder/v1 REST resources, shared by the admin app and blocks. */

export interface RoleCount {
	role: string;
	label: string;
	count: number;
}

export interface ProgramStatus {
	version: string;
	wordpress_version: string;
	php_version: string;
	database: 'mysql' | 'sqlite';
	people: RoleCount[];
}

/** The subset of /wp/v2/settings that Wayfinder registers. */
export interface WayfinderSiteSettings {
	wayfinder_delete_data_on_uninstall: boolean;
}
