<?php
/**
 * What a row can belong to that retention removes the personal text of once its time is up: a table
 * says, in its declaration, which column names each subject its rows belong to
 * (`TableDeclaration::$retention`), and the Retention module finds the subjects that are due.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Privacy;

enum RetentionSubject: string {

	/** A cohort that finished: its check-ins, plans, notes, applications and the like (by cohort ID). */
	case COHORT = 'cohort';

	/** A request that was closed, with the 1:1 mentorship it started (if any) ended too (by request ID). */
	case REQUEST = 'request';

	/** An application that was not selected, after its cohort's selection was revealed (by application ID). */
	case APPLICATION = 'application';

	/** A survey response: its text answers (by response ID). */
	case SURVEY_RESPONSE = 'survey_response';

	/** An entry of the audit trail: the reason written in it (by event ID). */
	case AUDIT_EVENT = 'audit_event';
}
