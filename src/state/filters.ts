import type { Sector } from '../domain/sectors';
import type { AgeGroup, Filter, Iso3, Sex } from '../domain/types';
import { isRegionNode } from '../domain/world-regions';

export type FilterAction =
  | { type: 'reset'; yearMin: number; yearMax: number }
  | { type: 'years'; yearFrom: number; yearTo: number }
  | { type: 'toggleSector'; sector: Sector }
  | { type: 'allSectors' }
  | { type: 'toggleSex'; sex: Sex }
  | { type: 'allSexes' }
  | { type: 'toggleAge'; ageGroup: AgeGroup }
  | { type: 'allAges' }
  | { type: 'select'; place: Iso3 | null }
  /** A whole filter at once (from a link, or back/forward). */
  | { type: 'restore'; filter: Filter };

/** The list with `value` added, or removed if it was there. */
function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Filter state transitions; year bounds stay ordered whatever the input. */
export function filterReducer(state: Filter, action: FilterAction): Filter {
  switch (action.type) {
    case 'reset':
      return {
        yearFrom: action.yearMin,
        yearTo: action.yearMax,
        sectors: [],
        place: null,
        sexes: [],
        ageGroups: [],
      };
    case 'years': {
      const yearFrom = Math.min(action.yearFrom, action.yearTo);
      const yearTo = Math.max(action.yearFrom, action.yearTo);
      return { ...state, yearFrom, yearTo };
    }
    case 'toggleSector':
      return { ...state, sectors: toggle(state.sectors, action.sector) };
    case 'allSectors':
      return { ...state, sectors: [] };
    case 'toggleSex':
      return { ...state, sexes: toggle(state.sexes ?? [], action.sex) };
    case 'allSexes':
      return { ...state, sexes: [] };
    case 'toggleAge':
      return { ...state, ageGroups: toggle(state.ageGroups ?? [], action.ageGroup) };
    case 'allAges':
      return { ...state, ageGroups: [] };
    case 'select':
      // A world region's node is a group of countries, not a place to filter by.
      return { ...state, place: action.place && isRegionNode(action.place) ? null : action.place };
    case 'restore':
      return action.filter;
  }
}
