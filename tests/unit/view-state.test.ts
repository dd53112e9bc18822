import { describe, expect, it } from 'vitest';
import { initialViewState, viewLink, viewReducer } from '../../src/state/view-state';

const EXTENT = { yearMin: 2010, yearMax: 2023 };
const LINK =
  '?from=2015&to=2018&sector=mining&country=PER&view=compare&shade=incoming&map=-80,-30,-50,5';

describe('the view state', () => {
  it('shows a link’s tab, shade and frame at once, and its filter once its dataset is shown', () => {
    const start = initialViewState(LINK, false);
    expect(start.tab).toBe('compare');
    expect(start.shade.role).toBe('incoming');
    expect(start.frame.bounds).toEqual([-80, -30, -50, 5]);
    expect(start.linkApplied).toBe(false);
    const shown = viewReducer(start, { type: 'datasetShown', id: 'demo', extent: EXTENT });
    expect(shown.filter).toMatchObject({
      yearFrom: 2015,
      yearTo: 2018,
      sectors: ['mining'],
      place: 'PER',
    });
    expect(shown.linkApplied).toBe(true);
    // The frame asked for at the start is not asked again (the map would jump back).
    expect(shown.frame).toBe(start.frame);
  });

  it('keeps a link that loads its own file for that file, not the demo', () => {
    const start = initialViewState('?data=cases.csv&from=1990', true);
    const demo = viewReducer(start, { type: 'datasetShown', id: 'demo', extent: EXTENT });
    expect(demo.linkApplied).toBe(false);
    expect(demo.filter).toMatchObject({ yearFrom: 2010, yearTo: 2023 });
    const file = viewReducer(demo, { type: 'datasetShown', id: 'file1', extent: EXTENT });
    expect(file.linkApplied).toBe(true);
    // 1990 is outside the file's years: brought inside, and said.
    expect(file.filter.yearFrom).toBe(2010);
    expect(file.problems.join(' ')).toMatch(/1990/);
  });

  it('applies a link whole, and writes the same link back', () => {
    let s = viewReducer(initialViewState('', false), {
      type: 'datasetShown',
      id: 'demo',
      extent: EXTENT,
    });
    s = viewReducer(s, { type: 'analystK', k: 3 });
    const before = s.frame;
    s = viewReducer(s, { type: 'applyLink', search: LINK, extent: EXTENT });
    expect(s).toMatchObject({ tab: 'compare', bounds: [-80, -30, -50, 5] });
    expect(s.filter.place).toBe('PER');
    expect(s.frame).not.toBe(before);
    // The analyst's threshold is not part of a link, and a link never sets it.
    expect(s.analystK).toBe(3);
    const again = viewReducer(
      viewReducer(initialViewState('', false), {
        type: 'datasetShown',
        id: 'demo',
        extent: EXTENT,
      }),
      { type: 'applyLink', search: viewLink('', s, EXTENT), extent: EXTENT },
    );
    expect(again.filter).toEqual(s.filter);
    expect([again.tab, again.shade, again.bounds]).toEqual([s.tab, s.shade, s.bounds]);
  });

  it('starts a newly shown dataset on its own years, with the threshold back to its floor', () => {
    let s = viewReducer(initialViewState('', false), {
      type: 'datasetShown',
      id: 'demo',
      extent: EXTENT,
    });
    s = viewReducer(s, { type: 'toggleSector', sector: 'mining' });
    s = viewReducer(s, { type: 'analystK', k: 2 });
    s = viewReducer(s, {
      type: 'datasetShown',
      id: 'file1',
      extent: { yearMin: 2001, yearMax: 2004 },
    });
    expect(s.filter).toMatchObject({ yearFrom: 2001, yearTo: 2004, sectors: [] });
    expect(s.analystK).toBeNull();
  });

  it('waits with a link applied before any dataset is shown', () => {
    const s = viewReducer(initialViewState('', false), {
      type: 'applyLink',
      search: '?country=BOL',
      extent: null,
    });
    expect(s.pendingLink?.place).toBe('BOL');
    expect(s.filter.place).toBeNull();
  });
});
