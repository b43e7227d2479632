<?php
/**
 * The REST namespace every Wayfinder route lives in.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class RestNamespace {
	public const V1 = 'wayfinder/v1';
}
