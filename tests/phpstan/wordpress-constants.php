<?php
/**
 * Constants WordPress defines at run time, for static analysis only.
 *
 * @package Wayfinder
 */

// phpcs:disable
define( 'ABSPATH', '/' );
define( 'ARRAY_A', 'ARRAY_A' );
define( 'OBJECT', 'OBJECT' );
