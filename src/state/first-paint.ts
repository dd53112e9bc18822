/** Resolves once the first flows are on screen (the `rutas:first-paint` mark), or after `ms`. */
export function firstPaint(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const painted = () => performance.getEntriesByName('rutas:first-paint').length > 0;
    if (painted()) return resolve();
    const observer = new PerformanceObserver(() => {
      if (painted()) done();
    });
    const timer = window.setTimeout(() => done(), ms);
    const done = () => {
      observer.disconnect();
      window.clearTimeout(timer);
      resolve();
    };
    observer.observe({ type: 'mark' });
  });
}
