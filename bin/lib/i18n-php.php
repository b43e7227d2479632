<?php
/**
 * The PHP half of the translation extractor (bin/i18n.mjs): finds the calls of WordPress's translation
 * functions in PHP files with PHP's own tokenizer and prints them as JSON, one object per call:
 * { file, line, name, args: (string|null)[], comments: string[] } — an argument is its string value
 * when it is a literal (or literals joined with `.`), else null; comments are the translator comments
 * (`translators: …`) that belong to the call, as WP-CLI's make-pot attaches them: on the call's line or
 * the line before, or inside its parentheses. Which argument is the text, the context or the domain is
 * decided by bin/lib/i18n.mjs, the same for PHP and TypeScript.
 *
 * Usage: php bin/lib/i18n-php.php <root> <file relative to root>...
 *
 * @package Wayfinder
 */

declare(strict_types=1);

const WAYFINDER_I18N_FUNCTIONS = array(
	'__',
	'_e',
	'_x',
	'_ex',
	'_n',
	'_nx',
	'_n_noop',
	'_nx_noop',
	'esc_html__',
	'esc_html_e',
	'esc_html_x',
	'esc_attr__',
	'esc_attr_e',
	'esc_attr_x',
);

/**
 * A translator comment's text without its markers, its lines joined by spaces; '' when it is not one.
 *
 * @param string $comment The comment token as written.
 */
function wayfinder_translator_comment( string $comment ): string {
	$text  = preg_replace( '~^(?://|#|/\*+)|\*/$~', '', $comment ) ?? '';
	$lines = array_map( static fn ( string $line ): string => trim( ltrim( trim( $line ), '*' ) ), explode( "\n", $text ) );
	$text  = implode( ' ', array_filter( $lines, static fn ( string $line ): bool => '' !== $line ) );
	return 1 === preg_match( '/^translators:/i', $text ) ? $text : '';
}

/**
 * The value of a single- or double-quoted PHP string literal without variables (T_CONSTANT_ENCAPSED_STRING).
 *
 * @param string $literal The literal as written, quotes included.
 */
function wayfinder_string_value( string $literal ): string {
	$quote = $literal[0];
	$body  = substr( $literal, 1, -1 );
	if ( "'" === $quote ) {
		return strtr(
			$body,
			array(
				'\\\\' => '\\',
				"\\'"  => "'",
			)
		);
	}
	$simple = array(
		'n'  => "\n",
		't'  => "\t",
		'r'  => "\r",
		'v'  => "\v",
		'e'  => "\e",
		'f'  => "\f",
		'\\' => '\\',
		'$'  => '$',
		'"'  => '"',
	);
	return (string) preg_replace_callback(
		'/\\\\(?:([ntrvef\\\\$"])|([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u\{([0-9A-Fa-f]+)\})/',
		static function ( array $escape ) use ( $simple ): string {
			if ( isset( $escape[1] ) && '' !== $escape[1] ) {
				return $simple[ $escape[1] ];
			}
			if ( isset( $escape[2] ) && '' !== $escape[2] ) {
				return chr( octdec( $escape[2] ) & 255 );
			}
			if ( isset( $escape[3] ) && '' !== $escape[3] ) {
				return chr( (int) hexdec( $escape[3] ) );
			}
			return mb_chr( (int) hexdec( $escape[4] ), 'UTF-8' );
		},
		$body
	);
}

/**
 * The translation calls in one file.
 *
 * @param string $code The file's PHP code.
 * @param string $file Its path, as the references name it.
 * @return list<array{file: string, line: int, name: string, args: list<string|null>, comments: list<string>}>
 */
function wayfinder_php_calls( string $code, string $file ): array {
	$tokens   = array_values(
		array_filter(
			token_get_all( $code ),
			static fn ( $token ): bool => ! is_array( $token ) || T_WHITESPACE !== $token[0]
		)
	);
	$comments = array(); // Translator comments seen so far: [ last line, text, token index ].
	foreach ( $tokens as $index => $token ) {
		if ( is_array( $token ) && in_array( $token[0], array( T_COMMENT, T_DOC_COMMENT ), true ) ) {
			$text = wayfinder_translator_comment( $token[1] );
			if ( '' !== $text ) {
				$comments[] = array( $token[2] + substr_count( rtrim( $token[1] ), "\n" ), $text, $index );
			}
		}
	}
	$calls = array();
	$count = count( $tokens );
	foreach ( $tokens as $index => $token ) {
		if ( ! is_array( $token ) || ! in_array( $token[0], array( T_STRING, T_NAME_FULLY_QUALIFIED ), true ) ) {
			continue;
		}
		$name = ltrim( $token[1], '\\' );
		if ( ! in_array( $name, WAYFINDER_I18N_FUNCTIONS, true ) || '(' !== ( $tokens[ $index + 1 ] ?? null ) ) {
			continue;
		}
		$before = $tokens[ $index - 1 ] ?? null;
		// A method of the same name, a definition or a class is not WordPress's function.
		if ( is_array( $before ) && in_array( $before[0], array( T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_NEW ), true ) ) {
			continue;
		}
		$line  = $token[2];
		$args  = array();
		$parts = array();
		$depth = 0;
		$end   = $index + 1;
		for ( $at = $index + 1; $at < $count; $at++ ) {
			$part = $tokens[ $at ];
			$text = is_array( $part ) ? $part[1] : $part;
			if ( in_array( $text, array( '(', '[', '{' ), true ) || ( is_array( $part ) && in_array( $part[0], array( T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES ), true ) ) ) {
				++$depth;
				if ( 1 === $depth ) {
					continue;
				}
			} elseif ( in_array( $text, array( ')', ']', '}' ), true ) ) {
				--$depth;
				if ( 0 === $depth ) {
					$end = $at;
					break;
				}
			} elseif ( ',' === $text && 1 === $depth ) {
				$args[] = wayfinder_literal( $parts );
				$parts  = array();
				continue;
			}
			if ( ! is_array( $part ) || ! in_array( $part[0], array( T_COMMENT, T_DOC_COMMENT ), true ) ) {
				$parts[] = $part;
			}
		}
		if ( array() !== $parts ) {
			$args[] = wayfinder_literal( $parts );
		}
		$related = array();
		foreach ( $comments as list( $last_line, $text, $at ) ) {
			$above  = $at < $index && ( $last_line === $line || $last_line === $line - 1 );
			$inside = $at > $index && $at < $end;
			if ( $above || $inside ) {
				$related[] = $text;
			}
		}
		$calls[] = array(
			'file'     => $file,
			'line'     => $line,
			'name'     => $name,
			'args'     => $args,
			'comments' => array_values( array_unique( $related ) ),
		);
	}
	return $calls;
}

/**
 * An argument's string value when it is string literals joined by `.`; null for anything else.
 *
 * @param list<array{0: int, 1: string, 2: int}|string> $parts The argument's tokens, comments left out.
 */
function wayfinder_literal( array $parts ): ?string {
	$value = '';
	foreach ( $parts as $position => $part ) {
		if ( 1 === $position % 2 ) {
			if ( '.' !== $part ) {
				return null;
			}
			continue;
		}
		if ( ! is_array( $part ) || T_CONSTANT_ENCAPSED_STRING !== $part[0] ) {
			return null;
		}
		$value .= wayfinder_string_value( $part[1] );
	}
	return array() === $parts || 0 === count( $parts ) % 2 ? null : $value;
}

if ( PHP_SAPI === 'cli' && isset( $argv ) && realpath( $argv[0] ) === __FILE__ ) {
	$wayfinder_root  = rtrim( $argv[1] ?? '', '/' );
	$wayfinder_calls = array();
	foreach ( array_slice( $argv, 2 ) as $wayfinder_file ) {
		$wayfinder_code = file_get_contents( $wayfinder_root . '/' . $wayfinder_file );
		if ( false === $wayfinder_code ) {
			fwrite( STDERR, "error: cannot read {$wayfinder_root}/{$wayfinder_file}\n" );
			exit( 1 );
		}
		array_push( $wayfinder_calls, ...wayfinder_php_calls( $wayfinder_code, $wayfinder_file ) );
	}
	echo json_encode( $wayfinder_calls, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR ), "\n";
}
