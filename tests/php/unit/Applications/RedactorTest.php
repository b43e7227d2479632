<?php
/**
 * The automatic first pass of stage 1, kind by kind: what it takes out, what it leaves, and the
 * final check before release.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Applications;

use PHPUnit\Framework\TestCase;
use Wayfinder\Applications\Redaction\Identity;
use Wayfinder\Applications\Redaction\Redactor;

final class RedactorTest extends TestCase {

	private static function maria(): Identity {
		return new Identity(
			array( 'María José da Silva', 'María', 'da Silva' ),
			array( 'mjsilva', 'mj-silva' ),
			array( 'maria.silva88@gmail.com' ),
			array( 'https://www.mariasilva.dev' ),
			array( '@mariacodes' ),
			Identity::places_of_timezone( 'America/Sao_Paulo' )
		);
	}

	private static function redact( string $text, ?Identity $identity = null, string $language = 'en_US' ): string {
		return ( new Redactor() )->redact( $text, $identity ?? self::maria(), $language )->text;
	}

	public function test_names_are_found_whole_and_word_by_word_whatever_their_case_accents_and_possessive(): void {
		$this->assertSame( 'I am [name].', self::redact( 'I am María José da Silva.' ) );
		$this->assertSame( 'I am [name].', self::redact( 'I am Maria Jose da Silva.' ), 'without accents' );
		$this->assertSame( '[name], [name] and [name] wrote it.', self::redact( 'MARIA, maria and Silva wrote it.' ) );
		$this->assertSame( "[name]'s blog and [name]’s notes", self::redact( "Maria's blog and José’s notes" ) );
		$result = ( new Redactor() )->redact( 'Maria, José and Silva', self::maria() );
		$this->assertSame( array( 'name' => 3 ), $result->counts );
	}

	public function test_a_name_is_not_taken_out_of_another_word_and_its_particles_stay(): void {
		$ana = new Identity( array( 'Ana' ) );
		$this->assertSame( 'A banana, Bananas and ANANAS; [name] and [name], too.', self::redact( 'A banana, Bananas and ANANAS; ANA and Ana, too.', $ana ) );
		$this->assertSame( 'I speak da language of code, [name].', self::redact( 'I speak da language of code, Silva.' ), '"da" alone is not looked for' );
		$this->assertSame( array(), ( new Redactor() )->redact( 'Anabel and Mariana', self::maria() )->counts );
	}

	public function test_names_in_other_scripts_are_found_as_whole_words(): void {
		$identity = new Identity( array( 'Дмитрий Иванов', '李小龙' ) );
		$this->assertSame( 'Меня зовут [name]. Я [name], [name]!', self::redact( 'Меня зовут Дмитрий Иванов. Я ДМИТРИЙ, Иванов!', $identity, 'ru_RU' ) );
		$this->assertSame( '我是[name]。', self::redact( '我是李小龙。', $identity, 'zh_CN' ), 'written without spaces' );
	}

	public function test_usernames_and_every_piece_of_the_persons_email_go(): void {
		$this->assertSame( 'I am [username] on Slack, [username] on Trac.', self::redact( 'I am MJSilva on Slack, mj-silva on Trac.' ) );
		$this->assertSame( 'My old alias was [username].', self::redact( 'My old alias was maria.silva88.' ) );
		$this->assertSame( 'Also [username] and [name]', self::redact( 'Also silva88 and Silva' ) );
		$this->assertSame( 'Write to [e-mail].', self::redact( 'Write to Maria.Silva88@Gmail.com.' ) );
	}

	public function test_any_email_address_goes_not_only_theirs(): void {
		$result = ( new Redactor() )->redact( 'My team lead is anna.k+wp@example.co.uk, or write to jöran@bücher.de', new Identity() );
		$this->assertSame( 'My team lead is [e-mail], or write to [e-mail]', $result->text );
		$this->assertSame( array( 'email' => 2 ), $result->counts );
	}

	public function test_links_and_bare_domains_go_and_their_closing_punctuation_stays(): void {
		$result = ( new Redactor() )->redact( 'See https://example.org/path?x=1, www.foo.net. Also example.com/about and wordpress.org; my site mariasilva.dev/blog!', self::maria() );
		$this->assertSame( 'See [link], [link]. Also [link] and [link]; my site [link]!', $result->text );
		$this->assertSame( array( 'url' => 5 ), $result->counts );
	}

	public function test_words_with_dots_that_are_not_domains_stay(): void {
		$text = 'I build with ASP.NET, Node.js and Vue.js, e.g. plugins, i.e. code; see readme.md and version 6.8.1.';
		$this->assertSame( $text, self::redact( $text, new Identity() ) );
	}

	public function test_handles_and_profile_links_are_handles(): void {
		$result = ( new Redactor() )->redact( 'Find me: @mj_dev, github.com/mjdev, https://twitter.com/someone, @me@mastodon.social and profiles.wordpress.org/maria99.', new Identity() );
		$this->assertSame( 'Find me: [handle], [handle], [handle], [handle] and [handle].', $result->text );
		$this->assertSame( array( 'handle' => 5 ), $result->counts );
		$this->assertSame( 'I am [handle] everywhere', self::redact( 'I am mariacodes everywhere' ), 'a handle they gave, without its @' );
		$this->assertSame( 'The repository [link] is great', self::redact( 'The repository github.com/WordPress/gutenberg is great', new Identity() ), 'a repository is a link' );
	}

	public function test_phone_numbers_in_international_and_local_formats_go(): void {
		foreach ( array( '+55 11 91234-5678', '+234 803 123 4567', '(011) 555-1234', '0803 123 4567', '555.123.4567', '0049 30 1234567', '08031234567', '+1 (415) 555-0100' ) as $phone ) {
			$result = ( new Redactor() )->redact( "Call {$phone} today.", new Identity() );
			$this->assertSame( 'Call [phone] today.', $result->text, $phone );
			$this->assertSame( array( 'phone' => 1 ), $result->counts, $phone );
		}
	}

	public function test_years_dates_versions_and_short_numbers_are_not_phone_numbers(): void {
		$text = 'Since 2019 (2019-2023, 2019 – 2023) I ran WordPress 6.8.1 and PHP 8.2.36; on 12.05.2023, 2023-05-12 and 05/12/2023 at 10:30 I closed #58123 on 192.168.100.200 for 1,500,000 people.';
		$this->assertSame( $text, self::redact( $text, new Identity() ) );
	}

	public function test_the_places_of_the_profile_go_accent_insensitively(): void {
		$this->assertSame( array( 'Lagos' ), Identity::places_of_timezone( 'Africa/Lagos' ) );
		$this->assertSame( array( 'Buenos Aires' ), Identity::places_of_timezone( 'America/Argentina/Buenos_Aires' ) );
		$this->assertSame( array(), Identity::places_of_timezone( 'UTC' ) );
		$this->assertSame( array(), Identity::places_of_timezone( 'Etc/GMT+3' ) );
		$this->assertSame( 'I live in [place], near [place]; not in Paulo.', self::redact( 'I live in São Paulo, near SAO PAULO; not in Paulo.' ) );
		$lagos = new Identity( array(), array(), array(), array(), array(), array( 'Lagos', 'Nigeria' ) );
		$this->assertSame( 'From [place], [place] (not Lagoslike).', self::redact( 'From Lagos, Nigeria (not Lagoslike).', $lagos ) );
	}

	public function test_gendered_words_are_made_neutral_keeping_the_first_capital(): void {
		$none = new Identity();
		$this->assertSame( 'They told their parent about their work and gave it to them. It was theirs.', self::redact( 'She told her mother about her work and gave it to her. It was his.', $none ) );
		$this->assertSame( 'THEY are great, They were kind, they have time and they don’t stop.', self::redact( 'HE is great, She was kind, he has time and she doesn’t stop.', $none ) );
		$this->assertSame( "They're kind; they'll help them and themself.", self::redact( "He's kind; she'll help him and herself.", $none ) );
		$this->assertSame( 'They say they try, they watch and they go; they always help.', self::redact( 'She says he tries, she watches and he goes; she always helps.', $none ) );
		$this->assertSame( 'My partner, my sibling, my child and two young people; a person and people.', self::redact( 'My husband, my brother, my daughter and two girls; a woman and men.', $none ) );
		$this->assertSame( 'Parents, Partners, Siblings, children.', self::redact( 'Fathers, Girlfriends, Sisters, sons.', $none ) );
		$result = ( new Redactor() )->redact( 'Mr. Okafor and Mrs Adams met Ms Lee.', $none );
		$this->assertSame( 'Okafor and Adams met Lee.', $result->text );
		$this->assertSame( array( 'gendered' => 3 ), $result->counts );
		$this->assertSame( '[name] said so.', self::redact( 'Miss María said so.' ) );
	}

	public function test_gendered_rules_leave_other_words_alone(): void {
		$none = new Identity();
		$text = 'The manager, the shepherd, Sheila and Thelma; her mother tongue is Yoruba, a sister project; I miss them; the German men’s… no: Manchester.';
		$this->assertSame( 'The manager, the shepherd, Sheila and Thelma; their mother tongue is Yoruba, a sister project; I miss them; the German people’s… no: Manchester.', self::redact( $text, $none ) );
	}

	public function test_other_languages_keep_their_words_but_lose_the_personal_data(): void {
		$result = ( new Redactor() )->redact( 'Soy María, she/her, mi madre y mi hermano; maria.silva88@gmail.com', self::maria(), 'es_ES' );
		$this->assertSame( 'Soy [name], she/her, mi madre y mi hermano; [e-mail]', $result->text );
		$this->assertArrayNotHasKey( 'gendered', $result->counts );
	}

	public function test_markers_are_the_words_given(): void {
		$redactor = new Redactor(
			array(
				'name'  => '[Name]',
				'email' => '[E-Mail]',
			)
		);
		$this->assertSame( 'Ich bin [Name], [E-Mail], [phone]', $redactor->redact( 'Ich bin Maria, a@b.de, +49 30 1234567', self::maria(), 'de_DE' )->text );
	}

	public function test_a_marker_word_in_the_identity_does_not_break_the_markers(): void {
		$identity = new Identity( array( 'Link Name' ), array( 'email' ) );
		$this->assertSame( 'I am [name], my [username] is [e-mail] and [link]', self::redact( 'I am Link Name, my email is a@b.io and c.io', $identity ) );
	}

	public function test_a_huge_word_does_not_stop_the_rules(): void {
		$blob   = str_repeat( 'a', 60000 ) . ' ' . str_repeat( 'b-', 30000 ) . ' ' . str_repeat( '1.', 20000 );
		$result = ( new Redactor() )->redact( $blob . ' write to x.y@example.org, see https://a.io and call +1 415 555 0100, Maria', self::maria() );
		$tail   = ' write to [e-mail], see [link] and call [phone], [name]';
		$this->assertSame( $tail, substr( $result->text, -strlen( $tail ) ), 'the rules after a huge word still ran' );
		$this->assertSame( strlen( $blob ), strpos( $result->text, $tail ) );
	}

	public function test_text_is_left_as_it_was_when_there_is_nothing_to_take_out(): void {
		$text   = "Ich möchte lernen.\n\nLine two — with “quotes” and emoji 🎉.";
		$result = ( new Redactor() )->redact( $text, self::maria(), 'de_DE' );
		$this->assertSame( $text, $result->text );
		$this->assertSame( 0, $result->total() );
	}

	public function test_the_final_check_finds_what_would_give_the_person_away(): void {
		$redactor = new Redactor();
		$this->assertSame( array(), $redactor->check( 'I will go where [name] went; I will help.', new Identity( array( 'Will Rose' ) ) ), 'an everyday word written as one' );
		$this->assertSame( array( 'name' ), $redactor->check( 'Will went.', new Identity( array( 'Will Rose' ) ) ) );
		$this->assertSame( array( 'name' ), $redactor->check( 'will rose went.', new Identity( array( 'Will Rose' ) ) ), 'a full name in any case' );
		$this->assertSame( array( 'name', 'username', 'email' ), $redactor->check( 'MJSilva is Maria, MARIA.SILVA88@gmail.com', self::maria() ) );
		$this->assertSame( array( 'username' ), $redactor->check( 'ask silva88', self::maria() ), 'a piece of their e-mail' );
		$this->assertSame( array(), $redactor->check( '[name] from [place], github [handle]', self::maria() ) );
	}
}
