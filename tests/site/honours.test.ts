/**
 * Honours are counted by record (a person honoured twice counts twice): the figure is 人次 /
 * awards, named so in the registry and in every place that takes its unit's word from it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as XLSX from 'xlsx';
import { ENGLISH_SHEET, indicatorsWorkbook } from '../../src/lib/downloads/xlsx.ts';
import honours from '../../src/lib/indicators/recognition/honours.ts';
import trainingPersonTimes from '../../src/lib/indicators/training/training_person_times.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';
import type { Estimate } from '../../src/lib/indicators/types.ts';
import type { IndicatorData } from '../../src/lib/site/data.ts';
import { formatChange, formatEstimate, unitLabel } from '../../src/lib/site/format.ts';

const total = (year: number, value: number): Estimate =>
  ({ year, indicator: 'honours', dimension: 'total', category: '全部', value, symbol: '', numerator: value, denominator: null, basis: 'count' }) as Estimate;

describe('the honours indicator', () => {
  it('is named for awards, not people: 表彰奖励人次 / Honours awarded, in 人次 / awards', () => {
    assert.equal(honours.name.zh, '表彰奖励人次');
    assert.equal(honours.name.en, 'Honours awarded');
    assert.equal(honours.short.zh, '表彰人次');
    assert.equal(unitLabel(honours.unit, 'zh'), '人次');
    assert.equal(unitLabel(honours.unit, 'en'), 'awards');
    // Training keeps its own word.
    assert.equal(unitLabel(trainingPersonTimes.unit, 'en'), 'attendances');
  });

  it('is written and compared as a count', () => {
    const figure = { unit: honours.unit, decimals: honours.decimals }; // as the site publishes it (no target)
    assert.equal(formatEstimate(total(2024, 94), figure, 'zh', true), '94人次');
    assert.equal(formatEstimate(total(2024, 94), figure, 'en', true), '94');
    assert.equal(formatChange(total(2024, 94), total(2023, 90), honours, 'zh'), '比上年增加4人次，增长4.4%');
    assert.equal(formatChange(total(2024, 94), total(2023, 90), honours, 'en'), 'up 4 (4.4%) on the previous year');
  });

  it('heads its column of indicators.xlsx by its name and unit in both languages', () => {
    const { measure: _, ...rest } = honours;
    const data = { ...rest, estimates: [total(2024, 94)] } as unknown as IndicatorData;
    const wb = XLSX.read(indicatorsWorkbook([data]), { type: 'array' });
    const heads = (name: string) => (XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name]!, { header: 1 })[0] ?? []);
    const zhSheet = wb.SheetNames.find((n) => n !== ENGLISH_SHEET)!;
    assert.ok(heads(zhSheet).includes('表彰奖励人次（人次）'), heads(zhSheet).join(' | '));
    assert.ok(heads(ENGLISH_SHEET).includes('Honours awarded (awards)'), heads(ENGLISH_SHEET).join(' | '));
  });

  it('is one of the registry’s counts of records, none of which is named as a count of people (人数)', () => {
    const records = INDICATORS.filter((i) => ['person-times', 'awards'].includes(i.unit));
    assert.ok(records.some((i) => i.id === 'honours'));
    for (const i of records) assert.doesNotMatch(`${i.name.zh} ${i.short.zh}`, /人数/, i.id);
  });
});
