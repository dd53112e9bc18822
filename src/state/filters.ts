import type { Sector } from '../domain/sectors';
import type { Filter, Iso3 } from '../domain/types';

export type FilterAction =
  | { type: 'reset'; yearMin: number; yearMax: number }
  | { type: 'years'; yearFrom: number; yearTo: number }
  | { type: 'toggleSector'; sector: Sector }
  | { type: 'allSectors' }
  | { type: 'select'; place: Iso3 | null };

/** Filter state transitions; year bounds stay ordered whatever the input. */
export function filterReducer(state: Filter, action: FilterAction): Filter {
  switch (action.type) {
    case 'reset':
      return { yearFrom: action.yearMin, yearTo: action.yearMax, sectors: [], place: null };
    case 'years': {
      const yearFrom = Math.min(action.yearFrom, action.yearTo);
      const yearTo = Math.max(action.yearFrom, action.yearTo);
      return { ...state, yearFrom, yearTo };
    }
    case 'toggleSector':
      return {
        ...state,
        sectors: state.sectors.includes(action.sector)
          ? state.sectors.filter((s) => s !== action.sector)
          : [...state.sectors, action.sector],
      };
    case 'allSectors':
      return { ...state, sectors: [] };
    case 'select':
      return { ...state, place: action.place };
  }
}
