import { describe, expect, it } from 'vitest';
import { withheldFigure } from '../../src/domain/disclosure';
import type { Sector } from '../../src/domain/sectors';
import { notShownPhrases, sectorMixText, summariseSectors } from '../../src/export/sector-summary';
import { figure } from '../support/figures';

const mix = (...parts: [Sector, number | 'withheld'][]) =>
  parts.map(([sector, v]) => ({
    sector,
    victims: v === 'withheld' ? withheldFigure : figure(v),
  }));

describe('a list of sectors summarised', () => {
  it('keeps the shown sectors in order and counts the hidden and withheld', () => {
    const list = mix(
      ['sexual_exploitation', 120],
      ['begging', 3],
      ['mining', 40],
      ['hospitality', 9],
      ['agriculture', 'withheld'],
    );
    const summary = summariseSectors(list);
    expect(summary.shown.map((s) => s.sector)).toEqual(['sexual_exploitation', 'mining']);
    expect(summary).toMatchObject({ few: 2, k: 10, withheld: 1 });
  });

  it('writes the shown figures, then says that others are hidden, without their number', () => {
    const text = sectorMixText(
      mix(['sexual_exploitation', 120], ['begging', 3], ['hospitality', 4], ['mining', 'withheld']),
    );
    expect(text).toBe(
      'Sexual exploitation: 120; other sectors with fewer than 10 victims each; ' +
        'another sector withheld',
    );
    // No digit but the published figure and the threshold: a sector count is never written.
    expect(text.match(/\d+/g)).toEqual(['120', '10']);
  });

  it('says one hidden sector in the singular, and nothing when none is hidden', () => {
    expect(sectorMixText(mix(['mining', 40], ['begging', 2]))).toBe(
      'Mining: 40; another sector with fewer than 10 victims',
    );
    expect(sectorMixText(mix(['mining', 40], ['agriculture', 25]))).toBe(
      'Mining: 40; Agriculture: 25',
    );
    expect(notShownPhrases(summariseSectors(mix(['mining', 40])))).toEqual([]);
  });

  it('reads the same whether the leg has one hidden sector or many, beyond one and more', () => {
    // The phrase tells "some hidden" from "none", never how many beyond one: two legs that differ
    // only in the number of their hidden sectors (two or five) read the same.
    const two = sectorMixText(mix(['mining', 40], ['begging', 2], ['hospitality', 5]));
    const five = sectorMixText(
      mix(
        ['mining', 40],
        ['begging', 2],
        ['hospitality', 5],
        ['agriculture', 1],
        ['construction', 9],
        ['other', 3],
      ),
    );
    expect(two).toBe(five);
  });

  it('says the threshold of the figures themselves', () => {
    const list = [{ sector: 'mining' as const, victims: figure(4, 20) }];
    expect(sectorMixText(list)).toBe('another sector with fewer than 20 victims');
  });
});
