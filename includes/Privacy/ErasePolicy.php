<?php
/**
 * What erasing a person's personal data does to a row, by the role the person has in it (the column
 * that names them).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Privacy;

enum ErasePolicy: string {

	/** The row is the person's own (their profile, their request): it is deleted. */
	case DELETE_ROW = 'delete_row';

	/** The row is someone else's and only refers to the person: the column becomes NULL (it must be nullable); the row is not exported. */
	case ANONYMISE = 'anonymise';

	/** The row is a fact the program keeps (a mentorship, an audit entry): kept with the person's ID, its personal text emptied. */
	case KEEP_FACT = 'keep_fact';
}
