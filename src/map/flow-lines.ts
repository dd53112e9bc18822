import type { Layer } from '@deck.gl/core';

export interface FlowLines {
  length: number;
}

/** The line attributes flowmap.gl last computed for the flows layer, if any. */
export function flowLines(layers: Layer[]): FlowLines | undefined {
  const flows = layers.find((l) => l.id === 'flows') as
    { state?: { layersData?: { lineAttributes?: FlowLines } } } | undefined;
  return flows?.state?.layersData?.lineAttributes;
}
