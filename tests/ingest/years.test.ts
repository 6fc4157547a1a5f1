/**
 * Issue 15, point 4: a year folder after the current year (2031 typed for 2021, next year's
 * plan copied in) was published, with ages worked out at 2031. A folder of a year after
 * today's (the date passed to ingest; no clock inside the library) or before site.yaml
 * first_year is an error naming the folder, the year, today and what to do, and is not read;
 * `allow_future_years: true` in site.yaml reads it, and an earlier first_year allows an earlier year.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/lib/config.ts';
import { ingest } from '../../src/lib/ingest/index.ts';
import { formatIssue, type Issue } from '../../src/lib/ingest/issues.ts';
import { silentLogger } from '../../src/lib/logger.ts';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, xlsxFile } from '../helpers/fixtures.ts';

const roster = (year: number) => xlsxFile({ rows: [[`${year}年教职工名册`], [...ROSTER_HEADER], ...Array.from({ length: 3 }, (_, i) => rosterRow(`T${i}`, { 出生年月: '1985-03-01' }))] });
const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');
const show = (issues: readonly Issue[]) => issues.map(formatIssue).join('\n');
async function ingestOn(dir: string, today: string) {
  return ingest(dir, { config: await loadConfig(dir, {}), cacheDir: null, today, logger: silentLogger });
}

describe('year folders outside the years that may be published', () => {
  it('a folder after the current year is [future-year] naming the folder, the year and today, and is not read', async () => {
    // ingestFolder reads as on 2026-11-23
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster(2024), '2031/名册.xlsx': roster(2031), '2031/培训.xlsx': roster(2031) }));
    const [e, ...rest] = errors(dataset.issues);
    assert.deepEqual(rest, [], show(dataset.issues));
    assert.deepEqual([e?.code, e?.file, e?.sheet, e?.cell], ['future-year', '2031/', undefined, undefined]);
    assert.equal(e?.zh, '文件夹“2031”是 2031 年的数据，晚于今年（今天是 2026-11-23），其中 2 个表格文件未读取：尚未到来的年度不能发布。若年份写错，请把文件夹改为正确的年份（如 2026）；若是草稿或计划数据，请移出数据文件夹；确需发布，请在 site.yaml 中设置 allow_future_years: true。');
    assert.equal(e?.en, 'Folder "2031" holds data for 2031, after the current year (today is 2026-11-23); its 2 spreadsheet files were not read: a year that has not come cannot be published. If the year is mistyped, rename the folder to the right year (such as 2026); if it holds drafts or plans, move it out of the data folder; to publish it anyway, set allow_future_years: true in site.yaml.');
    assert.deepEqual(dataset.years, [2024]);
    assert.ok(!dataset.issues.some((i) => i.code === 'outside-year' || i.file.startsWith('2031/名册')), 'the folder is not read, so it reports no rows');
  });

  it('reads the future year when site.yaml allows it', async () => {
    const { dataset } = await ingestFolder(await dataFolder({ 'site.yaml': 'allow_future_years: true\n', '2024/名册.xlsx': roster(2024), '2031/名册.xlsx': roster(2031) }));
    assert.deepEqual(errors(dataset.issues), [], show(dataset.issues));
    assert.deepEqual(dataset.years, [2024, 2031]);
  });

  it('the current year is no future year, whatever the day; the year after is, from its folder name such as 2027年', async () => {
    const dir = await dataFolder({ '2026/名册.xlsx': roster(2026), '2027年/名册.xlsx': roster(2027) });
    const early = await ingestOn(dir, '2026-01-05');
    assert.deepEqual(early.years, [2026]);
    const e = errors(early.issues);
    assert.deepEqual(e.map((i) => [i.code, i.file]), [['future-year', '2027年/']]);
    assert.match(e[0]!.zh, /^文件夹“2027年”是 2027 年的数据，晚于今年（今天是 2026-01-05）/);
    assert.deepEqual(errors((await ingestOn(dir, '2027-01-01')).issues), []);
  });

  it('an empty folder made ready for next year is no error', async () => {
    const dir = await dataFolder({ '2024/名册.xlsx': roster(2024) });
    await mkdir(join(dir, '2027'));
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(errors(dataset.issues), []);
    assert.deepEqual(dataset.years, [2024]);
  });

  it('a folder before first_year is [before-first-year] naming the folder, the year and the setting; an earlier first_year allows it', async () => {
    const files = { '2012/名册.xlsx': roster(2012), '2015/名册.xlsx': roster(2015), '2024/名册.xlsx': roster(2024) };
    const { dataset } = await ingestFolder(await dataFolder({ 'site.yaml': 'first_year: 2015\n', ...files }));
    const e = errors(dataset.issues);
    assert.deepEqual(e.map((i) => [i.code, i.file]), [['before-first-year', '2012/']], show(dataset.issues));
    assert.equal(e[0]!.zh, '文件夹“2012”是 2012 年的数据，早于 site.yaml 设定的首个年度（first_year: 2015），其中 1 个表格文件未读取。若年份写错，请把文件夹改为正确的年份；若不应发布，请移出数据文件夹；确需发布该年，请把 site.yaml 中的 first_year 改为 2012。');
    assert.equal(e[0]!.en, 'Folder "2012" holds data for 2012, before the first year set in site.yaml (first_year: 2015); its 1 spreadsheet file was not read. If the year is mistyped, rename the folder to the right year; if it should not be published, move it out of the data folder; to publish it, set first_year: 2012 in site.yaml.');
    assert.deepEqual(dataset.years, [2015, 2024]);
    const { dataset: earlier } = await ingestFolder(await dataFolder({ 'site.yaml': 'first_year: 2012\n', ...files }));
    assert.deepEqual(errors(earlier.issues), []);
    assert.deepEqual(earlier.years, [2012, 2015, 2024]);
    const { dataset: unset } = await ingestFolder(await dataFolder(files));
    assert.deepEqual(errors(unset.issues), [], 'without first_year any year up to this one is read');
  });

  it('site.yaml allow_future_years must be true or false', async () => {
    await assert.rejects(loadConfig(await dataFolder({ 'site.yaml': 'allow_future_years: 2031\n' }), {}), /site\.yaml › allow_future_years/);
  });
});
