/** One step of the schema. Shipped migrations are never edited: add the next number instead. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
