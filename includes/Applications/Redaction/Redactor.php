<?php
/**
 * The automatic first pass of stage 1: takes an applicant's words and what is known of who they are
 * (an Identity) and puts neutral markers where personal data was — their names, usernames, places,
 * handles and links they gave, and any e-mail address, link, @handle or phone number at all — and,
 * for English, makes gendered words neutral ("she" → "they", "my husband" → "my partner").
 *
 * Pure PHP (no WordPress): the markers' words come in as a parameter, so the WordPress side
 * translates them. Other languages get everything but the gendered words: their grammar is not a
 * word-for-word swap. Matching is Unicode-aware (a name is found whatever its case or accents, and
 * only as a whole word: "Ana" is not taken out of "Banana").
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Redaction;

final class Redactor {

	public const NAME     = 'name';
	public const USERNAME = 'username';
	public const EMAIL    = 'email';
	public const URL      = 'url';
	public const HANDLE   = 'handle';
	public const PHONE    = 'phone';
	public const PLACE    = 'place';
	public const GENDERED = 'gendered';

	/** Every kind, in the order they are told. GENDERED has no marker: its words are swapped for neutral ones. */
	public const KINDS = array( self::NAME, self::USERNAME, self::EMAIL, self::URL, self::HANDLE, self::PHONE, self::PLACE, self::GENDERED );

	/** The markers' words in English; the WordPress side passes translated ones. */
	public const MARKERS = array(
		self::NAME     => '[name]',
		self::USERNAME => '[username]',
		self::EMAIL    => '[e-mail]',
		self::URL      => '[link]',
		self::HANDLE   => '[handle]',
		self::PHONE    => '[phone]',
		self::PLACE    => '[place]',
	);

	/** Letters and the accented letters they stand for, so "Jose" finds "José" and "São Paulo" finds "Sao Paulo". */
	private const VARIANTS = array(
		'a' => 'aàáâãäåāăą',
		'c' => 'cçćčĉ',
		'd' => 'dďđ',
		'e' => 'eèéêëēėęěĕ',
		'g' => 'gğĝģ',
		'h' => 'hĥ',
		'i' => 'iìíîïīįıĩ',
		'j' => 'jĵ',
		'k' => 'kķ',
		'l' => 'lłľļĺ',
		'n' => 'nñńňņ',
		'o' => 'oòóôõöøōő',
		'r' => 'rřŕ',
		's' => 'sśšşș',
		't' => 'tťţț',
		'u' => 'uùúûüūůűũų',
		'y' => 'yýÿ',
		'z' => 'zźżž',
	);

	/** Hosts whose first path segment is a person: "github.com/maria" is a handle. */
	private const PROFILE_HOSTS = 'github\.com|gitlab\.com|twitter\.com|x\.com|linkedin\.com/in|instagram\.com|facebook\.com|fb\.com|threads\.net|bsky\.app/profile|tiktok\.com|youtube\.com|medium\.com|dev\.to|profiles\.wordpress\.org|wordpress\.org/support/users|t\.me|mastodon\.social|behance\.net|dribbble\.com|codepen\.io|reddit\.com/u(?:ser)?|stackoverflow\.com/users';

	/** Endings of bare domains ("example.com/…"); lower case only, so "ASP.NET" stays. */
	private const TLDS = 'com|org|net|io|dev|app|co|me|info|blog|xyz|tech|site|online|ai|ly|gg|tv|edu|gov|uk|de|fr|es|nl|br|ng|ke|za|jp|cn|ru|au|ca|eu|ch|se|fi|pl|pt|mx|ar|cl|ph|pk|bd|gh|tz|ug|eg|tr|ir|kr|vn|th|sg|nz|dk|cz|gr|ro|hu|ua|ae|news|social|page|wiki|cloud|design|studio|space|website|store|shop|press|link|tools|codes|network|community|academy|world|life|live|email';

	/** Words after "her"/"his" that show it stands alone ("told her about", "it was his"). */
	private const NOT_A_NOUN = array( 'a', 'about', 'after', 'again', 'all', 'an', 'and', 'any', 'as', 'at', 'back', 'because', 'before', 'both', 'but', 'by', 'during', 'every', 'for', 'from', 'he', 'her', 'him', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'just', 'know', 'me', 'more', 'my', 'not', 'now', 'of', 'off', 'on', 'once', 'or', 'our', 'out', 'over', 'she', 'since', 'so', 'some', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too', 'until', 'up', 'very', 'was', 'we', 'what', 'when', 'where', 'while', 'who', 'why', 'will', 'with', 'would', 'you', 'your' );

	/** Gendered English words => neutral ones ("her" and "his" are decided by what follows). */
	private const GENDERED_WORDS = array(
		'he'          => 'they',
		'she'         => 'they',
		"he's"        => "they're",
		"she's"       => "they're",
		"he'll"       => "they'll",
		"she'll"      => "they'll",
		"he'd"        => "they'd",
		"she'd"       => "they'd",
		'him'         => 'them',
		'himself'     => 'themself',
		'herself'     => 'themself',
		'hers'        => 'theirs',
		'man'         => 'person',
		'woman'       => 'person',
		'men'         => 'people',
		'women'       => 'people',
		'boy'         => 'young person',
		'girl'        => 'young person',
		'boys'        => 'young people',
		'girls'       => 'young people',
		'husband'     => 'partner',
		'wife'        => 'partner',
		'husbands'    => 'partners',
		'wives'       => 'partners',
		'boyfriend'   => 'partner',
		'girlfriend'  => 'partner',
		'boyfriends'  => 'partners',
		'girlfriends' => 'partners',
		'mother'      => 'parent',
		'father'      => 'parent',
		'mothers'     => 'parents',
		'fathers'     => 'parents',
		'mom'         => 'parent',
		'mum'         => 'parent',
		'dad'         => 'parent',
		'moms'        => 'parents',
		'mums'        => 'parents',
		'dads'        => 'parents',
		'son'         => 'child',
		'daughter'    => 'child',
		'sons'        => 'children',
		'daughters'   => 'children',
		'brother'     => 'sibling',
		'sister'      => 'sibling',
		'brothers'    => 'siblings',
		'sisters'     => 'siblings',
	);

	/** What may not stand right before a word for it to be a word of its own. */
	private const BEFORE = '(?<![\p{L}\p{M}\p{N}])';
	/** What may not follow. */
	private const AFTER = '(?![\p{L}\p{M}\p{N}])';

	/** Marks a replaced piece while the text is worked on (private-use characters: no rule matches them). */
	private const OPEN  = "\u{E000}";
	private const CLOSE = "\u{E001}";

	/** @var array<string, string> */
	private array $markers;

	/** @param array<string, string> $markers Kind => the marker put in its place (MARKERS over the defaults). */
	public function __construct( array $markers = array() ) {
		$this->markers = $markers + self::MARKERS;
	}

	/**
	 * Takes the personal data out of a text.
	 *
	 * @param string $language The applicant's or site's language (a locale such as en_US): the gendered words are made neutral only for English.
	 */
	public function redact( string $text, Identity $identity, string $language = 'en' ): Redaction {
		$counts = array();
		$mark   = function ( string $kind ) use ( &$counts ): string {
			$counts[ $kind ] = ( $counts[ $kind ] ?? 0 ) + 1;
			return self::OPEN . array_search( $kind, self::KINDS, true ) . self::CLOSE;
		};
		$text   = self::clean( $text );

		// Fediverse handles first (@maria@mastodon.social), then any e-mail address.
		$text = self::replace( '/(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.\-]++@[\p{L}\p{N}\-]++(?:\.[\p{L}\p{N}\-]++)+/u', $text, static fn (): string => $mark( self::HANDLE ) );
		$text = self::replace( '/(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]++@[\p{L}\p{N}\-]++(?:\.[\p{L}\p{N}\-]++)+/u', $text, static fn (): string => $mark( self::EMAIL ) );
		// Profile links (one path segment after a known host) are handles; any other link is a link.
		$text = self::replace( '~(?<![\p{L}\p{N}.\-/@])(?:https?://)?(?:www\.)?(?:' . self::PROFILE_HOSTS . ')/@?[\p{L}\p{N}_.\-]+/?(?![\p{L}\p{N}_\-/]|\.[\p{L}\p{N}])~iu', $text, static fn ( array $m ): string => self::keep_trailing( $m[0], static fn (): string => $mark( self::HANDLE ) ) );
		$text = self::replace(
			'~(?<![\p{L}\p{N}@])(?:https?://|www\.)[^\s<>"\'()\[\]' . self::OPEN . ']+~iu',
			$text,
			static fn ( array $m ): string => self::keep_trailing( $m[0], static fn (): string => $mark( self::URL ) )
		);
		$text = self::replace(
			'~(?<![\p{L}\p{N}@.\-/_])(?:[\p{L}\p{N}]++(?:-++[\p{L}\p{N}]++)*+\.)+(?-i:' . self::TLDS . ')(?![\p{L}\p{N}\-])(?:/[^\s<>"\'()\[\]' . self::OPEN . ']*)?~u',
			$text,
			static fn ( array $m ): string => self::keep_trailing( $m[0], static fn (): string => $mark( self::URL ) )
		);
		$text = self::replace( '/(?<![\p{L}\p{N}_.@\/\\\\])@[\p{L}\p{N}_]++(?:[.\-]++[\p{L}\p{N}_]++)*+/u', $text, static fn (): string => $mark( self::HANDLE ) );
		$text = self::replace(
			'/(?<![\p{L}\p{N}.,\-+#\/:])(?:\+\s?|00)?(?:\(\d{1,5}\)\s?)?\d++(?:(?:[ .\-\x{2013}]|\s[\-\x{2013}]\s)\(?\d++\)?)*+' . self::AFTER . '(?![.,:\/\-]\d)/u',
			$text,
			static fn ( array $m ): string => self::is_phone( $m[0] ) ? $mark( self::PHONE ) : $m[0]
		);
		// What is known of the person, longest first (a full name before its words).
		foreach ( $identity->terms() as list( $kind, $term ) ) {
			$text = self::replace( self::term_pattern( $kind, $term ), $text, static fn (): string => $mark( $kind ) );
		}
		if ( self::is_english( $language ) ) {
			$text = $this->neutral( $text, $counts );
		}
		$text = (string) preg_replace_callback(
			'/' . self::OPEN . '(\d)' . self::CLOSE . '/u',
			fn ( array $m ): string => $this->markers[ self::KINDS[ (int) $m[1] ] ] ?? '',
			$text
		);
		return new Redaction( $text, self::ordered( $counts ) );
	}

	/**
	 * The final check before release: what of the person a text still holds — their name, username
	 * or e-mail address. A single word of a name counts only when it is written as a name (capital
	 * first letter), so "I will" passes for a person called Will; a full name counts in any case.
	 *
	 * @return list<string> The kinds found (NAME, USERNAME, EMAIL), each once.
	 */
	public function check( string $text, Identity $identity ): array {
		$found = array();
		foreach ( $identity->terms() as list( $kind, $term ) ) {
			if ( ! in_array( $kind, array( self::NAME, self::USERNAME, self::EMAIL ), true ) || in_array( $kind, $found, true ) ) {
				continue;
			}
			if ( self::EMAIL === $kind ) {
				$hit = str_contains( mb_strtolower( $text ), $term );
			} else {
				$hits = preg_match_all( self::term_pattern( $kind, $term ), $text, $matches );
				if ( false === $hits ) {
					$found[] = $kind; // The engine gave up: not proven clean, so not released.
					continue;
				}
				$hit = $hits > 0;
				if ( $hit && self::NAME === $kind && ! preg_match( '/\s/u', $term ) ) {
					$hit = array() !== array_filter( $matches[0], static fn ( string $seen ): bool => mb_strtoupper( mb_substr( $seen, 0, 1 ) ) === mb_substr( $seen, 0, 1 ) );
				}
			}
			if ( $hit ) {
				$found[] = $kind;
			}
		}
		return array_values( array_intersect( self::KINDS, $found ) );
	}

	public static function is_english( string $language ): bool {
		return 1 === preg_match( '/^en(?:[_\-]|$)/i', $language );
	}

	/** A regular expression that finds the term as a word of its own, whatever its case and accents. */
	private static function term_pattern( string $kind, string $term ): string {
		$pattern = '';
		foreach ( mb_str_split( mb_strtolower( $term ) ) as $char ) {
			$pattern .= self::char_pattern( $char );
		}
		// A link of theirs takes its path along: "maria.dev/blog".
		$tail = self::URL === $kind ? '(?:/[^\s<>"\'()\[\]' . self::OPEN . ']*[^\s<>"\'()\[\].,;:!?' . self::OPEN . '])?' : '';
		// Words of scripts written without spaces (Chinese, Japanese) have no boundaries to look for.
		if ( preg_match( '/[\p{Han}\p{Hiragana}\p{Katakana}]/u', $term ) ) {
			return '~' . $pattern . '~iu';
		}
		return '~' . self::BEFORE . $pattern . $tail . self::AFTER . '~iu';
	}

	private static function char_pattern( string $char ): string {
		static $base = null;
		if ( null === $base ) {
			$base = array();
			foreach ( self::VARIANTS as $letter => $variants ) {
				foreach ( mb_str_split( $variants ) as $variant ) {
					$base[ $variant ] = $letter;
				}
			}
		}
		if ( isset( $base[ $char ] ) ) {
			return '[' . self::VARIANTS[ $base[ $char ] ] . ']';
		}
		if ( preg_match( '/^\s$/u', $char ) ) {
			return '[\s\-]+';
		}
		if ( "'" === $char || '’' === $char ) {
			return "['’]";
		}
		if ( '-' === $char ) {
			return '[\-\s]?';
		}
		return preg_quote( $char, '~' );
	}

	/** Whether digits that look like a phone number are one: 7 to 15 digits, and not a date, a span of years, a version or an address of a computer. */
	private static function is_phone( string $candidate ): bool {
		$digits = (string) preg_replace( '/\D/', '', $candidate );
		if ( strlen( $digits ) < 7 || strlen( $digits ) > 15 ) {
			return false;
		}
		if ( str_starts_with( $candidate, '+' ) ) {
			return true;
		}
		$trimmed = trim( $candidate );
		if ( preg_match( '/^\d{4}[\-.\/]\d{1,2}[\-.\/]\d{1,2}$/', $trimmed ) || preg_match( '/^\d{1,2}[\-.\/]\d{1,2}[\-.\/]\d{2,4}$/', $trimmed ) ) {
			return false;
		}
		$groups = array_map( 'strval', (array) preg_split( '/\D+/', $trimmed, -1, PREG_SPLIT_NO_EMPTY ) );
		if ( count( $groups ) > 1 && array() === array_filter( $groups, static fn ( string $group ): bool => ! preg_match( '/^(?:1[89]|20)\d\d$/', $group ) ) ) {
			return false; // 2019 – 2023.
		}
		if ( ! preg_match( '/[^\d.]/', $trimmed ) && count( $groups ) >= 3 && array() === array_filter( $groups, static fn ( string $group ): bool => strlen( $group ) > 3 ) ) {
			return false; // A version or a computer's address: 1.2.3.4, 192.168.10.20.
		}
		return true;
	}

	/**
	 * Gendered English words made neutral, keeping the capital of the first letter ("She" → "They",
	 * "SHE" → "THEY"); titles (Mr, Mrs, Ms, Miss, Mx) before a name are dropped.
	 *
	 * @param array<string, int> $counts Kind => count, added to.
	 */
	private function neutral( string $text, array &$counts ): string {
		$count = 0;
		$text  = self::replace(
			'/(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS|MISS)\.?\s+(?=\p{Lu}|' . self::OPEN . ')/u',
			$text,
			static function () use ( &$count ): string {
				++$count;
				return '';
			}
		);
		// "she is" → "they are": the verb follows the pronoun.
		$agree = array(
			'is'      => 'are',
			'was'     => 'were',
			'has'     => 'have',
			'does'    => 'do',
			"isn't"   => "aren't",
			"wasn't"  => "weren't",
			"hasn't"  => "haven't",
			"doesn't" => "don't",
		);
		$text  = self::replace(
			'/' . self::BEFORE . '((?i:he|she))(\s+(?:(?:always|often|never|also|still|just|really|usually|sometimes|already|only|even|rarely|[a-z]+ly)\s+)?)((?i:is|was|has|does|isn[\'’]t|wasn[\'’]t|hasn[\'’]t|doesn[\'’]t)|[a-z]+s)' . self::AFTER . '/u',
			$text,
			static function ( array $m ) use ( &$count, $agree ): string {
				$verb = mb_strtolower( str_replace( '’', "'", $m[3] ) );
				$base = $agree[ $verb ] ?? self::plural_verb( $m[3] );
				if ( null === $base ) {
					return $m[0];
				}
				++$count;
				return self::cased( $m[1], 'they' ) . $m[2] . self::cased( $m[3], str_contains( $m[3], '’' ) ? str_replace( "'", '’', $base ) : $base );
			}
		);
		$words = array_keys( self::GENDERED_WORDS );
		usort( $words, static fn ( string $a, string $b ): int => strlen( $b ) <=> strlen( $a ) );
		$alternatives = implode( '|', array_map( static fn ( string $word ): string => str_replace( "'", '[\'’]', preg_quote( $word, '/' ) ), array_merge( $words, array( 'her', 'his' ) ) ) );
		// The word, and the word (or marker) after it, which says whether "her" stands alone.
		$text = self::replace(
			'/' . self::BEFORE . '(' . $alternatives . ')' . self::AFTER . '(?=[^\S\n]*(' . self::OPEN . '|[\p{L}\p{M}]+)?)/iu',
			$text,
			static function ( array $m ) use ( &$count ): string {
				$word = $m[1];
				$next = $m[2] ?? '';
				$key  = mb_strtolower( str_replace( '’', "'", $word ) );
				if ( in_array( $key, array( 'mother', 'sister' ), true ) && preg_match( '/^(?:tongues?|languages?|projects?|sites?|teams?|compan(?:y|ies)|organi[sz]ations?|cit(?:y|ies))$/iu', $next ) ) {
					return $word; // A mother tongue, a sister project: not about a person.
				}
				++$count;
				if ( 'her' === $key || 'his' === $key ) {
					$alone = '' === $next || in_array( mb_strtolower( $next ), self::NOT_A_NOUN, true );
					$swap  = 'her' === $key ? ( $alone ? 'them' : 'their' ) : ( $alone ? 'theirs' : 'their' );
					return self::cased( $word, $swap );
				}
				$swap = self::GENDERED_WORDS[ $key ];
				return self::cased( $word, str_contains( $word, '’' ) ? str_replace( "'", '’', $swap ) : $swap );
			}
		);
		if ( $count > 0 ) {
			$counts[ self::GENDERED ] = ( $counts[ self::GENDERED ] ?? 0 ) + $count;
		}
		return $text;
	}

	/**
	 * The verb for "they" of a verb that followed "he" or "she" ("says" → "say", "tries" → "try",
	 * "watches" → "watch"); null for a word that is not such a verb ("always", "perhaps").
	 */
	private static function plural_verb( string $verb ): ?string {
		if ( strlen( $verb ) < 4 || in_array( $verb, array( 'always', 'sometimes', 'perhaps', 'thus', 'plus', 'less', 'unless', 'besides', 'towards', 'afterwards', 'nevertheless', 'yes', 'this', 'its', 'his', 'hers', 'was', 'has', 'is' ), true ) || preg_match( '/(?:ss|us|is|ous)$/', $verb ) ) {
			return null;
		}
		if ( str_ends_with( $verb, 'ies' ) ) {
			return substr( $verb, 0, -3 ) . 'y';
		}
		if ( preg_match( '/(?:ch|sh|x|z|o)es$/', $verb ) ) {
			return substr( $verb, 0, -2 );
		}
		return substr( $verb, 0, -1 );
	}

	/** The replacement with the original's capitals: all capitals stay so, a capital first letter too. */
	private static function cased( string $original, string $replacement ): string {
		if ( mb_strlen( $original ) > 1 && mb_strtoupper( $original ) === $original ) {
			return mb_strtoupper( $replacement );
		}
		$first = mb_substr( $original, 0, 1 );
		return mb_strtoupper( $first ) === $first ? mb_strtoupper( mb_substr( $replacement, 0, 1 ) ) . mb_substr( $replacement, 1 ) : $replacement;
	}

	/**
	 * A link's closing punctuation (the sentence's full stop, a comma) stays after the marker.
	 *
	 * @param callable(): string $marker
	 */
	private static function keep_trailing( string $link, callable $marker ): string {
		$trimmed = rtrim( $link, '.,;:!?' );
		return $marker() . substr( $link, strlen( $trimmed ) );
	}

	/**
	 * Replaces what a pattern finds. Should the regular expression engine give up on a huge text (its
	 * limits), the text is worked on line by line, so one monstrous line does not spare the others.
	 *
	 * @param callable(array<int|string, string>): string $callback
	 */
	private static function replace( string $pattern, string $text, callable $callback ): string {
		$replaced = preg_replace_callback( $pattern, $callback, $text );
		if ( null !== $replaced ) {
			return $replaced;
		}
		$lines = explode( "\n", $text );
		foreach ( $lines as $n => $line ) {
			$lines[ $n ] = preg_replace_callback( $pattern, $callback, $line ) ?? $line;
		}
		return implode( "\n", $lines );
	}

	/** Valid UTF-8 without the private-use characters the redactor works with. */
	private static function clean( string $text ): string {
		if ( ! mb_check_encoding( $text, 'UTF-8' ) ) {
			$text = mb_convert_encoding( $text, 'UTF-8', 'UTF-8' );
		}
		return str_replace( array( self::OPEN, self::CLOSE ), '', $text );
	}

	/**
	 * @param array<string, int> $counts
	 * @return array<string, int> In the order of KINDS.
	 */
	private static function ordered( array $counts ): array {
		$ordered = array();
		foreach ( self::KINDS as $kind ) {
			if ( ! empty( $counts[ $kind ] ) ) {
				$ordered[ $kind ] = $counts[ $kind ];
			}
		}
		return $ordered;
	}
}
