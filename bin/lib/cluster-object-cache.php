<?php
/**
 * A persistent object cache shared by every web server of the scaled-out test topology
 * (bin/serve-cluster.sh copies it into each node as wp-content/object-cache.php; never part of the
 * plugin). WordPress's own per-request cache stays in front; behind it, one Redis that all nodes use,
 * reached over the socket named by WAYFINDER_CLUSTER_REDIS in wp-config.php. So a value one server
 * writes or deletes is what the next request on the other server reads — as with Redis Object Cache
 * or Memcached on a real site. Groups added as non-persistent stay per request. Without the constant,
 * or when Redis cannot be reached, it is WordPress's per-request cache alone.
 *
 * @package Wayfinder
 */

require_once ABSPATH . WPINC . '/class-wp-object-cache.php';

/**
 * WordPress's per-request cache in front of a shared Redis.
 */
final class Wayfinder_Cluster_Object_Cache extends WP_Object_Cache {

	/**
	 * The shared store, or null when there is none.
	 *
	 * @var Redis|null
	 */
	private $redis = null;

	/**
	 * Groups kept per request only (group => true).
	 *
	 * @var array<string, bool>
	 */
	private $local_groups = array();

	/**
	 * The site whose keys are read and written.
	 *
	 * @var int
	 */
	private $site_id = 1;

	public function __construct() {
		parent::__construct();
		$this->site_id = (int) get_current_blog_id();
		if ( ! defined( 'WAYFINDER_CLUSTER_REDIS' ) || ! class_exists( 'Redis' ) ) {
			return;
		}
		try {
			$redis = new Redis();
			if ( $redis->connect( (string) WAYFINDER_CLUSTER_REDIS, 0, 1.0 ) ) {
				$this->redis = $redis;
			}
		} catch ( RedisException $error ) {
			// No shared store: this request caches for itself, as WordPress does without a drop-in.
			$this->redis = null;
		}
	}

	/**
	 * Marks groups as per-request only.
	 *
	 * @param string|string[] $groups Groups.
	 */
	public function add_non_persistent_groups( $groups ): void {
		$this->local_groups = array_merge( $this->local_groups, array_fill_keys( (array) $groups, true ) );
	}

	public function switch_to_blog( $blog_id ) {
		parent::switch_to_blog( $blog_id );
		$this->site_id = (int) $blog_id;
	}

	public function get( $key, $group = 'default', $force = false, &$found = null ) {
		$group = '' === (string) $group ? 'default' : (string) $group;
		if ( ! $force || ! $this->shared( $group ) ) {
			$value = parent::get( $key, $group, false, $found );
			if ( $found || ! $this->shared( $group ) ) {
				return $value;
			}
		}
		$stored = $this->redis->get( $this->id( $key, $group ) );
		if ( ! is_string( $stored ) ) {
			$found = false;
			return false;
		}
		$found = true;
		$value = unserialize( $stored ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- what set() stored, in the harness's own Redis.
		parent::set( $key, $value, $group );
		return $value;
	}

	public function set( $key, $data, $group = 'default', $expire = 0 ) {
		$group = '' === (string) $group ? 'default' : (string) $group;
		if ( ! parent::set( $key, $data, $group, $expire ) ) {
			return false;
		}
		if ( ! $this->shared( $group ) ) {
			return true;
		}
		$options = (int) $expire > 0 ? array( 'ex' => (int) $expire ) : array();
		return (bool) $this->redis->set( $this->id( $key, $group ), serialize( $data ), $options ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- Redis keeps strings.
	}

	public function add( $key, $data, $group = 'default', $expire = 0 ) {
		$group = '' === (string) $group ? 'default' : (string) $group;
		if ( ! $this->shared( $group ) ) {
			return parent::add( $key, $data, $group, $expire );
		}
		if ( wp_suspend_cache_addition() || ! $this->is_valid_key( $key ) ) {
			return false;
		}
		$options = array( 'nx' );
		if ( (int) $expire > 0 ) {
			$options['ex'] = (int) $expire;
		}
		// Only if no server stored it first: one atomic statement in Redis.
		if ( ! $this->redis->set( $this->id( $key, $group ), serialize( $data ), $options ) ) { // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- Redis keeps strings.
			return false;
		}
		return parent::set( $key, $data, $group, $expire );
	}

	public function replace( $key, $data, $group = 'default', $expire = 0 ) {
		$group = '' === (string) $group ? 'default' : (string) $group;
		if ( ! $this->shared( $group ) ) {
			return parent::replace( $key, $data, $group, $expire );
		}
		$options = array( 'xx' );
		if ( (int) $expire > 0 ) {
			$options['ex'] = (int) $expire;
		}
		if ( ! $this->redis->set( $this->id( $key, $group ), serialize( $data ), $options ) ) { // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- Redis keeps strings.
			return false;
		}
		return parent::set( $key, $data, $group, $expire );
	}

	public function delete( $key, $group = 'default', $deprecated = false ) {
		$group   = '' === (string) $group ? 'default' : (string) $group;
		$deleted = parent::delete( $key, $group );
		if ( ! $this->shared( $group ) ) {
			return $deleted;
		}
		return $this->redis->del( $this->id( $key, $group ) ) > 0 || $deleted;
	}

	public function incr( $key, $offset = 1, $group = 'default' ) {
		return $this->step( $key, (int) $offset, $group );
	}

	public function decr( $key, $offset = 1, $group = 'default' ) {
		return $this->step( $key, - (int) $offset, $group );
	}

	public function flush() {
		parent::flush();
		if ( null !== $this->redis ) {
			$this->redis->flushDB();
		}
		return true;
	}

	public function flush_group( $group ) {
		parent::flush_group( $group );
		if ( $this->shared( (string) $group ) ) {
			$pattern = $this->id( '*', (string) $group );
			$cursor  = null;
			do {
				$keys = $this->redis->scan( $cursor, $pattern, 500 );
				if ( is_array( $keys ) && array() !== $keys ) {
					$this->redis->del( $keys );
				}
			} while ( $cursor > 0 );
		}
		return true;
	}

	/** Drops what this request holds; the shared store stays. */
	public function flush_runtime(): bool {
		parent::flush();
		return true;
	}

	/**
	 * Adds an offset to a number (never below 0), as WordPress's cache does.
	 *
	 * @param int|string $key    The key.
	 * @param int        $offset What to add.
	 * @param string     $group  The group.
	 * @return int|false The new number, or false when there was none.
	 */
	private function step( $key, int $offset, $group ) {
		$value = $this->get( $key, $group, true, $found );
		if ( ! $found ) {
			return false;
		}
		$value = max( 0, ( is_numeric( $value ) ? (int) $value : 0 ) + $offset );
		$this->set( $key, $value, $group );
		return $value;
	}

	/**
	 * Whether a group goes to the shared store.
	 *
	 * @param string $group The group.
	 */
	private function shared( string $group ): bool {
		return null !== $this->redis && ! isset( $this->local_groups[ $group ] );
	}

	/**
	 * The key in Redis: global groups for the whole network, the others per site.
	 *
	 * @param int|string $key   The key.
	 * @param string     $group The group.
	 */
	private function id( $key, string $group ): string {
		$site = isset( $this->global_groups[ $group ] ) ? 'global' : (string) $this->site_id;
		return 'wp:' . $site . ':' . $group . ':' . $key;
	}
}

/** Sets up the cache (WordPress calls this once, early). */
function wp_cache_init() {
	// phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- this is the drop-in that provides it.
	$GLOBALS['wp_object_cache'] = new Wayfinder_Cluster_Object_Cache();
}

/**
 * The shared cache.
 *
 * @return Wayfinder_Cluster_Object_Cache
 */
function wayfinder_cluster_cache() {
	return $GLOBALS['wp_object_cache'];
}

// phpcs:disable Squiz.Commenting.FunctionComment.Missing, Generic.Commenting.DocComment.MissingShort -- WordPress's cache API, as core's cache.php documents it.
function wp_cache_add( $key, $data, $group = '', $expire = 0 ) {
	return wayfinder_cluster_cache()->add( $key, $data, $group, (int) $expire );
}
function wp_cache_add_multiple( array $data, $group = '', $expire = 0 ) {
	return wayfinder_cluster_cache()->add_multiple( $data, $group, $expire );
}
function wp_cache_replace( $key, $data, $group = '', $expire = 0 ) {
	return wayfinder_cluster_cache()->replace( $key, $data, $group, (int) $expire );
}
function wp_cache_set( $key, $data, $group = '', $expire = 0 ) {
	return wayfinder_cluster_cache()->set( $key, $data, $group, (int) $expire );
}
function wp_cache_set_multiple( array $data, $group = '', $expire = 0 ) {
	return wayfinder_cluster_cache()->set_multiple( $data, $group, $expire );
}
function wp_cache_get( $key, $group = '', $force = false, &$found = null ) {
	return wayfinder_cluster_cache()->get( $key, $group, $force, $found );
}
function wp_cache_get_multiple( $keys, $group = '', $force = false ) {
	return wayfinder_cluster_cache()->get_multiple( $keys, $group, $force );
}
function wp_cache_delete( $key, $group = '' ) {
	return wayfinder_cluster_cache()->delete( $key, $group );
}
function wp_cache_delete_multiple( array $keys, $group = '' ) {
	return wayfinder_cluster_cache()->delete_multiple( $keys, $group );
}
function wp_cache_incr( $key, $offset = 1, $group = '' ) {
	return wayfinder_cluster_cache()->incr( $key, $offset, $group );
}
function wp_cache_decr( $key, $offset = 1, $group = '' ) {
	return wayfinder_cluster_cache()->decr( $key, $offset, $group );
}
function wp_cache_flush() {
	return wayfinder_cluster_cache()->flush();
}
function wp_cache_flush_runtime() {
	return wayfinder_cluster_cache()->flush_runtime();
}
function wp_cache_flush_group( $group ) {
	return wayfinder_cluster_cache()->flush_group( $group );
}
function wp_cache_supports( $feature ) {
	return in_array( $feature, array( 'add_multiple', 'set_multiple', 'get_multiple', 'delete_multiple', 'flush_runtime', 'flush_group' ), true );
}
function wp_cache_close() {
	return true;
}
function wp_cache_add_global_groups( $groups ) {
	wayfinder_cluster_cache()->add_global_groups( $groups );
}
function wp_cache_add_non_persistent_groups( $groups ) {
	wayfinder_cluster_cache()->add_non_persistent_groups( $groups );
}
function wp_cache_switch_to_blog( $blog_id ) {
	wayfinder_cluster_cache()->switch_to_blog( $blog_id );
}
function wp_cache_reset() {
	wayfinder_cluster_cache()->flush_runtime();
}
// phpcs:enable
