<?php
/**
 * Points a bench site at the address it is served on now (WAYFINDER_BENCH_URL, e.g.
 * http://127.0.0.1:8897): a site kept with WAYFINDER_BENCH_REUSE=1 then works on another port than
 * the one it was made with. Run through bin/lib/wp.php eval; does nothing without the variable.
 *
 * @package Wayfinder
 */

$wayfinder_bench_url = (string) getenv( 'WAYFINDER_BENCH_URL' );
if ( '' !== $wayfinder_bench_url && get_option( 'home' ) !== $wayfinder_bench_url ) {
	update_option( 'siteurl', $wayfinder_bench_url );
	update_option( 'home', $wayfinder_bench_url );
}
