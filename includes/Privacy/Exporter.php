<?php
/**
 * One table's part of a personal data export: the rows that are the person's (where a delete-row or
 * keep-fact column names them), a page at a time, each column under its label and each person named.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Privacy;

final class Exporter {

	/** Rows per page: core asks for page after page until `done`. */
	public const PAGE = 100;

	public function __construct(
		private readonly PersonalDataRepository $rows = new PersonalDataRepository(),
	) {}

	/**
	 * @return array{data: list<array{group_id: string, group_label: string, item_id: string, data: list<array{name: string, value: string}>}>, done: bool}
	 */
	public function export( TableDeclaration $declaration, string $email, int $page ): array {
		$user = get_user_by( 'email', $email );
		if ( ! $user instanceof \WP_User ) {
			return array(
				'data' => array(),
				'done' => true,
			);
		}
		$page  = max( 1, $page );
		$rows  = $this->rows->rows( $declaration, $declaration->own_columns(), $user->ID, self::PAGE, ( $page - 1 ) * self::PAGE );
		$items = array();
		foreach ( $rows as $row ) {
			$data = array();
			foreach ( $declaration->columns as $column => $label ) {
				if ( ! array_key_exists( $column, $row ) ) {
					continue;
				}
				$value  = $row[ $column ];
				$data[] = array(
					'name'  => $label,
					'value' => match ( true ) {
						isset( $declaration->readable[ $column ] ) => ( $declaration->readable[ $column ] )( $row ),
					isset( $declaration->people[ $column ] ) => self::person( $value ),
					default => (string) $value,
					},
				);
			}
			$items[] = array(
				'group_id'    => 'wayfinder-' . $declaration->table,
				'group_label' => $declaration->label,
				'item_id'     => 'wayfinder-' . $declaration->table . '-' . implode( '-', array_map( static fn ( string $column ): string => (string) $row[ $column ], $declaration->key_columns() ) ),
				'data'        => $data,
			);
		}
		return array(
			'data' => $items,
			'done' => count( $rows ) < self::PAGE,
		);
	}

	/** A person column as the export shows it: the name of the account, or nothing. */
	private static function person( mixed $user_id ): string {
		$user = is_numeric( $user_id ) && (int) $user_id > 0 ? get_userdata( (int) $user_id ) : false;
		if ( ! $user instanceof \WP_User ) {
			return '';
		}
		return $user->display_name;
	}
}
