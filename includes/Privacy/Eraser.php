<?php
/**
 * One table's part of a personal data erasure, a page of rows per statement at a time: rows that are
 * the person's are deleted, references to them in others' rows become NULL, and facts the program
 * keeps lose their personal text and stay — with a message saying what was kept and why.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Privacy;

final class Eraser {

	/** Rows per statement; core asks again until `done`. */
	public const PAGE = 100;

	public function __construct(
		private readonly PersonalDataRepository $rows = new PersonalDataRepository(),
	) {}

	/**
	 * @return array{items_removed: bool, items_retained: bool, messages: list<string>, done: bool}|\WP_Error
	 */
	public function erase( TableDeclaration $declaration, string $email, int $page ): array|\WP_Error {
		$result = array(
			'items_removed'  => false,
			'items_retained' => false,
			'messages'       => array(),
			'done'           => true,
		);
		$user   = get_user_by( 'email', $email );
		if ( ! $user instanceof \WP_User ) {
			return $result;
		}
		$user_id = $user->ID;
		try {
			$changed = $this->rows->delete( $declaration, $declaration->columns_with( ErasePolicy::DELETE_ROW ), $user_id, self::PAGE );
			$full    = self::PAGE === $changed;
			foreach ( $declaration->columns_with( ErasePolicy::ANONYMISE ) as $column ) {
				$cleared  = $this->rows->clear( $declaration, $column, $user_id, self::PAGE );
				$changed += $cleared;
				$full     = $full || self::PAGE === $cleared;
			}
			$kept_columns = $declaration->columns_with( ErasePolicy::KEEP_FACT );
			$emptied      = $this->rows->empty_text( $declaration, $kept_columns, $user_id, self::PAGE );
			$changed     += $emptied;
			$full         = $full || self::PAGE === $emptied;
		} catch ( \RuntimeException $e ) {
			return new \WP_Error( 'wayfinder_erase_failed', __( 'Some mentoring data could not be erased because the database refused a change. Nothing was lost; run the erasure again, and if it fails again, ask the site\'s host to look at the database error log.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		$result['items_removed'] = $changed > 0;
		$result['done']          = ! $full;
		if ( $result['done'] ) {
			$kept = $this->rows->count( $declaration, $kept_columns, $user_id );
			if ( $kept > 0 ) {
				$result['items_retained'] = true;
				$result['messages'][]     = null === $declaration->kept
					/* translators: 1: how many records, 2: what the table holds, e.g. "Mentorships". */
					? sprintf( _n( 'Kept %1$s record in "%2$s" without personal text, because the program\'s history needs it.', 'Kept %1$s records in "%2$s" without personal text, because the program\'s history needs them.', $kept, 'wayfinder' ), number_format_i18n( $kept ), $declaration->label )
					: ( $declaration->kept )( $kept );
			}
			if ( null !== $declaration->after_erase ) {
				( $declaration->after_erase )( $user_id );
			}
		}
		return $result;
	}
}
