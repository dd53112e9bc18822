/**
 * Column mappings the analyst chose to keep, in this browser's localStorage (nothing leaves the
 * browser), keyed by the exact header they were made for.
 */
import type { ColumnMapping } from '../data/ingest/importers';

const KEY = 'rutas:column-mappings';

function all(): Record<string, ColumnMapping> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, ColumnMapping>;
  } catch {
    return {};
  }
}

const signature = (header: string[]) => header.join('\u001f');

export function savedMapping(header: string[]): ColumnMapping | null {
  return all()[signature(header)] ?? null;
}

export function saveMapping(header: string[], mapping: ColumnMapping): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...all(), [signature(header)]: mapping }));
  } catch {
    // Storage may be full or disabled: the mapping then lasts this load only.
  }
}
