<?php
/**
 * Checks which way dependencies point between the folders of includes/ (pure PHP, no WordPress).
 *
 * Usage: php bin/check-dependencies.php [--strict] [<includes-dir>]
 *
 * Reads every PHP file's `use` statements and qualified names of Wayfinder classes (comments and
 * strings do not count), builds the graph "folder A uses folder B", prints it, and fails (exit 1) on:
 *  - a cycle between folders (A uses B and B uses A, directly or through others);
 *  - Platform using a feature folder (Platform is the base; only pure libraries are below it);
 *  - a pure library (Matching: the engine, no WordPress) using any other folder;
 *  - a folder using the composition root (`Wayfinder\Plugin`), which only plugin.php may call.
 * It also reports where data access and mail live: `$wpdb` outside files named *Repository.php and
 * Platform/Schema.php, Platform/Transaction.php; `wp_mail(` outside Notifications/. Those are listed
 * only, unless --strict, which makes them fail too.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput.OutputNotEscaped -- a command-line script without WordPress.

const WAYFINDER_BASE      = 'Platform';
const WAYFINDER_LIBRARIES = array( 'Matching' );
const WAYFINDER_ROOT      = '(root)';
const WAYFINDER_SQL_FILES = array( 'Platform/Schema.php', 'Platform/Transaction.php' );
const WAYFINDER_MAIL_DIR  = 'Notifications';

/**
 * The folder a fully qualified Wayfinder name belongs to, or null for a name outside Wayfinder or a
 * constant or function of the root namespace (plugin.php's constants).
 */
function wayfinder_folder_of( string $name ): ?string {
	$parts = explode( '\\', ltrim( $name, '\\' ) );
	if ( 'Wayfinder' !== $parts[0] || count( $parts ) < 2 ) {
		return null;
	}
	if ( 2 === count( $parts ) ) {
		// Wayfinder\Plugin (the composition root) counts; Wayfinder\VERSION and other constants do not.
		return 1 === preg_match( '/^[A-Z][a-z]/', $parts[1] ) ? WAYFINDER_ROOT : null;
	}
	return $parts[1];
}

/**
 * The fully qualified Wayfinder names one file refers to, with the line of each.
 *
 * @return list<array{0: string, 1: int}>
 */
function wayfinder_references( string $code ): array {
	$tokens    = token_get_all( $code );
	$namespace = '';
	$aliases   = array();
	$found     = array();
	$depth     = 0;
	$count     = count( $tokens );
	for ( $i = 0; $i < $count; $i++ ) {
		$token = $tokens[ $i ];
		if ( ! is_array( $token ) ) {
			$depth += '{' === $token ? 1 : ( '}' === $token ? -1 : 0 );
			continue;
		}
		list( $kind, $text, $line ) = $token;
		if ( T_CURLY_OPEN === $kind || T_DOLLAR_OPEN_CURLY_BRACES === $kind ) {
			++$depth;
		} elseif ( T_NAMESPACE === $kind ) {
			$namespace = '';
			for ( $j = $i + 1; $j < $count && ';' !== $tokens[ $j ] && '{' !== $tokens[ $j ]; $j++ ) {
				if ( is_array( $tokens[ $j ] ) && in_array( $tokens[ $j ][0], array( T_NAME_QUALIFIED, T_STRING ), true ) ) {
					$namespace .= $tokens[ $j ][1];
				}
			}
			$i = $j - 1;
		} elseif ( T_USE === $kind && 0 === $depth ) {
			// An import at file level (inside a class, `use` names a trait; in a closure, variables).
			$statement = '';
			for ( $j = $i + 1; $j < $count && ';' !== $tokens[ $j ]; $j++ ) {
				$statement .= is_array( $tokens[ $j ] ) ? $tokens[ $j ][1] : $tokens[ $j ];
			}
			$i         = $j;
			$statement = trim( (string) preg_replace( '/^\s*(function|const)\s+/', '', $statement ) );
			$imports   = array();
			if ( 1 === preg_match( '/^([^{]+)\{(.*)\}$/s', $statement, $group ) ) {
				foreach ( explode( ',', $group[2] ) as $member ) {
					$imports[] = rtrim( trim( $group[1] ), '\\' ) . '\\' . trim( $member );
				}
			} else {
				$imports = explode( ',', $statement );
			}
			foreach ( $imports as $import ) {
				$import = trim( $import );
				if ( '' === $import ) {
					continue;
				}
				$pieces                          = preg_split( '/\s+as\s+/i', $import );
				$full                            = ltrim( trim( $pieces[0] ), '\\' );
				$alias                           = isset( $pieces[1] ) ? trim( $pieces[1] ) : substr( (string) strrchr( '\\' . $full, '\\' ), 1 );
				$aliases[ strtolower( $alias ) ] = $full;
				$found[]                         = array( $full, $line );
			}
		} elseif ( T_NAME_FULLY_QUALIFIED === $kind ) {
			$found[] = array( ltrim( $text, '\\' ), $line );
		} elseif ( T_NAME_QUALIFIED === $kind ) {
			$first   = strtolower( strstr( $text, '\\', true ) );
			$found[] = array( isset( $aliases[ $first ] ) ? $aliases[ $first ] . strstr( $text, '\\' ) : $namespace . '\\' . $text, $line );
		} elseif ( T_NAME_RELATIVE === $kind ) {
			$found[] = array( $namespace . '\\' . substr( $text, strlen( 'namespace\\' ) ), $line );
		}
	}
	return $found;
}

/**
 * Strongly connected groups of the graph with more than one folder (Tarjan).
 *
 * @param array<string, array<string, mixed>> $graph
 * @return list<list<string>>
 */
function wayfinder_cycles( array $graph ): array {
	$index  = 0;
	$stack  = array();
	$on     = array();
	$number = array();
	$low    = array();
	$groups = array();
	$visit  = static function ( string $node ) use ( &$visit, &$index, &$stack, &$on, &$number, &$low, &$groups, $graph ): void {
		$number[ $node ] = $index;
		$low[ $node ]    = $index;
		++$index;
		$stack[]     = $node;
		$on[ $node ] = true;
		foreach ( array_keys( $graph[ $node ] ?? array() ) as $next ) {
			if ( ! isset( $number[ $next ] ) ) {
				$visit( $next );
				$low[ $node ] = min( $low[ $node ], $low[ $next ] );
			} elseif ( ! empty( $on[ $next ] ) ) {
				$low[ $node ] = min( $low[ $node ], $number[ $next ] );
			}
		}
		if ( $low[ $node ] === $number[ $node ] ) {
			$group = array();
			do {
				$member        = array_pop( $stack );
				$on[ $member ] = false;
				$group[]       = $member;
			} while ( $member !== $node );
			if ( count( $group ) > 1 ) {
				sort( $group );
				$groups[] = $group;
			}
		}
	};
	foreach ( array_keys( $graph ) as $node ) {
		if ( ! isset( $number[ $node ] ) ) {
			$visit( $node );
		}
	}
	return $groups;
}

/**
 * Runs the check and prints the report.
 *
 * @param list<string> $args Command-line arguments (without the script name).
 * @return int The exit code.
 */
function wayfinder_check_dependencies( array $args ): int {
	$strict = in_array( '--strict', $args, true );
	$paths  = array_values( array_filter( $args, static fn ( string $arg ): bool => ! str_starts_with( $arg, '--' ) ) );
	$root   = rtrim( $paths[0] ?? dirname( __DIR__ ) . '/includes', '/' );
	if ( ! is_dir( $root ) ) {
		fwrite( STDERR, "check-dependencies: no folder $root\n" );
		return 2;
	}
	$graph = array();
	$sql   = array();
	$mail  = array();
	$files = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $root, FilesystemIterator::SKIP_DOTS ) );
	$list  = array();
	foreach ( $files as $file ) {
		if ( $file->isFile() && 'php' === $file->getExtension() ) {
			$list[] = $file->getPathname();
		}
	}
	sort( $list );
	foreach ( $list as $path ) {
		$relative           = substr( $path, strlen( $root ) + 1 );
		$folder             = str_contains( $relative, '/' ) ? strstr( $relative, '/', true ) : WAYFINDER_ROOT;
		$code               = (string) file_get_contents( $path );
		$graph[ $folder ] ??= array();
		foreach ( wayfinder_references( $code ) as list( $name, $line ) ) {
			$target = wayfinder_folder_of( $name );
			if ( null === $target || $target === $folder ) {
				continue;
			}
			$graph[ $folder ][ $target ] ??= "$relative:$line uses $name";
			$graph[ $target ]            ??= array();
		}
		// Data access and mail, outside comments and strings.
		$is_sql_file = str_ends_with( $relative, 'Repository.php' ) || in_array( $relative, WAYFINDER_SQL_FILES, true );
		foreach ( token_get_all( $code ) as $token ) {
			if ( ! is_array( $token ) ) {
				continue;
			}
			if ( ! $is_sql_file && T_VARIABLE === $token[0] && '$wpdb' === $token[1] ) {
				$sql[ $relative ] ??= $token[2];
			}
			if ( WAYFINDER_MAIL_DIR !== $folder && T_STRING === $token[0] && 'wp_mail' === $token[1] ) {
				$mail[ $relative ] ??= $token[2];
			}
		}
	}
	ksort( $graph );
	echo 'Folders of ' . basename( $root ) . "/ and the folders they use:\n";
	foreach ( $graph as $folder => $uses ) {
		ksort( $uses );
		echo '  ' . str_pad( $folder, 14 ) . ' → ' . ( array() === $uses ? '(nothing)' : implode( ', ', array_keys( $uses ) ) ) . "\n";
	}

	$problems = array();
	foreach ( wayfinder_cycles( $graph ) as $group ) {
		$lines = array();
		foreach ( $group as $from ) {
			foreach ( $group as $to ) {
				if ( isset( $graph[ $from ][ $to ] ) ) {
					$lines[] = "      $from → $to: {$graph[ $from ][ $to ]}";
				}
			}
		}
		$problems[] = '  cycle between ' . implode( ', ', $group ) . ":\n" . implode( "\n", $lines );
	}
	foreach ( $graph as $from => $uses ) {
		foreach ( $uses as $to => $example ) {
			if ( WAYFINDER_BASE === $from && ! in_array( $to, WAYFINDER_LIBRARIES, true ) ) {
				$problems[] = "  Platform uses a feature: $from → $to: $example";
			} elseif ( in_array( $from, WAYFINDER_LIBRARIES, true ) ) {
				$problems[] = "  a pure library uses another folder: $from → $to: $example";
			} elseif ( WAYFINDER_ROOT === $to ) {
				$problems[] = "  only plugin.php calls the composition root: $from → $to: $example";
			}
		}
	}
	echo "\nDirection of dependencies: " . ( array() === $problems ? "one way (no cycles; Platform uses no feature).\n" : count( $problems ) . " problem(s)\n" . implode( "\n", $problems ) . "\n" );

	$layering = count( $sql ) + count( $mail );
	echo "\n" . '$wpdb outside repositories, Platform/Schema.php and Platform/Transaction.php: ' . ( array() === $sql ? "none\n" : count( $sql ) . " file(s)\n" );
	foreach ( $sql as $file => $line ) {
		echo "  $file:$line\n";
	}
	echo 'wp_mail( outside ' . WAYFINDER_MAIL_DIR . '/: ' . ( array() === $mail ? "none\n" : count( $mail ) . " file(s)\n" );
	foreach ( $mail as $file => $line ) {
		echo "  $file:$line\n";
	}
	if ( $layering > 0 && ! $strict ) {
		echo "(listed only; --strict makes these fail)\n";
	}
	return array() !== $problems || ( $strict && $layering > 0 ) ? 1 : 0;
}

exit( wayfinder_check_dependencies( array_slice( $argv, 1 ) ) );
