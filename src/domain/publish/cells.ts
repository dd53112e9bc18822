/**
 * The cells of one view as the audit sees them (disclosure.ts auditRelations): each figure's
 * exact value and key under an id that names its family, and the read-back of published cells.
 */
import type { Disclosed } from '../disclosure';
import type { AuditCell } from '../audit';

/** Exact cells by id, filled by each figure family. */
export type ExactCells = Map<string, AuditCell>;

/** A published cell by id (every id a family put in, read back after the audit). */
export type ReadCell = (id: string) => Disclosed;

/** How many ids the id functions remember, each, before they start again. */
const REMEMBERED_IDS = 100_000;

/**
 * An id function that gives the same string for the same arguments: an id is looked up several
 * times a view (its cell, its relations, its read-back), and a string made afresh is flattened
 * and hashed again at each lookup, which was most of the time a view took to publish.
 */
function rememberedIds<A extends unknown[]>(make: (...args: A) => string): (...args: A) => string {
  let root = new Map<unknown, unknown>();
  let count = 0;
  return (...args: A) => {
    let level = root;
    for (let i = 0; i < args.length - 1; i++) {
      let next = level.get(args[i]) as Map<unknown, unknown> | undefined;
      if (!next) level.set(args[i], (next = new Map()));
      level = next;
    }
    const last = args[args.length - 1];
    let id = level.get(last) as string | undefined;
    if (id === undefined) {
      if (++count > REMEMBERED_IDS) {
        root = new Map();
        count = 1;
        return make(...args);
      }
      level.set(last, (id = make(...args)));
    }
    return id;
  };
}

export const legId = rememberedIds((from: string, to: string) => `leg:${from}>${to}`);
export const legSectorId = rememberedIds(
  (from: string, to: string, sector: string) => `${legId(from, to)}:${sector}`,
);
export const placeId = rememberedIds((place: string, role: string) => `place:${place}:${role}`);
export const placeYearId = rememberedIds(
  (place: string, year: number, role: string) => `place-year:${place}:${year}:${role}`,
);
export const sectorId = rememberedIds((sector: string) => `sector:${sector}`);
export const sexId = rememberedIds((sector: string, sex: string) => `sector:${sector}:sex:${sex}`);
export const yearId = rememberedIds((year: number) => `year:${year}`);
const routeIdOf = rememberedIds(
  (end: string, place: string | null, sector: string) => `route:${end}:${place ?? '?'}:${sector}`,
);
export const routeId = (r: { end: string; place: string | null; sector: string }) =>
  routeIdOf(r.end, r.place, r.sector);
export const SUMMARY_ID = 'summary:victims';
