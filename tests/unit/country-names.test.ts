import { describe, expect, it } from 'vitest';
import { rowCount } from '../../src/data/ingest/report';
import { inflect, normalizeCountry, repairMojibake } from '../../src/domain/country-names';

const iso3 = (raw: string, alpha2 = true) => {
  const m = normalizeCountry(raw, { alpha2 });
  return m.kind === 'country' ? m.iso3 : m.kind === 'aggregate' ? `(${m.aggregate})` : null;
};

describe('normalizeCountry', () => {
  it('reads codes: alpha-3, alpha-2 (SA is Saudi Arabia), numeric', () => {
    expect(['BOL', 'bol', 'BO', 'co', 'SA', '068', '76', '032'].map((c) => iso3(c))).toEqual([
      'BOL',
      'BOL',
      'BOL',
      'COL',
      'SAU',
      'BOL',
      'BRA',
      'ARG',
    ]);
    expect(iso3('BO', false)).toBeNull();
  });

  it('reads names in English, Spanish and Portuguese, in any case and with or without accents', () => {
    const names = [
      'Brazil',
      'Brasil',
      'BRASIL',
      'Perú',
      'PERU',
      'peru',
      'Bolivia (Plurinational State of)',
    ];
    expect(names.map((n) => iso3(n))).toEqual(['BRA', 'BRA', 'BRA', 'PER', 'PER', 'PER', 'BOL']);
    expect(
      ['España', 'Espanha', 'Spain', 'Estados Unidos', 'R.Dominicana', 'Corea del Sur'].map((n) =>
        iso3(n),
      ),
    ).toEqual(['ESP', 'ESP', 'ESP', 'USA', 'DOM', 'KOR']);
    expect(iso3('Venezuela (Bolivarian Republic of)')).toBe('VEN');
    expect(iso3('Guayana Francesa')).toBe('GUF');
  });

  it('reads Spanish, Portuguese and English demonyms in every gender and number', () => {
    const demonyms = [
      'Boliviana',
      'Peruano',
      'Venezolanos',
      'brasileiro',
      'Brasilero',
      'Paraguaias',
      'Colombianas',
      'Keniano',
      'Belga',
      'Chino',
      'Peruvian',
      'francesa',
      'Haitianos',
    ];
    expect(demonyms.map((n) => iso3(n))).toEqual([
      'BOL',
      'PER',
      'VEN',
      'BRA',
      'BRA',
      'PRY',
      'COL',
      'KEN',
      'BEL',
      'CHN',
      'PER',
      'FRA',
      'HTI',
    ]);
  });

  it('repairs mis-encodings: U+FFFD and Latin-1 read as UTF-8', () => {
    expect(['Espa\uFFFDa', 'PER\uFFFD', 'PerÃº', 'BogotÃ¡'].map((n) => iso3(n))).toEqual([
      'ESP',
      'PER',
      'PER',
      null,
    ]);
    expect(repairMojibake('SÃ£o Paulo')).toBe('São Paulo');
    expect(repairMojibake('Perú')).toBe('Perú');
  });

  it('tells aggregates from places and says what it does not understand', () => {
    expect(
      [
        'TOTAL',
        'Desconocido',
        'Sin determinar',
        '',
        '-99',
        '00',
        'Ciudadanos de su pa\uFFFDs',
        'Ciudadanos de su país',
        'own nationals',
      ].map((n) => iso3(n)),
    ).toEqual([
      '(total)',
      '(unknown)',
      '(unknown)',
      '(unknown)',
      '(unknown)',
      '(unknown)',
      '(own-nationals)',
      '(own-nationals)',
      '(own-nationals)',
    ]);
    // Codes of another list (questionnaire codes, UN M49 regions) are codes, not countries.
    expect(['Q6.1_10s_2019', 'Atlantis', '0', '145'].map((n) => iso3(n))).toEqual([
      '(code)',
      null,
      '(code)',
      '(code)',
    ]);
  });

  it('takes names of Object.prototype for what they are: not understood', () => {
    for (const name of ['constructor', '{{constructor}}', 'toString', '__proto__', 'valueOf'])
      expect(normalizeCountry(name), name).toEqual({ kind: 'not-understood' });
  });

  it('inflects demonyms', () => {
    expect(inflect('brasileño')).toEqual(['brasileno', 'brasilena', 'brasilenos', 'brasilenas']);
    expect(inflect('alemão')).toEqual(['alemao', 'alema', 'alemaes']);
  });
});

describe('the load report', () => {
  it("prints numbers of rows exactly: they are rows of the analyst's own file, not published counts", () => {
    expect([0, 1, 9, 10, 41122].map((n) => rowCount(n))).toEqual(['0', '1', '9', '10', '41,122']);
  });
});
