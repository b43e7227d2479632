<?php
/**
 * Plugin Name: Wayfinder scaled-out topology: node name
 * Description: Copied into each node of bin/serve-cluster.sh only (never part of the plugin): says
 * which web server answered, in the X-Wayfinder-Node header, from the WAYFINDER_NODE variable its
 * PHP-FPM pool sets (a or b). The tests read it to prove that requests went to both.
 *
 * @package Wayfinder
 */

$wayfinder_node = getenv( 'WAYFINDER_NODE' );
if ( is_string( $wayfinder_node ) && preg_match( '/^[a-z]$/', $wayfinder_node ) && ! headers_sent() ) {
	header( 'X-Wayfinder-Node: ' . $wayfinder_node );
}
unset( $wayfinder_node );
