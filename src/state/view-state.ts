/**
 * The view state: everything a link, a slide or back/forward reproduces (filter, tab, shade, the
 * map's frame) and what decides when the link applies, in one reducer. A link is read whole
 * (`applyLink`) and written whole (`viewLink`); a dataset becoming the one shown resets the
 * filter to its years, and applies the link's view if it was waiting for it (`datasetShown`).
 */
import type { MapBounds } from '../domain/bounds';
import type { Filter } from '../domain/types';
import type { Language } from '../i18n';
import { filterReducer, type FilterAction } from './filters';
import {
  readUrlState,
  urlFilter,
  URL_TABS,
  writeUrlState,
  isKnownCountry,
  type UrlFocus,
  type UrlShade,
  type UrlState,
} from './url-state';

/** The views over the map: the map itself, the Table, the charts and the SQL panel. */
export const TABS = [...URL_TABS, 'sql'] as const;
export type Tab = (typeof TABS)[number];

type Extent = { yearMin: number; yearMax: number };

/** The tab to show: the Justice tab falls back to the map for a dataset without its figures. */
export function shownTab(tab: Tab, hasJustice: boolean): Tab {
  return tab === 'justice' && !hasJustice ? 'map' : tab;
}

export interface ViewState {
  filter: Filter;
  tab: Tab;
  shade: UrlShade;
  /** Which flows of a world-wide dataset are shown. */
  focus: UrlFocus;
  /** Where the viewer has moved the map (written into the link). */
  bounds: MapBounds | null;
  /** What the map should frame: a new object each time a link or a slide asks. */
  frame: { bounds: MapBounds | null };
  /** The analyst's own threshold, if set (never written into a link). */
  analystK: number | null;
  /** A link's view waiting for its dataset (its filter needs the dataset's years). */
  pendingLink: UrlState | null;
  /** The link loads a file of its own (`?data=`): its view waits for that file, not the demo. */
  linkWaitsForFile: boolean;
  /** The link's view has been applied: the URL may now follow the view. */
  linkApplied: boolean;
  /** What could not be used of the link, in words. */
  problems: string[];
}

export type ViewAction =
  | FilterAction
  | { type: 'tab'; tab: Tab }
  | { type: 'shade'; shade: UrlShade }
  | { type: 'focus'; focus: UrlFocus }
  /** The viewer moved the map. */
  | { type: 'moved'; bounds: MapBounds }
  | { type: 'analystK'; k: number | null }
  /** A link's view, whole (back/forward, a slide): `extent` is the shown dataset's, if any. */
  | { type: 'applyLink'; search: string; extent: Extent | null }
  /** A dataset became the one shown. */
  | { type: 'datasetShown'; id: string; extent: Extent }
  | { type: 'clearProblems' };

const NO_FILTER: Filter = { yearFrom: 0, yearTo: 0, sectors: [], place: null };

/** The state a page opens with: the link's tab, shade and frame now, its filter once shown. */
export function initialViewState(search: string, linkWaitsForFile: boolean): ViewState {
  const { state, problems } = readUrlState(search, isKnownCountry);
  const bounds = state.bounds ?? null;
  return {
    filter: NO_FILTER,
    tab: state.tab,
    shade: state.shade,
    focus: state.focus,
    bounds,
    frame: { bounds },
    analystK: null,
    pendingLink: state,
    linkWaitsForFile,
    linkApplied: false,
    problems,
  };
}

/** The whole of a link's view over a dataset's years (the filter's problems are said). */
function withLink(state: ViewState, link: UrlState, extent: Extent, problems: string[]): ViewState {
  const bounds = link.bounds ?? null;
  return {
    ...state,
    filter: urlFilter(link, extent, problems),
    tab: link.tab,
    shade: link.shade,
    focus: link.focus,
    bounds,
    frame: { bounds },
    pendingLink: null,
  };
}

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'tab':
      return { ...state, tab: action.tab };
    case 'shade':
      return { ...state, shade: action.shade };
    case 'focus':
      return { ...state, focus: action.focus };
    case 'moved':
      return { ...state, bounds: action.bounds };
    case 'analystK':
      return { ...state, analystK: action.k };
    case 'clearProblems':
      return { ...state, problems: [] };
    case 'applyLink': {
      const { state: link } = readUrlState(action.search, isKnownCountry);
      // Before any dataset is shown, the view waits for one, as the page's own link does.
      if (!action.extent) return { ...state, pendingLink: link };
      // A slide or history entry was written by Rutas: what it cannot use is dropped quietly.
      return withLink(state, link, action.extent, []);
    }
    case 'datasetShown': {
      const reset: ViewState = {
        ...state,
        filter: filterReducer(state.filter, {
          type: 'reset',
          yearMin: action.extent.yearMin,
          yearMax: action.extent.yearMax,
        }),
        analystK: null,
      };
      const link = state.pendingLink;
      if (!link || (state.linkWaitsForFile && action.id === 'demo')) return reset;
      if (state.linkApplied) return withLink(reset, link, action.extent, []);
      // The page's own link: its tab, shade and frame were shown from the start; only the
      // filter waited for the dataset's years.
      const problems: string[] = [];
      return {
        ...reset,
        filter: urlFilter(link, action.extent, problems),
        pendingLink: null,
        linkApplied: true,
        problems: [...state.problems, ...problems],
      };
    }
    default:
      return { ...state, filter: filterReducer(state.filter, action) };
  }
}

/** The link of a view state (the parameters it does not own kept from `current`). */
export function viewLink(
  current: string,
  state: ViewState,
  extent: Extent,
  lang?: Language,
): string {
  const tab = state.tab === 'sql' ? 'map' : state.tab;
  return writeUrlState(current, state.filter, extent, tab, state.shade, {
    lang,
    bounds: state.bounds,
    focus: state.focus,
  });
}
