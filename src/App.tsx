import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScaleState } from '@flowmap.gl/data';
import type { Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import demoUrl from '../data/demo-cases.parquet?url';
import demoViewUrl from '../data/demo-view.json?url';
import { formatDisclosed, policyNote } from './domain/disclosure';
import { SECTORS, SECTOR_LABELS } from './domain/sectors';
import { AGE_LABELS, SEX_LABELS } from './domain/demographics';
import { AGE_GROUPS, SEXES } from './domain/types';
import { buildBasemap, type Basemap } from './map/basemap';
import { FlowMap } from './map/FlowMap';
import { useDashboard, type Dashboard } from './state/use-dashboard';
import {
  readUrlState,
  urlFilter,
  writeUrlState,
  type UrlShade,
  type UrlState,
  type UrlTab,
} from './state/url-state';
import { countryName } from './domain/countries';
import { Legend } from './ui/Legend';
import { dataParamSource } from './state/use-datasets';
import { DatasetList } from './ui/DatasetList';
import { LoadData } from './ui/LoadData';
import { MappingDialog } from './ui/MappingDialog';
import { PlacePanel } from './ui/PlacePanel';
import { SectorBars } from './ui/charts/SectorBars';
import { SectorSankey } from './ui/charts/SectorSankey';
import { YearHistogram } from './ui/charts/YearHistogram';
import { ChoiceFilter } from './ui/ChoiceFilter';
import { SqlPanel } from './ui/SqlPanel';
import { EmbedLayout, viewTitle } from './ui/EmbedLayout';
import { ShareDialog } from './ui/ShareDialog';
import { ChartExport } from './ui/ChartExport';
import { DeckPanel } from './ui/DeckPanel';
import { readDeck, type Deck } from './state/deck';
import { MapExport } from './ui/MapExport';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { exportName } from './export/names';
import { ShadeControl, SHADE_LABELS, type ShadeChoice } from './ui/ShadeControl';
import { computeShading } from './map/choropleth';
import { flowsPerCapita } from './map/per-capita';
import { POPULATION as population } from './domain/population';
import { CompareView } from './ui/CompareView';
import { FilterChips } from './ui/FilterChips';
import { TableView } from './ui/TableView';
import { ThresholdControl } from './ui/ThresholdControl';
import { YearRange } from './ui/YearRange';

/** `?k=` in the page's URL: a threshold a link asks for (it can only raise the floor). */
function urlThreshold(): number | null {
  const k = Number(new URLSearchParams(window.location.search).get('k'));
  return Number.isInteger(k) && k > 0 ? k : null;
}

const TABS = ['map', 'table', 'compare', 'sectors', 'sql'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = {
  map: 'Map',
  table: 'Table',
  compare: 'Compare countries',
  sectors: 'Routes by sector',
  sql: 'SQL',
};

/** A code the link may select: a country Rutas can name. */
const isKnownCountry = (iso3: string) => countryName(iso3) !== iso3;

/**
 * Keeps the URL on the view (a new history entry once a change has settled for 300 ms) and
 * follows back/forward. `onPop` applies the panel and shading of a state popped from history.
 */
function useUrlSync(
  d: Dashboard,
  tab: UrlTab,
  shade: UrlShade,
  onPop: (state: UrlState) => void,
): void {
  const { dataset, filter, urlApplied, dispatch } = d;
  // The first write only tidies the link the page was opened with: it replaces that entry.
  const written = useRef(false);
  useEffect(() => {
    if (!dataset || !urlApplied) return;
    const timer = window.setTimeout(() => {
      const next = writeUrlState(window.location.search, filter, dataset.extent, tab, shade);
      if (next !== window.location.search) {
        const url = `${window.location.pathname}${next}`;
        if (written.current) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      written.current = true;
    }, 300);
    return () => window.clearTimeout(timer);
  }, [dataset, urlApplied, filter, tab, shade]);
  const pop = useRef(onPop);
  useEffect(() => {
    pop.current = onPop;
  });
  useEffect(() => {
    if (!dataset) return;
    const onPopState = () => {
      const { state, problems } = readUrlState(window.location.search, isKnownCountry);
      pop.current(state);
      dispatch({ type: 'restore', filter: urlFilter(state, dataset.extent, problems) });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [dataset, dispatch]);
}

function useBasemap(): Basemap | null {
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(countriesUrl)
      .then((r) => r.json() as Promise<Topology>)
      .then((topology) => {
        if (!cancelled) setBasemap(buildBasemap(topology));
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return basemap;
}

export function App() {
  const basemap = useBasemap();
  const [urlK] = useState(urlThreshold);
  const [initialSource] = useState(() =>
    dataParamSource(window.location.search, window.location.origin),
  );
  const [initialUrl] = useState(() => readUrlState(window.location.search, isKnownCountry));
  const demoDeckUrl = `${import.meta.env.BASE_URL}examples/demo-deck.json`;

  // The demo's first view, published ahead of time, draws while the engine starts: only for a
  // plain visit (a link may ask for another view, dataset or threshold).
  const [earlyView] = useState(() => (window.location.search === '' ? demoViewUrl : null));
  const d = useDashboard(basemap, demoUrl, urlK, initialSource, initialUrl, earlyView);
  const { dataset, filter, view, busy, dispatch, onDrawn } = d;
  const status = d.queryError ?? d.data.status;
  const [scale, setScale] = useState<ScaleState | null>(null);
  const [tab, setTab] = useState<Tab>(initialUrl.state.tab);
  const [sharing, setSharing] = useState(false);
  const mapInstance = useRef<MapLibreMap | null>(null);
  const onMap = useCallback((map: MapLibreMap | null) => {
    mapInstance.current = map;
  }, []);
  const [embed] = useState(() => new URLSearchParams(window.location.search).get('embed') === '1');
  const [shade, setShade] = useState<ShadeChoice>(initialUrl.state.shade);
  useUrlSync(d, tab === 'sql' ? 'map' : tab, shade, (state) => {
    setTab(state.tab);
    setShade(state.shade);
  });
  const mapData = useMemo(
    () =>
      view
        ? flowsPerCapita(
            view.map,
            shade.flows,
            population,
            view.filter.yearFrom,
            view.filter.yearTo,
          )
        : null,
    [view, shade.flows],
  );
  const shading = useMemo(
    () =>
      view && shade.role
        ? computeShading(
            view.published.places,
            {
              role: shade.role,
              perCapita: shade.perCapita,
              yearFrom: view.filter.yearFrom,
              yearTo: view.filter.yearTo,
            },
            population,
          )
        : null,
    [view, shade],
  );
  const onYears = useCallback(
    (yearFrom: number, yearTo: number) => dispatch({ type: 'years', yearFrom, yearTo }),
    [dispatch],
  );
  const onScaleChange = useCallback((s: unknown) => setScale((s as ScaleState) ?? null), []);

  // Presentation: a deck of slides, each a view; `presenting` is the slide shown, if any.
  const [deck, setDeck] = useState<Deck>({ title: '', slides: [] });
  const [deckProblems, setDeckProblems] = useState<string[]>([]);
  const [presenting, setPresenting] = useState<number | null>(null);
  const applyView = useCallback(
    (search: string) => {
      if (!dataset) return;
      const { state, problems } = readUrlState(search, isKnownCountry);
      setTab(state.tab);
      setShade(state.shade);
      dispatch({ type: 'restore', filter: urlFilter(state, dataset.extent, problems) });
    },
    [dataset, dispatch],
  );
  const loadDeck = useCallback((json: unknown) => {
    const { deck: read, problems } = readDeck(json, isKnownCountry);
    setDeck(read);
    setDeckProblems(problems);
  }, []);
  const showSlide = useCallback(
    (index: number) => {
      const slide = deck.slides[index];
      if (!slide) return;
      setPresenting(index);
      applyView(slide.view);
    },
    [deck, applyView],
  );
  const endPresentation = useCallback(() => {
    setPresenting(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (presenting === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        showSlide(Math.min(deck.slides.length - 1, presenting + 1));
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        showSlide(Math.max(0, presenting - 1));
      } else if (e.key === 'Escape') endPresentation();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, deck, showSlide, endPresentation]);

  // What the choropleth's classes mean, for the legend and the image export.
  const shadingKey =
    shading && shade.role
      ? {
          classes: shading.classes,
          label: `${SHADE_LABELS[shade.role]}${shade.perCapita ? ' per 100,000 people per year' : ''}`,
          perCapita: shade.perCapita,
        }
      : null;
  const legend = (
    <Legend
      data={mapData}
      perCapitaOf={shade.flows === 'victims' ? null : shade.flows}
      scale={scale}
      policy={d.policy}
      shading={shadingKey}
    />
  );
  const panels = (
    <>
      {tab === 'compare' && view && (
        <div className="table-panel" role="tabpanel" aria-label="Compare countries">
          <CompareView
            view={view}
            selected={filter.place}
            onSelect={(place) =>
              dispatch({ type: 'select', place: place === filter.place ? null : place })
            }
          />
        </div>
      )}
      {tab === 'sectors' && view && (
        <div className="table-panel" role="tabpanel" aria-label="Routes by sector">
          <h2>Victims from origin to sector to destination</h2>
          <ChartExport
            name="Routes by sector"
            fileName={exportName('rutas-routes-by-sector', view.filter)}
            caption={`${viewTitle(view.filter, dataset)}, origin → sector → destination. ${policyNote(view.policy)}`}
          >
            <SectorSankey
              links={view.published.sectorRoutes}
              selected={filter.sectors}
              onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
            />
          </ChartExport>
          <p className="hint">
            Under every filter but the sectors; click a sector to filter by it. A case in several
            sectors counts in each, so a country can appear larger here than on the map. Widths are
            published figures. {policyNote(view.policy)}
          </p>
        </div>
      )}
      {tab === 'sql' && !embed && (
        <div className="table-panel" role="tabpanel" aria-label="SQL">
          {/* Closing the panel (threshold above 1) forgets its results. */}
          <SqlPanel
            key={d.policy.k === 1 ? 'open' : 'closed'}
            engine={d.data.engine}
            policy={d.policy}
            datasetId={dataset?.id ?? null}
          />
        </div>
      )}
      {tab === 'table' && view && dataset && (
        <div className="table-panel" role="tabpanel" aria-label="Table">
          <TableView view={view} datasetLabel={dataset.label} />
        </div>
      )}
      {basemap ? (
        <FlowMap
          basemap={basemap}
          data={mapData}
          version={view?.version ?? 0}
          selected={filter.place}
          busy={busy}
          onSelect={(place) => dispatch({ type: 'select', place })}
          onDrawn={onDrawn}
          onScaleChange={onScaleChange}
          shading={shading?.colors ?? null}
          onMap={onMap}
        />
      ) : (
        <div className="map" data-testid="map" data-ready="false" data-flows="0" />
      )}
    </>
  );

  if (embed) {
    return (
      <EmbedLayout
        title={viewTitle(filter, dataset)}
        synthetic={dataset?.synthetic ?? false}
        source={dataset?.label ?? null}
        policy={d.policy}
        status={status}
        legend={tab === 'map' ? legend : null}
      >
        {panels}
      </EmbedLayout>
    );
  }

  return (
    <div
      className={presenting === null ? 'app' : 'app presenting'}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        void d.data.load({ name: file.name, bytes: () => file.arrayBuffer(), blob: file });
      }}
    >
      <header className="app-header">
        <h1>Rutas</h1>
        <p className="tagline">Human-trafficking flows across South America</p>
        {dataset?.synthetic && (
          <p className="demo-banner" role="note">
            Synthetic demo data — not real cases
          </p>
        )}
        <button type="button" className="share-button" onClick={() => setSharing(true)}>
          Share
        </button>
      </header>
      <aside className="sidebar" aria-label="Filters and legend">
        {d.urlProblems.length > 0 && (
          <div className="notice" role="note" aria-label="About the link">
            <p>Parts of the link could not be used; the defaults are shown instead.</p>
            <ul>
              {d.urlProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <button type="button" onClick={d.clearUrlProblems}>
              Dismiss
            </button>
          </div>
        )}
        <LoadData data={d.data} />
        <DatasetList data={d.data} />
        {dataset && (
          <FilterChips
            filter={filter}
            yearMin={dataset.extent.yearMin}
            yearMax={dataset.extent.yearMax}
            dispatch={dispatch}
          />
        )}
        {view && (
          <p className="summary">
            <strong>{formatDisclosed(view.published.victims)}</strong> victims match the filters
            {view.published.unplaced.kind === 'shown' && (
              <>
                {' '}
                ({formatDisclosed(view.published.unplaced)} with an unknown origin or destination)
              </>
            )}
            .
          </p>
        )}
        {dataset ? (
          <>
            <YearRange
              min={dataset.extent.yearMin}
              max={dataset.extent.yearMax}
              from={filter.yearFrom}
              to={filter.yearTo}
              onChange={onYears}
            >
              {view && (
                <YearHistogram
                  years={view.published.years}
                  from={filter.yearFrom}
                  to={filter.yearTo}
                  onBrush={onYears}
                />
              )}
            </YearRange>
            <ChoiceFilter
              legend="Sector of exploitation"
              allLabel="All sectors"
              options={SECTORS}
              labels={SECTOR_LABELS}
              selected={filter.sectors}
              onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
              onAll={() => dispatch({ type: 'allSectors' })}
              hint="A case in several sectors counts in each of them."
            />
            <ChoiceFilter
              legend="Sex"
              allLabel="All"
              options={SEXES}
              labels={SEX_LABELS}
              selected={filter.sexes ?? []}
              onToggle={(sex) => dispatch({ type: 'toggleSex', sex })}
              onAll={() => dispatch({ type: 'allSexes' })}
            />
            <ChoiceFilter
              legend="Age group"
              allLabel="All ages"
              options={AGE_GROUPS}
              labels={AGE_LABELS}
              selected={filter.ageGroups ?? []}
              onToggle={(ageGroup) => dispatch({ type: 'toggleAge', ageGroup })}
              onAll={() => dispatch({ type: 'allAges' })}
            />
          </>
        ) : (
          <p className="hint">Filters appear once the data is loaded.</p>
        )}
        {view && view.published.sectors.length > 0 && (
          <section className="sectors" aria-labelledby="sectors-title">
            <h2 id="sectors-title">Victims by sector</h2>
            <ChartExport
              name="Victims by sector"
              fileName={exportName('rutas-sectors', view.filter)}
              caption={`${viewTitle(view.filter, dataset)}, by sector. ${policyNote(view.policy)}`}
            >
              <SectorBars
                bars={view.published.sectors}
                selected={filter.sectors}
                onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
              />
            </ChartExport>
            <ul className="sex-key" aria-label="Colours of the bars">
              {SEXES.map((sex) => (
                <li key={sex}>
                  <span className={`swatch segment-${sex}`} aria-hidden="true" />
                  {SEX_LABELS[sex]}
                </li>
              ))}
            </ul>
            <p className="hint">
              Click a sector to filter by it. A case in several sectors counts in each. Parts below
              the threshold are not drawn: the pale rest of a bar.
            </p>
          </section>
        )}
        {filter.place && (
          <PlacePanel
            place={filter.place}
            data={view?.map ?? null}
            placeYears={view?.published.placeYears ?? []}
            years={view?.published.years.map((y) => y.year) ?? []}
            yearFrom={filter.yearFrom}
            yearTo={filter.yearTo}
            onClear={() => dispatch({ type: 'select', place: null })}
          />
        )}
        {legend}
        <ThresholdControl policy={d.policy} onChange={d.setAnalystK} />
        {dataset && (
          <DeckPanel
            deck={deck}
            problems={deckProblems}
            onAdd={(title, note) =>
              setDeck((current) => ({
                ...current,
                slides: [
                  ...current.slides,
                  {
                    title,
                    note,
                    view: writeUrlState(
                      '',
                      filter,
                      dataset.extent,
                      tab === 'sql' ? 'map' : tab,
                      shade,
                    ),
                  },
                ],
              }))
            }
            onRemove={(i) =>
              setDeck((current) => ({
                ...current,
                slides: current.slides.filter((_, j) => j !== i),
              }))
            }
            onPresent={() => {
              void document.documentElement.requestFullscreen?.().catch(() => undefined);
              showSlide(0);
            }}
            onLoad={(file) =>
              void file
                .text()
                .then((t) => loadDeck(JSON.parse(t)))
                .catch((e: unknown) =>
                  setDeckProblems([
                    `${file.name} is not a deck: ${e instanceof Error ? e.message : String(e)}`,
                  ]),
                )
            }
            onLoadDemo={
              dataset.synthetic
                ? () =>
                    void fetch(demoDeckUrl)
                      .then((r) => r.json())
                      .then(loadDeck)
                : null
            }
          />
        )}
      </aside>
      <main className="map-area">
        <div className="view-tabs" role="tablist" aria-label="View">
          {TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={tab === t}
              onClick={() => setTab(t)}
            >
              {TAB_LABELS[t]}
            </button>
          ))}
        </div>
        {tab === 'map' && (
          <ShadeControl choice={shade} onChange={setShade}>
            {dataset && (
              <MapExport
                map={mapInstance}
                title={viewTitle(filter, dataset)}
                source={dataset.label}
                synthetic={dataset.synthetic}
                policy={d.policy}
                shading={shadingKey}
                fileName={exportName('rutas-map', filter)}
              />
            )}
          </ShadeControl>
        )}
        {panels}
      </main>
      {presenting !== null && deck.slides[presenting] && (
        <section className="slide-caption" aria-label="Slide" aria-live="polite">
          <p className="slide-count">
            {presenting + 1} / {deck.slides.length}
          </p>
          <h2>{deck.slides[presenting].title}</h2>
          {deck.slides[presenting].note && (
            <details>
              <summary>Speaker note</summary>
              <p>{deck.slides[presenting].note}</p>
            </details>
          )}
          <div className="slide-actions">
            <button type="button" onClick={() => showSlide(Math.max(0, presenting - 1))}>
              Previous
            </button>
            <button
              type="button"
              onClick={() => showSlide(Math.min(deck.slides.length - 1, presenting + 1))}
            >
              Next
            </button>
            <button type="button" onClick={endPresentation}>
              End
            </button>
          </div>
        </section>
      )}
      {sharing && (
        <ShareDialog
          title={`Rutas: ${viewTitle(filter, dataset)}`}
          lowered={d.policy.lowered}
          onClose={() => setSharing(false)}
        />
      )}
      {d.data.mappingRequest && (
        <MappingDialog
          request={d.data.mappingRequest}
          onLoad={(mapping, keep) => void d.data.loadMapped(mapping, keep)}
          onCancel={d.data.cancelMapping}
        />
      )}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
