// Builds an object out of a row's columns. A generated picker is one object literal written out
// for the row's fields (`new Function`): every object it makes has the same shape from the
// start, and no key is looked up or concatenated per row. A loop picker copies the same fields
// one by one; ROW_PICKERS=off makes every picker a loop picker (scripts/bench/micro/row-pickers.ts
// measures both, and the spread that neither may be followed by).

/** [field of the object made, column of the row read]. */
export type PickedField = readonly [field: string, column: string];
export type RowPicker = (row: Record<string, unknown>) => Record<string, unknown>;

/** One object literal, `{ field: row[column], ... }`, compiled once for these fields. */
export function generatedPicker(fields: readonly PickedField[]): RowPicker {
  const entries = fields.map(([field, column]) => `${JSON.stringify(field)}: row[${JSON.stringify(column)}]`);
  return new Function('row', `return { ${entries.join(', ')} };`) as RowPicker;
}

/** The same object, its fields copied in a loop. */
export function loopPicker(fields: readonly PickedField[]): RowPicker {
  return (row) => {
    const picked: Record<string, unknown> = {};
    for (const [field, column] of fields) picked[field] = row[column];
    return picked;
  };
}

let generated = true;

/**
 * Whether pickers made from now on are generated (the default) or loops: a process-wide setting,
 * as the model column lists that use it are (src/db/model-columns.ts). The server sets it from
 * ROW_PICKERS when it starts.
 */
export function useGeneratedRowPickers(on: boolean): void {
  generated = on;
}

/** A picker of the kind the setting above asks for. */
export function rowPicker(fields: readonly PickedField[]): RowPicker {
  return generated ? generatedPicker(fields) : loopPicker(fields);
}

export function generatedRowPickers(): boolean {
  return generated;
}
