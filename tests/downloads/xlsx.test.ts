/**
 * The Excel downloads as a reader opens them: indicators.xlsx a column per indicator, and each
 * indicator's own workbook (linked from its page) what its page's tables show, a share with its
 * numerator and denominator.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as XLSX from 'xlsx';
import { ENGLISH_SHEET, indicatorsWorkbook } from '../../src/lib/downloads/xlsx.ts';
import bachelorPlusShare from '../../src/lib/indicators/degree/bachelor_plus_share.ts';
import honours from '../../src/lib/indicators/recognition/honours.ts';
import type { Estimate, Indicator } from '../../src/lib/indicators/types.ts';
import type { IndicatorData } from '../../src/lib/site/data.ts';

const estimate = (indicator: string, category: string, value: number | null, numerator: number | null, denominator: number | null, symbol = ''): Estimate =>
  ({ year: 2024, indicator, dimension: category === 'total' ? 'total' : 'stage', category, value, numerator, denominator, symbol, basis: 'count' }) as Estimate;

const data = (indicator: Indicator, estimates: Estimate[]): IndicatorData => {
  const { measure: _, ...rest } = indicator;
  return { ...rest, estimates } as unknown as IndicatorData;
};

const share = data(bachelorPlusShare, [estimate(bachelorPlusShare.id, 'total', 86.04, 3888, 4519), estimate(bachelorPlusShare.id, '特殊教育', null, null, null, 'c')]);
const count = data(honours, [estimate(honours.id, 'total', 94, 94, null)]);

/** A workbook's sheet as rows of cells, its head first. */
const rowsOf = (bytes: Uint8Array, sheet: (names: string[]) => string) => {
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
  const ws = wb.Sheets[sheet(wb.SheetNames)]!;
  return { rows: XLSX.utils.sheet_to_json<(string | number)[]>(ws, { header: 1 }), ws };
};

describe('an indicator’s own Excel workbook', () => {
  it('gives a share with its numerator and denominator, as its page’s tables do, in Chinese and in English', () => {
    const zh = rowsOf(indicatorsWorkbook([share]), (names) => names.find((n) => n !== ENGLISH_SHEET)!);
    assert.deepEqual(zh.rows[0]!.slice(4), ['本科及以上学历专任教师比例（%）', '分子', '分母']);
    const total = zh.rows.find((r) => r[2] === '全部')!;
    assert.deepEqual(total.slice(4), [86, 3888, 4519]);
    assert.equal(zh.ws['F2']?.z, '#,##0');
    // A withheld figure is withheld in all three columns: its numerator would give it away.
    assert.deepEqual(zh.rows.find((r) => r[2] === '特殊教育')!.slice(4), ['c', 'c', 'c']);
    const en = rowsOf(indicatorsWorkbook([share]), () => ENGLISH_SHEET);
    assert.deepEqual(en.rows[0]!.slice(5), ['Numerator', 'Denominator']);
  });

  it('gives a count its figure alone, and indicators.xlsx a single column per indicator', () => {
    const own = rowsOf(indicatorsWorkbook([count]), (names) => names.find((n) => n !== ENGLISH_SHEET)!);
    assert.deepEqual(own.rows[0]!.slice(4), ['表彰奖励人次（人次）']);
    const all = rowsOf(indicatorsWorkbook([share, count]), () => ENGLISH_SHEET);
    assert.equal(all.rows[0]!.length, 4 + 2);
  });
});
