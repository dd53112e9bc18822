import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/i18n/country-text';
import type { Filter } from '../../src/domain/types';
import {
  readUrlState,
  urlFilter,
  writeUrlState,
  DEFAULT_SHADE,
  DEFAULT_FOCUS,
} from '../../src/state/url-state';

const known = (iso3: string) => countryName(iso3) !== iso3;
const EXTENT = { yearMin: 2010, yearMax: 2023 };

describe('the view in the URL', () => {
  it('reads back what it writes, keeping data and k and leaving defaults out', () => {
    const filter: Filter = {
      yearFrom: 2015,
      yearTo: 2023,
      sectors: ['mining', 'agriculture'],
      sexes: ['female'],
      ageGroups: [],
      place: 'BOL',
    };
    const shade = { role: 'incoming' as const, perCapita: true, flows: 'origin' as const };
    const search = writeUrlState(
      '?data=/examples/x.csv&k=20&from=2000',
      filter,
      EXTENT,
      'compare',
      shade,
    );
    expect(search).toBe(
      '?data=%2Fexamples%2Fx.csv&k=20&from=2015&sector=agriculture,mining&sex=female&country=BOL' +
        '&view=compare&shade=incoming&per100k=1&width=origin',
    );
    const { state, problems } = readUrlState(search, known);
    expect(problems).toEqual([]);
    expect(urlFilter(state, EXTENT, [])).toEqual({ ...filter, sectors: ['agriculture', 'mining'] });
    expect(state.tab).toBe('compare');
    expect(state.shade).toEqual(shade);
    // The default view writes nothing of its own.
    const all: Filter = { yearFrom: 2010, yearTo: 2023, sectors: [], place: null };
    expect(writeUrlState('', all, EXTENT, 'map', DEFAULT_SHADE)).toBe('');
  });

  it('drops every bad value with a problem in words, and never passes one on', () => {
    const { state, problems } = readUrlState(
      '?from=20x9&to=2012&sector=mining,<script>,mining&sex=female,robot&age=old' +
        "&country=ARG'%20OR%201=1&view=sql&shade=internal&per100k=yes&width=east" +
        '&scope=mars&regions=yes',
      known,
    );
    expect(state).toEqual({
      yearFrom: undefined,
      yearTo: 2012,
      sectors: ['mining'],
      sexes: ['female'],
      ageGroups: [],
      place: null,
      tab: 'map',
      shade: DEFAULT_SHADE,
      focus: DEFAULT_FOCUS,
    });
    expect(problems).toEqual([
      `The link's sector="<script>" is not a sector Rutas knows.`,
      `The link's country="ARG' OR 1=1" is not a country on the map (an ISO 3166 alpha-3 code).`,
      `The link's view="sql" is not one of map, table, compare, sectors, justice.`,
      `The link's shade="internal" is not one of incoming, outgoing, transit, involved.`,
      `The link's per100k="yes" is not 1 or 0.`,
      `The link's width="east" is not origin or destination.`,
      `The link's scope="mars" is not one of region, world.`,
      `The link's regions="yes" is not 1 or 0.`,
      `The link's from="20x9" is not a year.`,
      `The link's sex="robot" is not a sex Rutas knows.`,
      `The link's age="old" is not an age group Rutas knows.`,
    ]);
    expect(readUrlState('?country=XYZ', known).state.place).toBeNull();
    expect(readUrlState('?country=per', known).state.place).toBe('PER');
    // A place inside a country, by its gazetteer id; an unknown subdivision is dropped.
    expect(readUrlState('?country=BO-L', known).state.place).toBe('BO-L');
    expect(readUrlState('?country=BO-ZZ', known).state.place).toBeNull();
  });

  it('keeps the language and the part of the map in view, and checks them and the theme', () => {
    const all: Filter = { yearFrom: 2010, yearTo: 2023, sectors: [], place: null };
    const bounds: [number, number, number, number] = [-76.123, -45, -60, -30.5];
    const search = writeUrlState('?theme=dark', all, EXTENT, 'map', DEFAULT_SHADE, {
      lang: 'pt',
      bounds,
    });
    expect(search).toBe('?theme=dark&map=-76.12,-45,-60,-30.5&lang=pt');
    const read = readUrlState(search, known);
    expect(read.problems).toEqual([]);
    expect(read.state).toMatchObject({ lang: 'pt', bounds: [-76.12, -45, -60, -30.5] });
    // English, the default, is left out of the address.
    expect(writeUrlState('', all, EXTENT, 'map', DEFAULT_SHADE, { lang: 'en' })).toBe('');
    const bad = readUrlState('?lang=fr&map=10,20,5,30&theme=neon', known);
    expect(bad.state.lang).toBeUndefined();
    expect(bad.state.bounds).toBeUndefined();
    expect(bad.problems).toEqual([
      `The link's lang="fr" is not a language Rutas speaks (en, es, pt).`,
      `The link's theme="neon" is not one of auto, light, dark.`,
      `The link's map="10,20,5,30" is not a part of the map (west,south,east,north in degrees).`,
    ]);
  });

  it("brings years outside the dataset's inside, and says so", () => {
    const problems: string[] = [];
    const { state } = readUrlState('?from=1990&to=2030', known);
    expect(urlFilter(state, EXTENT, problems)).toMatchObject({ yearFrom: 2010, yearTo: 2023 });
    expect(problems).toEqual([
      "The link's from=1990 is outside this dataset's years (2010–2023).",
      "The link's to=2030 is outside this dataset's years (2010–2023).",
    ]);
  });
});
