<?php
/**
 * Shared services, built once and on first use. `Plugin` says how to build each; modules ask for
 * what they need. No framework: a map of factories and the instances they made.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Container {

	/** @var array<string, \Closure(self): object> */
	private array $factories = array();

	/** @var array<string, object> */
	private array $instances = array();

	/**
	 * @template T of object
	 * @param class-string<T>      $id
	 * @param \Closure(self): T $factory
	 */
	public function share( string $id, \Closure $factory ): void {
		$this->factories[ $id ] = $factory;
		unset( $this->instances[ $id ] );
	}

	/**
	 * The one instance of a service; a class without a factory is built with no arguments.
	 *
	 * @template T of object
	 * @param class-string<T> $id
	 * @return T
	 */
	public function get( string $id ): object {
		if ( ! isset( $this->instances[ $id ] ) ) {
			$this->instances[ $id ] = isset( $this->factories[ $id ] ) ? ( $this->factories[ $id ] )( $this ) : new $id();
		}
		$service = $this->instances[ $id ];
		assert( $service instanceof $id );
		return $service;
	}
}
