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

export const legId = (from: string, to: string) => `leg:${from}>${to}`;
export const legSectorId = (from: string, to: string, sector: string) =>
  `${legId(from, to)}:${sector}`;
export const placeId = (place: string, role: string) => `place:${place}:${role}`;
export const placeYearId = (place: string, year: number, role: string) =>
  `place-year:${place}:${year}:${role}`;
export const sectorId = (sector: string) => `sector:${sector}`;
export const sexId = (sector: string, sex: string) => `sector:${sector}:sex:${sex}`;
export const yearId = (year: number) => `year:${year}`;
export const routeId = (r: { end: string; place: string | null; sector: string }) =>
  `route:${r.end}:${r.place ?? '?'}:${r.sector}`;
export const SUMMARY_ID = 'summary:victims';
