<?php
/**
 * Drops the kept Impact figures (for `npm run bench:impact`'s cold rounds), through bin/lib/wp.php eval.
 *
 * @package Wayfinder
 */

\Wayfinder\Impact\ImpactFigures::forget();
