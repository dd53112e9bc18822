import type { Dashboard } from '../state/use-dashboard';
import { PlacePanel } from './PlacePanel';

/**
 * The selected country's (or place's) profile from the view in force, with the button that
 * clears the selection: beside the map (MapArea) or in the sidebar (Sidebar). Nothing when none
 * is selected.
 */
export function SelectedProfile({ d }: { d: Dashboard }) {
  const { view, state, dispatch } = d;
  const { filter } = state;
  if (!filter.place) return null;
  return (
    <PlacePanel
      place={filter.place}
      data={view?.map ?? null}
      placeYears={view?.published.placeYears ?? []}
      years={view?.published.years.map((y) => y.year) ?? []}
      yearFrom={filter.yearFrom}
      yearTo={filter.yearTo}
      onClear={() => dispatch({ type: 'select', place: null })}
    />
  );
}
