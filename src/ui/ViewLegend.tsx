import type { Dashboard } from '../state/use-dashboard';
import { MapLegend } from './MapLegend';

/** The map's legend for the view shown: compact (folded on a small screen or embed). */
export function ViewLegend({ d, embed }: { d: Dashboard; embed: boolean }) {
  const { picture } = d;
  return (
    <MapLegend
      data={picture.data}
      scale={picture.scale}
      samples={picture.samples}
      policy={d.policy}
      perCapitaOf={picture.perCapitaOf}
      shading={picture.shadingKey}
      initiallyOpen={embed ? window.innerHeight >= 360 : window.innerWidth > 700}
    />
  );
}
