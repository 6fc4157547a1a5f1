/**
 * The downloads "per year and as a whole" (PRODUCT.md): beside indicators.csv and .xlsx, one CSV
 * and one Excel workbook a year, holding exactly that year's rows of the whole.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as XLSX from 'xlsx';
import { writeDownloads, yearDownload } from '../../src/lib/downloads/write.ts';
import bachelorPlusShare from '../../src/lib/indicators/degree/bachelor_plus_share.ts';
import honours from '../../src/lib/indicators/recognition/honours.ts';
import type { Estimate, Indicator } from '../../src/lib/indicators/types.ts';
import type { IndicatorData, SiteData } from '../../src/lib/site/data.ts';
import { tempDir } from '../helpers/fixtures.ts';

const estimate = (indicator: string, year: number, value: number): Estimate =>
  ({ year, indicator, dimension: 'total', category: '全部', value, numerator: value, denominator: null, symbol: '', basis: 'count' }) as Estimate;
const data = (indicator: Indicator, estimates: Estimate[]): IndicatorData => {
  const { measure: _, target: __, ...rest } = indicator;
  return { ...rest, estimates } as IndicatorData;
};
const site = {
  years: [2023, 2024],
  schools: [],
  publication: { published: '2025-03-31' },
  indicators: [
    data(honours, [estimate(honours.id, 2023, 90), estimate(honours.id, 2024, 94)]),
    data(bachelorPlusShare, [estimate(bachelorPlusShare.id, 2023, 84.5), estimate(bachelorPlusShare.id, 2024, 86)]),
  ],
} as unknown as SiteData;

describe('the downloads of one year', () => {
  it('are a CSV and an Excel workbook a year, each that year’s rows of the whole and no other', async () => {
    const dir = await tempDir();
    const written = await writeDownloads(dir, site);
    for (const year of [2023, 2024]) for (const ext of ['csv', 'xlsx'] as const) assert.ok(written.includes(yearDownload(year, ext)), yearDownload(year, ext));
    const lines = async (name: string) => (await readFile(join(dir, 'downloads', name), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const [head, ...whole] = await lines('indicators.csv');
    const of2024 = await lines(yearDownload(2024, 'csv'));
    assert.equal(of2024[0], head);
    assert.deepEqual(of2024.slice(1), whole.filter((l) => l.startsWith('2024,')));
    assert.equal(of2024.length - 1, 2);
    const wb = XLSX.read(await readFile(join(dir, 'downloads', yearDownload(2023, 'xlsx'))), { type: 'buffer' });
    const years = wb.SheetNames.flatMap((n) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[n]!, { header: 1 }).slice(1).map((r) => r[0]));
    assert.ok(years.length > 0);
    assert.deepEqual([...new Set(years)], [2023]);
  });
});
