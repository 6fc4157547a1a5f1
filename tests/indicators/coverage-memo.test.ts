/** check's x list, remembered per year, is the list worked out afresh, whatever changed since. */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from '../helpers/fixtures.ts';
import { xReasons } from '../../src/lib/indicators/coverage.ts';
import { rememberedXReasons } from '../../src/lib/indicators/coverage-memo.ts';
import type { Dataset } from '../../src/lib/ingest/index.ts';
import { recordTable } from '../../src/lib/ingest/table.ts';
import type { RecordRow } from '../../src/lib/ingest/sheet.ts';

const staff = Array.from({ length: 20 }, (_, i) => `JS${String(i + 1).padStart(4, '0')}`);
const roster = (ids: readonly string[]) => xlsxFile({ name: '花名册', rows: [[...ROSTER_HEADER], ...ids.map((id) => rosterRow(id))] });
const training = (year: number, ids: readonly string[]) => xlsxFile({ name: '培训', rows: [['教师编号', '培训项目', '培训级别', '学时', '开始日期'], ...ids.map((id) => [id, '某项目', '县级', 12, `${year}-03-01`])] });
const shown = (reasons: ReturnType<typeof xReasons>) => reasons.map((r) => `${r.year} ${r.reason.zh} ${r.indicators.map((i) => i.id).join(',')}`);

describe('the x list remembered between checks', () => {
  it('is the list worked out afresh, served from the cache only for the years whose inputs are unchanged', async () => {
    const dir = await dataFolder({
      '2022/花名册.xlsx': roster(staff),
      '2023/花名册.xlsx': roster(staff.slice(2)),
      '2023/培训.xlsx': training(2023, staff.slice(2, 12)),
      '2024/花名册.xlsx': roster(staff.slice(4)),
      '2024/培训.xlsx': training(2024, staff.slice(2, 8)),
    });
    const { dataset, config } = await ingestFolder(dir);
    const cache = await tempDir();
    const memo = join(cache, 'check', 'x-reasons.json');
    assert.deepEqual(shown(await rememberedXReasons(dataset, config, cache)), shown(xReasons(dataset, config)));
    assert.deepEqual(shown(await rememberedXReasons(dataset, config, cache)), shown(xReasons(dataset, config)));

    // Mark each year's remembered answer: a mark that comes back was served from the memo.
    const mark = async () => {
      const stored = JSON.parse(await readFile(memo, 'utf8')) as Record<string, { reasons: { reason: { zh: string } }[] }>;
      for (const [year, entry] of Object.entries(stored)) for (const r of entry.reasons) r.reason.zh = `${r.reason.zh}〔${year}〕`;
      await writeFile(memo, JSON.stringify(stored));
    };
    const served = (reasons: ReturnType<typeof xReasons>) => [...new Set(reasons.filter((r) => r.reason.zh.endsWith(`〔${r.year}〕`)).map((r) => r.year))];

    // 2023's training changes: 2023 is worked out again; so is 2024, whose people are looked up in 2023's roster.
    await mark();
    const records = new Map(dataset.records);
    records.set(2023, { ...records.get(2023), training: records.get(2023)!.training!.slice(1) });
    const changed: Dataset = { ...dataset, records };
    const again = await rememberedXReasons(changed, config, cache);
    assert.deepEqual(served(again), [2022]);
    assert.deepEqual(shown(again).filter((l) => !l.startsWith('2022')), shown(xReasons(changed, config)).filter((l) => !l.startsWith('2022')));

    // Without 2022 at all, 2023 (whose previous year it was) is worked out again, and so is 2024:
    // its five-year training cycle (2021–2025) asks whether 2022 is there, though it reads none of its data.
    await mark();
    const later = new Map([...records].filter(([year]) => year !== 2022));
    const fewer: Dataset = { ...dataset, records: later, years: [2023, 2024] };
    const third = await rememberedXReasons(fewer, config, cache);
    assert.deepEqual(served(third), []);
    assert.deepEqual(shown(third), shown(xReasons(fewer, config)));

    // Tables as ingest makes them (Arrow columns, read as bytes): against the same records, one
    // changed number, one changed repeated word (a dictionary column: its keys), every row's word
    // changed alike (its values, under the same keys) or one value made empty is seen, and the
    // year worked out again.
    // (Row 3's hours are 0, where an empty cell's slot holds 0 too: only the validity bitmap tells them apart.)
    const rowsOf2024 = () => (records.get(2024)!.training!.objects() as Record<string, unknown>[]).map((r, i) => (i === 3 ? { ...r, hours: 0 } : r));
    const withTraining = (rows: Record<string, unknown>[]): Dataset => ({ ...dataset, records: new Map([...records, [2024, { ...records.get(2024), training: recordTable(rows as unknown as RecordRow[]) }]]) });
    const base = withTraining(rowsOf2024());
    assert.ok(['hours', 'level'].every((c) => !Array.isArray(base.records.get(2024)!.training!.column(c))), 'the fixture reads Arrow columns');
    const edits: ((rows: Record<string, unknown>[]) => void)[] = [
      (rows) => { rows[2]!['hours'] = 13; },
      (rows) => { rows[2]!['level'] = '市级'; },
      (rows) => { for (const r of rows) r['level'] = r['level'] === '县级' ? '市级' : '县级'; },
      (rows) => { rows[2]!['hours'] = null; },
      (rows) => { rows[3]!['hours'] = null; },
    ];
    const of2024 = (lines: string[]) => lines.filter((l) => l.startsWith('2024'));
    for (const edit of edits) {
      await rememberedXReasons(base, config, cache);
      await mark();
      assert.ok(served(await rememberedXReasons(base, config, cache)).includes(2024), 'the same records: served from the memo');
      const rows = rowsOf2024();
      edit(rows);
      const edited = withTraining(rows);
      const fourth = await rememberedXReasons(edited, config, cache);
      assert.ok(!served(fourth).includes(2024), `2024 worked out again after ${edit.toString()}`);
      assert.deepEqual(of2024(shown(fourth)), of2024(shown(xReasons(edited, config))));
    }

    // Another site.yaml: every year again. A memo that is not JSON: every year again, and no failure.
    const other = { ...config, statistics_date: '08-31' };
    assert.deepEqual(shown(await rememberedXReasons(fewer, other, cache)), shown(xReasons(fewer, other)));
    await writeFile(memo, '{"2023": {"basis": 1}, "2024": ');
    assert.deepEqual(shown(await rememberedXReasons(fewer, other, cache)), shown(xReasons(fewer, other)));
  });
});
