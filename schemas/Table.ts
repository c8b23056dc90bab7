/**
 * A CSV table derived from a record schema: the one place that says which column reads which field.
 * The Writer renders rows from it and the datapackage's Table Schema is generated from it, so the
 * CSV header, the cell values and the documented types can never drift apart.
 */
export type FieldType = "string" | "integer" | "number" | "date" | "boolean"

export type Cell = string | number | boolean | null

export interface TableField<R> {
  readonly name: string
  readonly type: FieldType
  readonly description: string
  readonly get: (row: R) => Cell
  /** Allowed values, for enum columns (Table Schema `constraints.enum`). */
  readonly values?: ReadonlyArray<string> | undefined
}

export interface Table<R> {
  readonly name: string
  readonly description: string
  readonly primaryKey?: string | ReadonlyArray<string> | undefined
  readonly fields: ReadonlyArray<TableField<R>>
}

export const field = <R>(
  name: string,
  type: FieldType,
  description: string,
  get: (row: R) => Cell,
  values?: ReadonlyArray<string>
): TableField<R> => ({ name, type, description, get, values })
