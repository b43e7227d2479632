<?php
/**
 * The people who applied to the demo's cohort open for applications, with answers written the way
 * applicants write them: some mention their name, e-mail, website, handle, phone or city, and
 * gendered words — what stage 1 takes out — and one uses a nickname the automatic pass cannot
 * know, for the screener to catch.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

final class DemoApplicants {

	/**
	 * Each applicant: login, name, where they stand ('draft', 'screening', 'review', 'reviewed',
	 * 'disagreement', 'withdrawn'), mode, teams, sponsor ('' for a volunteer) and the two answers.
	 *
	 * @return list<array{login: string, name: string, stage: string, mode: string, teams: list<string>, sponsor: string, motivation: string, experience: string}>
	 */
	public static function all(): array {
		$people = array(
			array( 'applicant-oluwaseun', 'Oluwaseun Adeyemi', 'screening', 'one_to_one', array( 'core' ), '', 'Everyone calls me Seun. I build client sites in PHP every day and I want to give back by fixing bugs in core, starting with the ones I keep working around.', 'I answered questions on the support forums for a year and wrote two small plugins that a few hundred sites use.' ),
			array( 'applicant-marta', 'Marta Kowalska', 'screening', 'one_to_one', array( 'polyglots' ), '', 'I am Marta Kowalska, a translator from Kraków, and I would like to bring more of WordPress into Polish. You can reach me at marta.kowalska@example.net.', 'I translated parts of two themes and reviewed strings for a friend who runs a Polish meetup.' ),
			array( 'applicant-diego', 'Diego Fernández', 'screening', 'group_only', array( 'docs' ), '', 'My website https://diegofernandez.example.com shows my writing. He who writes docs helps everyone: I want to help the docs team keep the handbook current.', 'I have written developer guides at work for five years and fixed typos in the block editor handbook.' ),
			array( 'applicant-hana', 'Hana Sato', 'screening', 'one_to_one', array( 'core', 'docs' ), 'Pixel Agency', 'My employer gives me four hours a week for open source. I am a mother of two and a front-end developer; I want to learn how the block editor is built.', 'I maintain our agency\'s internal block library and filed three issues on GitHub as @hanasato_dev.' ),
			array( 'applicant-amara', 'Amara Nwosu', 'screening', 'one_to_one', array( 'polyglots' ), '', 'I want Igbo speakers to use WordPress in their own language. Call me on +234 803 555 0147 if you need anything from me.', 'I run a small blog in Igbo and English and helped my cousin set up her shop on WordPress.' ),
			array( 'applicant-tomas', 'Tomás Ruiz', 'screening', 'group_only', array( 'docs' ), '', 'I would like to understand how the community works before I choose a team; the group sessions suit my evenings in Buenos Aires.', 'I have used WordPress for my band\'s website since 2019.' ),
			array( 'applicant-lin', 'Lin Wei', 'review', 'one_to_one', array( 'core' ), '', 'I want to contribute to performance work in core. I profile PHP applications at my job and would love to apply that to WordPress.', 'I submitted a patch to a caching plugin and wrote about object caching on my blog.' ),
			array( 'applicant-fatima', 'Fatima Zahra', 'review', 'one_to_one', array( 'polyglots', 'docs' ), '', 'I would like to translate the handbook into Arabic and help others start translating. Reading the docs in my language would have saved me months.', 'I translated a plugin\'s readme and organise a study group for new developers.' ),
			array( 'applicant-jakob', 'Jakob Berg', 'review', 'group_only', array( 'core' ), 'Nordlys Hosting', 'My company sponsors my time through Five for the Future. I want to learn the release process so I can help with testing before each release.', 'I run WordPress for two thousand customer sites and report the bugs we find.' ),
			array( 'applicant-priscila', 'Priscila Souza', 'review', 'one_to_one', array( 'docs' ), '', 'Writing is what I do best, and the docs are where I can help most. I want a mentor who can show me how the docs team decides what to write next.', 'I wrote tutorials for a Portuguese WordPress community site.' ),
			array( 'applicant-arjun', 'Arjun Mehta', 'review', 'one_to_one', array( 'core' ), '', 'I have been reading core tickets for months and want to finally submit a patch that lands. I need someone to help me choose a good first ticket.', 'I build WooCommerce extensions for small shops and have contributed to two libraries on GitHub.' ),
			array( 'applicant-chloe', 'Chloé Martin', 'review', 'group_only', array( 'polyglots' ), '', 'I would like to join the French translation team and meet other translators in the group sessions.', 'I translate for a non-profit and have used WordPress for our newsletter.' ),
			array( 'applicant-kwame', 'Kwame Boateng', 'review', 'one_to_one', array( 'core', 'polyglots' ), '', 'I want to help make WordPress work better on slow connections, which is what most people around me have.', 'I teach web development at a community school and use WordPress in class.' ),
			array( 'applicant-sofia', 'Sofia Rossi', 'review', 'one_to_one', array( 'docs' ), 'Studio Aperto', 'My agency sponsors two hours a week. I want to improve the docs for theme developers because I keep answering the same questions for my team.', 'I wrote our agency\'s internal theme guide and gave a talk at a WordCamp.' ),
			array( 'applicant-mei', 'Mei Chen', 'review', 'one_to_one', array( 'core' ), '', 'I want to learn how to review other people\'s patches, not only write my own.', 'I contribute to a JavaScript testing library and maintain a WordPress site for my university club.' ),
			array( 'applicant-ravi', 'Ravi Kumar', 'review', 'group_only', array( 'docs', 'polyglots' ), '', 'I would like to translate the handbook into Hindi with others from my city\'s meetup.', 'I co-organise a meetup and have given two beginner workshops.' ),
			array( 'applicant-olga', 'Olga Ivanova', 'reviewed', 'one_to_one', array( 'core' ), '', 'I want to contribute accessibility fixes to core; I use a screen reader myself and notice what breaks.', 'I reported accessibility issues in three plugins and two were fixed after my reports.' ),
			array( 'applicant-pedro', 'Pedro Alves', 'reviewed', 'one_to_one', array( 'polyglots' ), '', 'I want to help keep the Portuguese translation complete for each release.', 'I translated a popular plugin into Portuguese.' ),
			array( 'applicant-nadia', 'Nadia Haddad', 'reviewed', 'group_only', array( 'docs' ), 'Cedar Web', 'My company sponsors my contributions. I would like to help the docs team with screenshots and examples.', 'I write documentation for our products and review pull requests for style.' ),
			array( 'applicant-ben', 'Ben Carter', 'reviewed', 'one_to_one', array( 'core' ), '', 'I build sites for local charities and want to understand core well enough to fix what bothers them.', 'I have used WordPress for ten years and answered a few questions on Stack Exchange.' ),
			array( 'applicant-yara', 'Yara Costa', 'reviewed', 'one_to_one', array( 'docs', 'core' ), '', 'I am switching careers into development and want a mentor to help me make my first real contribution.', 'I finished a bootcamp last year and built three sites for friends.' ),
			array( 'applicant-emre', 'Emre Yilmaz', 'reviewed', 'one_to_one', array( 'polyglots' ), '', 'Turkish translations lag behind each release and I would like to help close the gap.', 'I translated a theme and helped test the Turkish language pack.' ),
			array( 'applicant-ana', 'Ana Lima', 'disagreement', 'one_to_one', array( 'core' ), '', 'I want to contribute to WordPress because it looks interesting.', 'Not much yet, but I learn fast and I am curious about how WordPress is made.' ),
			array( 'applicant-sven', 'Sven Larsen', 'disagreement', 'group_only', array( 'docs' ), 'Fjord Digital', 'My employer wants me to contribute and I want to see which team suits me. I can give an hour a week.', 'I manage our company blog on WordPress.' ),
			array( 'applicant-zoe', 'Zoe Williams', 'draft', 'one_to_one', array( 'docs' ), '', 'I would like to help with', '' ),
			array( 'applicant-ibrahim', 'Ibrahim Musa', 'draft', 'group_only', array( 'polyglots' ), '', '', '' ),
			array( 'applicant-lucie', 'Lucie Dubois', 'draft', 'one_to_one', array( 'core' ), '', 'I want to learn how to write tests for core so that my fixes are accepted faster.', '' ),
			array( 'applicant-kai', 'Kai Müller', 'withdrawn', 'one_to_one', array( 'core' ), '', 'I wanted to contribute to core but my new job leaves me no time this season; I hope to apply next time.', 'I maintain a plugin with a few thousand installs.' ),
		);
		return array_values(
			array_map(
				static fn ( array $row ): array => array_combine( array( 'login', 'name', 'stage', 'mode', 'teams', 'sponsor', 'motivation', 'experience' ), $row ),
				$people
			)
		);
	}
}
