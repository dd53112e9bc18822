/**
 * Whether the dataset shown has criminal-justice figures, for the tabs, which are drawn where
 * the dataset is not handed down: set when a dataset becomes the one shown (use-datasets.ts).
 */
import { useSyncExternalStore } from 'react';

let shown = false;
const listeners = new Set<() => void>();

export function setJusticeShown(value: boolean): void {
  if (value === shown) return;
  shown = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while the dataset shown has justice figures (the Justice tab is offered). */
export function useJusticeShown(): boolean {
  return useSyncExternalStore(subscribe, () => shown);
}

/** The tab to show: the Justice tab falls back to the map while the dataset has no figures. */
export function shownTab<T extends string>(tab: T, justice: boolean): T | 'map' {
  return tab === 'justice' && !justice ? 'map' : tab;
}
