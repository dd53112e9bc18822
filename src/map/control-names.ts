/** The map's own controls (MapLibre's zoom buttons, the canvas) named in the language shown. */
import { t } from '../i18n';

export function nameMapControls(el: HTMLElement): void {
  const name = (selector: string, text: string) => {
    const node = el.querySelector(selector);
    node?.setAttribute('title', text);
    node?.setAttribute('aria-label', text);
  };
  name('.maplibregl-ctrl-zoom-in', t('map.zoomIn'));
  name('.maplibregl-ctrl-zoom-out', t('map.zoomOut'));
  el.querySelector('canvas')?.setAttribute('aria-label', t('map.canvas'));
}
