/**
 * User Timing marks for the testing contract and the benchmark: `rutas:update` spans a filter
 * change from input to drawn; `rutas:load` spans a dataset load from start to drawn. Within an
 * update, `rutas:update-query` spans input to the view's queries answered and
 * `rutas:update-publish` the disclosure control and map data that follow; the rest is React and
 * drawing.
 */
export type MeasureName = 'rutas:update' | 'rutas:load';

export interface PendingMeasure {
  name: MeasureName;
  mark: string;
}

let seq = 0;

/** Marks the start of an update or load; pass the result along with the data it produces. */
export function startMeasure(name: MeasureName): PendingMeasure {
  const mark = `${name}:start:${++seq}`;
  performance.mark(mark);
  return { name, mark };
}

/** Closes a measure once its result is on screen. */
export function endMeasure(pending: PendingMeasure | undefined): void {
  if (!pending) return;
  performance.measure(pending.name, { start: pending.mark });
  performance.clearMarks(pending.mark);
}
