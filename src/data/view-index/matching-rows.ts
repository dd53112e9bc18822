/**
 * The rows of an index table a filter keeps: the same terms as the SQL's WHERE clause
 * (data/queries/filter FilterTerms), tested on typed columns, texts once per distinct value.
 */
import type { FilterTerms } from '../queries/filter';
import type { IndexTable, TextColumn } from './index-table';

/** For each code of a text column, whether its text passes `test` (NULL never does). */
function codesPassing(column: TextColumn, test: (text: string) => boolean): Uint8Array {
  return Uint8Array.from(column.values, (v) => (v !== null && test(v) ? 1 : 0));
}

/** Each table's last rows matched, by the terms' text: figures grouping a table two ways share. */
const last = new WeakMap<IndexTable, { id: string; rows: Int32Array }>();

/** The indices of the rows that meet every term, in table order (not to be written to). */
export function matchingRows(table: IndexTable, terms: FilterTerms): Int32Array {
  const id = JSON.stringify(terms);
  const hit = last.get(table);
  if (hit?.id === id) return hit.rows;
  const rows = matchRows(table, terms);
  last.set(table, { id, rows });
  return rows;
}

function matchRows(table: IndexTable, terms: FilterTerms): Int32Array {
  const { yearFrom, yearTo, sectorMask, place, sexes, ageGroups } = terms;
  const year = table.year;
  const mask = table.sectorMask;
  const placeColumn = place
    ? place.column === 'place_key'
      ? table.placeKey
      : table.routeKey
    : null;
  const placeOk = place ? codesPassing(placeColumn!, (v) => v.includes(place.needle)) : null;
  const sexOk = sexes ? codesPassing(table.sex, (v) => sexes.includes(v)) : null;
  const ageOk = ageGroups ? codesPassing(table.ageGroup, (v) => ageGroups.includes(v)) : null;
  const out = new Int32Array(table.rows);
  let n = 0;
  for (let r = 0; r < table.rows; r++) {
    const y = year[r]!;
    if (y < yearFrom || y > yearTo) continue;
    if (sectorMask !== null && (mask[r]! & sectorMask) === 0) continue;
    if (placeOk && placeOk[placeColumn!.codes[r]!] === 0) continue;
    if (sexOk && sexOk[table.sex.codes[r]!] === 0) continue;
    if (ageOk && ageOk[table.ageGroup.codes[r]!] === 0) continue;
    out[n++] = r;
  }
  return out.subarray(0, n);
}
