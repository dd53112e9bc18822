import { useCallback, useRef, useState } from 'react';
import demoUrl from '../data/demo-cases.parquet?url';
import demoViewUrl from '../data/demo-view.json?url';
import { fileBytes } from './data/ingest/limits';
import { useBasemap } from './map/use-basemap';
import type { MapView } from './map/map-view';
import { useTheme } from './state/theme';
import type { PageParams } from './state/page-params';
import { useDashboard } from './state/use-dashboard';
import { datasetName } from './state/use-datasets';
import { usePresentation } from './state/use-presentation';
import { AppHeader } from './ui/AppHeader';
import { EmbedLayout, viewTitle } from './ui/EmbedLayout';
import { MapArea } from './ui/MapArea';
import { MappingDialog } from './ui/MappingDialog';
import { ReleaseSection } from './ui/ReleaseSection';
import { ShareDialog } from './ui/ShareDialog';
import { Sidebar } from './ui/Sidebar';
import { SlideCaption } from './ui/SlideCaption';
import { ViewLegend } from './ui/ViewLegend';
import { ViewPanels } from './ui/ViewPanels';

/** The page: its layout (or the embed's), with the dashboard's state handed to each part. */
export function App({ page }: { page: PageParams }) {
  const basemap = useBasemap();
  // The demo's first view, published ahead of time, draws while the engine starts: only for a
  // plain visit (a link may ask for another view, dataset or threshold).
  const d = useDashboard(basemap, demoUrl, page, page.plain ? demoViewUrl : null);
  const { dataset, state, dispatch } = d;
  const status = d.queryError ?? d.data.status;
  const extent = dataset?.extent ?? null;
  const applyLink = useCallback(
    (search: string) => dispatch({ type: 'applyLink', search, extent }),
    [dispatch, extent],
  );
  const presentation = usePresentation(applyLink);
  const presenting = presentation.presenting !== null;
  const { theme, setTheme, dark } = useTheme(page.theme);
  const [sharing, setSharing] = useState(false);
  const share = useCallback(() => setSharing(true), []);
  const mapView = useRef<MapView | null>(null);
  const onMap = useCallback((view: MapView | null) => {
    mapView.current = view;
  }, []);

  if (page.embed) {
    return (
      <EmbedLayout
        title={viewTitle(state.filter, dataset)}
        synthetic={dataset?.synthetic ?? false}
        source={dataset ? datasetName(dataset) : null}
        policy={d.policy}
        status={status}
        legend={state.tab === 'map' ? <ViewLegend d={d} embed /> : null}
      >
        <ViewPanels d={d} basemap={basemap} embed presenting={false} onMap={onMap} dark={dark} />
      </EmbedLayout>
    );
  }

  return (
    <div
      className={presenting ? 'app presenting' : 'app'}
      onDragEnter={(e) => {
        // Files on their way in: a large one's reader can start before the drop.
        if (e.dataTransfer.types.includes('Files')) d.data.expectFile();
      }}
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
      <AppHeader
        synthetic={dataset?.synthetic ?? false}
        theme={theme}
        onTheme={setTheme}
        onShare={share}
      />
      <Sidebar d={d} presentation={presentation} />
      <MapArea
        d={d}
        basemap={basemap}
        presenting={presenting}
        mapView={mapView}
        onMap={onMap}
        dark={dark}
      />
      {presenting && (
        <SlideCaption presentation={presentation} synthetic={dataset?.synthetic ?? false} />
      )}
      {sharing && (
        <ShareDialog
          title={`Rutas: ${viewTitle(state.filter, dataset)}`}
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
