<?php
/**
 * Input the matching engine refuses, with a message that names what to fix.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class InvalidInput extends \InvalidArgumentException {
}
