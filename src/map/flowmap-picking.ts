/**
 * flowmap.gl 9.4.0's shaders read `instancePickingColors`, which deck.gl 9.4 no longer adds by
 * itself, so its flows and circles cannot be hovered or clicked. This adds the attribute to each
 * of its primitive layers. Remove once flowmap.gl declares it.
 */
import {
  AnimatedFlowLinesLayer,
  CurvedFlowLinesLayer,
  FlowCirclesLayer,
  FlowLinesLayer,
} from '@flowmap.gl/layers';

interface PatchableLayer {
  prototype: {
    initializeState(...args: unknown[]): void;
  };
}

let patched = false;

export function patchFlowmapPicking(): void {
  if (patched) return;
  patched = true;
  const layers = [FlowLinesLayer, CurvedFlowLinesLayer, FlowCirclesLayer, AnimatedFlowLinesLayer];
  for (const layer of layers as unknown as PatchableLayer[]) {
    const original = layer.prototype.initializeState;
    layer.prototype.initializeState = function (this: PickingCapable, ...args: unknown[]) {
      original.apply(this, args);
      this.getAttributeManager()?.addInstanced({
        instancePickingColors: {
          type: 'uint8',
          size: 4,
          noAlloc: true,
          update: this.calculateInstancePickingColors,
        },
      });
    };
  }
}

interface PickingCapable {
  getAttributeManager(): { addInstanced(attrs: Record<string, unknown>): void } | null;
  calculateInstancePickingColors: unknown;
}
