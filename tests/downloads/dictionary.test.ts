/**
 * The data dictionary names every breakdown an indicator's file holds, and says what each
 * dimension's categories are, so a reader of exchange_count.csv can tell what its peer rows are.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dictionaryRows } from '../../src/lib/downloads/tidy.ts';
import exchangeCount from '../../src/lib/indicators/exchange/exchange_count.ts';
import ageStructure from '../../src/lib/indicators/workforce/age_structure.ts';
import type { Estimate, Indicator } from '../../src/lib/indicators/types.ts';
import type { IndicatorData } from '../../src/lib/site/data.ts';

const estimate = (indicator: string, dimension: string, category: string, value: number): Estimate =>
  ({ year: 2024, indicator, dimension, category, value, numerator: value, denominator: null, symbol: '', basis: 'count' }) as unknown as Estimate;
const data = (indicator: Indicator, estimates: Estimate[]): IndicatorData => {
  const { measure: _, ...rest } = indicator;
  return { ...rest, estimates } as unknown as IndicatorData;
};

describe('the data dictionary', () => {
  const exchange = data(exchangeCount, [
    estimate('exchange_count', 'total', '全部', 578), estimate('exchange_count', 'mode', '支教', 111), estimate('exchange_count', 'direction', '城区→乡村', 137),
    estimate('exchange_count', 'role', '教师', 493), estimate('exchange_count', 'school', '东关初级中学', 9), estimate('exchange_count', 'peer', '小学;初中·乡村', 20),
  ]);
  const ages = data(ageStructure, [estimate('age_structure', 'ageBand', '全部|30-34岁', 20), estimate('age_structure', 'stage:ageBand', '小学|30-34岁', 21), estimate('age_structure', 'locality:ageBand', '乡村|30-34岁', 19)]);
  const rows = dictionaryRows([exchange, ages]);
  const breakdowns = (id: string) => String(rows.find((r) => r.kind === 'indicator' && r.id === id)!.breakdowns).split(';');

  it('lists as an indicator’s breakdowns every dimension its file holds, the peer groups beside the schools', () => {
    assert.deepEqual(breakdowns('exchange_count'), ['mode', 'direction', 'role', 'school', 'peer']);
    for (const ind of [exchange, ages]) {
      const inFile = new Set(ind.estimates.map((e) => e.dimension).filter((d) => d !== 'total'));
      assert.deepEqual(new Set(breakdowns(ind.id)), inFile, ind.id);
    }
  });

  it('spells a structure’s breakdowns as its file does', () => {
    assert.deepEqual(breakdowns('age_structure'), ['stage:ageBand', 'locality:ageBand', 'ageBand']);
  });

  it('says what the peer groups’ and the schools’ categories are, and gives every vocabulary its English words', () => {
    const dims = rows.filter((r) => r.kind === 'dimension');
    const peer = dims.find((r) => r.id === 'peer')!;
    assert.match(String(peer.definition_zh), /学段·城乡/);
    assert.match(String(peer.definition_en), /stages·urban\/rural/);
    assert.ok(dims.find((r) => r.id === 'school')!.definition_zh);
    for (const d of dims.filter((r) => r.definition_zh && r.id !== 'total')) assert.ok(d.definition_en, `${d.id} has an English definition`);
    assert.match(String(dims.find((r) => r.id === 'stage')!.definition_en), /小学 = Primary/);
  });
});
