import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import demoUrl from '../data/demo-cases.parquet?url';
import demoViewUrl from '../data/demo-view.json?url';
import { fileBytes } from './data/ingest/limits';
import { FlowMap } from './map/FlowMap';
import { useDashboard } from './state/use-dashboard';
import { readUrlState, urlFilter, writeUrlState, type MapBounds } from './state/url-state';
import { language } from './i18n';
import { useTheme } from './state/theme';
import { Preferences } from './ui/Preferences';
import { PlaceSelect } from './ui/PlaceSelect';
import { LinkNotice } from './ui/LinkNotice';
import { ViewSummary } from './ui/ViewSummary';
import { MapLegend } from './ui/MapLegend';
import { dataParamSource, datasetName } from './state/use-datasets';
import { DatasetList } from './ui/DatasetList';
import { LoadData } from './ui/LoadData';
import { MappingDialog } from './ui/MappingDialog';
import { PlacePanel } from './ui/PlacePanel';
import { SankeyPanel } from './ui/SankeyPanel';
import { SqlPanel } from './ui/SqlPanel';
import { EmbedLayout, viewTitle } from './ui/EmbedLayout';
import { ShareDialog } from './ui/ShareDialog';
import { ReleaseSection } from './ui/ReleaseSection';
import { FilterControls } from './ui/FilterControls';
import { ViewTabs, type Tab } from './ui/ViewTabs';
import { SectorSection } from './ui/SectorSection';
import { DeckPanel } from './ui/DeckPanel';
import { usePresentation } from './state/use-presentation';
import { isKnownCountry, useUrlSync } from './state/use-url-sync';
import { useBasemap } from './map/use-basemap';
import { SlideCaption } from './ui/SlideCaption';
import { MapExport } from './ui/MapExport';
import type { MapView } from './map/twin';
import { exportName } from './export/names';
import { ShadeControl, type ShadeChoice } from './ui/ShadeControl';
import { useMapPicture } from './state/use-map-picture';
import { CompareView } from './ui/CompareView';
import { FilterChips } from './ui/FilterChips';
import { TableView } from './ui/TableView';
import { ThresholdControl } from './ui/ThresholdControl';

/** `?k=` in the page's URL: a threshold a link asks for (it can only raise the floor). */
function urlThreshold(): number | null {
  const k = Number(new URLSearchParams(window.location.search).get('k'));
  return Number.isInteger(k) && k > 0 ? k : null;
}

/** The deck that ships with the demo data (public/examples), in the language shown. */
const demoDeckUrl = (lng: string) =>
  `${import.meta.env.BASE_URL}examples/demo-deck${lng === 'en' ? '' : `.${lng}`}.json`;

export function App() {
  const { t } = useTranslation();
  const basemap = useBasemap();
  const [urlK] = useState(urlThreshold);
  const [initialSource] = useState(() =>
    dataParamSource(window.location.search, window.location.origin),
  );
  const [initialUrl] = useState(() => readUrlState(window.location.search, isKnownCountry));
  // The demo's first view, published ahead of time, draws while the engine starts: only for a
  // plain visit (a link may ask for another view, dataset or threshold).
  const [earlyView] = useState(() => (window.location.search === '' ? demoViewUrl : null));
  const d = useDashboard(basemap, demoUrl, urlK, initialSource, initialUrl, earlyView);
  const { dataset, filter, view, busy, dispatch, onDrawn } = d;
  const status = d.queryError ?? d.data.status;
  const [tab, setTab] = useState<Tab>(initialUrl.state.tab);
  const [sharing, setSharing] = useState(false);
  const mapView = useRef<MapView | null>(null);
  const onMap = useCallback((view: MapView | null) => {
    mapView.current = view;
  }, []);
  const [embed] = useState(() => new URLSearchParams(window.location.search).get('embed') === '1');
  const [shade, setShade] = useState<ShadeChoice>(initialUrl.state.shade);
  const { theme, setTheme, dark } = useTheme();
  // The map's bounds: those the viewer moved to (for the link), and those to frame (a link, a slide).
  const [bounds, setBounds] = useState<MapBounds | null>(initialUrl.state.bounds ?? null);
  const [frame, setFrame] = useState(() => ({ bounds: initialUrl.state.bounds ?? null }));
  // Shows the view of a query string: back/forward and the slides of a presentation.
  const applyView = useCallback(
    (search: string) => {
      if (!dataset) return;
      const { state, problems } = readUrlState(search, isKnownCountry);
      setTab(state.tab);
      setShade(state.shade);
      setBounds(state.bounds ?? null);
      setFrame({ bounds: state.bounds ?? null });
      dispatch({ type: 'restore', filter: urlFilter(state, dataset.extent, problems) });
    },
    [dataset, dispatch],
  );
  const lang = language();
  useUrlSync(d, tab === 'sql' ? 'map' : tab, shade, applyView, { lang, bounds });
  const picture = useMapPicture(view, d.reference, shade, d.policy);
  const { data: mapData, shading, shadingKey } = picture;

  const presentation = usePresentation(applyView);

  const legend = (
    <MapLegend
      data={mapData}
      scale={picture.scale}
      samples={picture.samples}
      policy={d.policy}
      perCapitaOf={picture.perCapitaOf}
      shading={shadingKey}
      initiallyOpen={embed ? window.innerHeight >= 360 : window.innerWidth > 700}
    />
  );
  const panels = (
    <>
      {tab === 'compare' && view && (
        <div className="table-panel" role="tabpanel" aria-label={t('tabs.compare')}>
          <CompareView
            // A link or slide that sets the shade starts the ranking afresh on its choice.
            key={`${shade.role}:${shade.perCapita}`}
            view={view}
            shade={shade}
            selected={filter.place}
            onSelect={(place) =>
              dispatch({ type: 'select', place: place === filter.place ? null : place })
            }
          />
        </div>
      )}
      {tab === 'sectors' && view && (
        <SankeyPanel
          view={view}
          dataset={dataset}
          selected={filter.sectors}
          onToggle={(sector) => dispatch({ type: 'toggleSector', sector })}
        />
      )}
      {tab === 'sql' && !embed && (
        <div className="table-panel" role="tabpanel" aria-label={t('tabs.sql')}>
          {/* Closing the panel (threshold above 1) forgets its results. */}
          <SqlPanel
            key={d.policy.k === 1 ? 'open' : 'closed'}
            engine={d.data.engine}
            policy={d.policy}
            datasetId={dataset?.id ?? null}
            announce={d.data.announce}
          />
        </div>
      )}
      {tab === 'table' && view && dataset && (
        <div className="table-panel" role="tabpanel" aria-label={t('tabs.table')}>
          <TableView view={view} datasetLabel={datasetName(dataset)} />
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
          onScaleChange={picture.onScaleChange}
          scale={picture.scale}
          large={presentation.presenting !== null}
          shading={shading?.colors ?? null}
          onMap={onMap}
          frame={frame}
          onViewChange={setBounds}
          dark={dark}
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
        source={dataset ? datasetName(dataset) : null}
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
      className={presentation.presenting === null ? 'app' : 'app presenting'}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        void d.data.load({ name: file.name, bytes: () => fileBytes(file), blob: file });
      }}
    >
      <header className="app-header">
        <h1>Rutas</h1>
        <p className="tagline">{t('app.tagline')}</p>
        {dataset?.synthetic && (
          <p className="demo-banner" role="note">
            {t('app.demoBanner')}
          </p>
        )}
        <Preferences theme={theme} onTheme={setTheme} />
        <button type="button" className="share-button" onClick={() => setSharing(true)}>
          {t('app.share')}
        </button>
      </header>
      <aside className="sidebar" aria-label={t('app.sidebar')}>
        <LinkNotice problems={d.urlProblems} onDismiss={d.clearUrlProblems} />
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
        {view && <ViewSummary published={view.published} />}
        {dataset ? (
          <FilterControls
            extent={dataset.extent}
            filter={filter}
            years={view?.published.years ?? null}
            dispatch={dispatch}
          />
        ) : (
          <p className="hint">{t('app.filtersLater')}</p>
        )}
        {view && (
          <PlaceSelect
            places={view.published.places.map((p) => p.place)}
            selected={filter.place}
            onSelect={(place) => dispatch({ type: 'select', place })}
          />
        )}
        {view && view.published.sectors.length > 0 && (
          <SectorSection
            view={view}
            dataset={dataset}
            selected={filter.sectors}
            dispatch={dispatch}
          />
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
        <ThresholdControl policy={d.policy} onChange={d.setAnalystK} />
        {dataset && (
          <DeckPanel
            deck={presentation.deck}
            problems={presentation.problems}
            onAdd={(title, note) => {
              const view = writeUrlState(
                '',
                filter,
                dataset.extent,
                tab === 'sql' ? 'map' : tab,
                shade,
                { bounds },
              );
              presentation.add({ title, note, view });
            }}
            onRemove={presentation.remove}
            onPresent={presentation.start}
            onLoad={(file) =>
              void file
                .text()
                .then((t) => presentation.load(JSON.parse(t)))
                .catch((e: unknown) =>
                  presentation.fail(
                    t('app.notADeck', {
                      file: file.name,
                      error: e instanceof Error ? e.message : String(e),
                    }),
                  ),
                )
            }
            onLoadDemo={
              dataset.synthetic
                ? () =>
                    void fetch(demoDeckUrl(lang))
                      .then((r) => r.json())
                      .then(presentation.load)
                : null
            }
          />
        )}
      </aside>
      <main className="map-area">
        <ViewTabs tab={tab} onChange={setTab} />
        {tab === 'map' && (
          <ShadeControl choice={shade} onChange={setShade}>
            {dataset && (
              <MapExport
                map={mapView}
                title={viewTitle(filter, dataset)}
                source={datasetName(dataset)}
                synthetic={dataset.synthetic}
                policy={d.policy}
                shading={shadingKey}
                fileName={exportName('rutas-map', filter)}
                samples={picture.samples}
                perCapita={picture.perCapitaOf !== null}
              />
            )}
          </ShadeControl>
        )}
        {panels}
        {tab === 'map' && <div className="map-legend-slot">{legend}</div>}
      </main>
      {presentation.presenting !== null && (
        <SlideCaption presentation={presentation} synthetic={dataset?.synthetic ?? false} />
      )}
      {sharing && (
        <ShareDialog
          title={`Rutas: ${viewTitle(filter, dataset)}`}
          lowered={d.policy.lowered}
          onClose={() => setSharing(false)}
        >
          <ReleaseSection
            engine={d.data.engine}
            label={dataset?.label ?? ''}
            isRelease={dataset?.protectedRelease === true}
            servedFile={dataset?.served === true}
            policy={d.policy}
          />
        </ShareDialog>
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
