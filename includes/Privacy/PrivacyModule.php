<?php
/**
 * Privacy: WordPress's personal data exporter and eraser, one of each per declared personal table.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Privacy;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class PrivacyModule implements Module {

	public function register( Container $services ): void {
		$registry = $services->get( PersonalData::class );
		add_filter( 'wp_privacy_personal_data_exporters', array( $registry, 'add_exporters' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $registry, 'add_erasers' ) );
	}
}
