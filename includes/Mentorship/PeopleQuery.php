<?php
/**
 * What the People list asks for: which side, the filters, the sort. Checked by PeopleController.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

final class PeopleQuery {

	/**
	 * @param string      $role    mentors or mentees.
	 * @param string|null $status  A status of that side, or null for all.
	 * @param string|null $load    Mentors: a load bucket of the Overview, or null.
	 * @param string      $search  Text in the display name, or ''.
	 * @param string      $orderby name, load (mentors) or waiting_since (mentees).
	 * @param string      $order   asc or desc.
	 */
	public function __construct(
		public readonly string $role = 'mentors',
		public readonly ?string $status = null,
		public readonly ?string $load = null,
		public readonly string $search = '',
		public readonly string $orderby = 'name',
		public readonly string $order = 'asc',
	) {}

	public function mentors(): bool {
		return 'mentors' === $this->role;
	}
}
