/**
 * An Arrow column as plain cells, for results read row by row (connector.ts). Text columns are
 * the bulk of a large import's grouped rows, and Arrow decodes each text cell on its own: where a
 * batch's text is all ASCII, it is decoded once and each cell is a slice of it.
 */
import { DataType, type Data, type Vector } from 'apache-arrow';

/** Plain JS value of one cell after conversion from Arrow. */
export type Cell = string | number | boolean | null | Cell[];

export function toPlain(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null && 'toArray' in value) {
    const arr = (value as { toArray(): ArrayLike<unknown> }).toArray();
    return Array.from(arr, toPlain);
  }
  return String(value);
}

const decoder = new TextDecoder();

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

/**
 * One batch of a UTF-8 column into `out` from `at`; false if its text is not all ASCII. (A
 * sliced batch's value offsets are sliced with it; its values and validity are not.)
 */
function asciiBatch(data: Data, out: Cell[], at: number): boolean {
  const offsets = data.valueOffsets as Int32Array;
  const first = offsets[0]!;
  const bytes = (data.values as Uint8Array).subarray(first, offsets[data.length]);
  if (!isAscii(bytes)) return false;
  const text = decoder.decode(bytes);
  const nulls = data.nullCount > 0;
  for (let i = 0; i < data.length; i++) {
    out[at + i] =
      nulls && !data.getValid(i) ? null : text.slice(offsets[i]! - first, offsets[i + 1]! - first);
  }
  return true;
}

/** Every cell of a column, in order. */
export function plainColumn(vector: Vector | null, length: number): Cell[] {
  const out: Cell[] = new Array(length);
  if (!vector) return out.fill(null);
  let at = 0;
  for (const data of vector.data) {
    if (!(DataType.isUtf8(data.type) && asciiBatch(data, out, at))) {
      for (let i = 0; i < data.length; i++) out[at + i] = toPlain(vector.get(at + i));
    }
    at += data.length;
  }
  return out;
}
