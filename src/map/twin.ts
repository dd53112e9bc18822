/**
 * The map view for image exports. There is no hidden twin of the map any more: the export reads
 * the map on screen (map/snapshot.ts). Importers may import from map-view.ts directly.
 */
export type { MapView } from './map-view';
