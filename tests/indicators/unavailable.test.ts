/** Every x says why: in check's summary and on the indicator page, from one evaluation. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unavailableReasons } from '../../src/lib/indicators/coverage.ts';
import { computeIndicators } from '../../src/lib/indicators/compute.ts';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, xlsxFile } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const roster = (n: number) => xlsxFile({ rows: [[...ROSTER_HEADER], ...Array.from({ length: n }, (_, i) => rosterRow(`A${i}`))] });

describe('an indicator that will be x', () => {
  it('says which table the year lacks, and check prints it with the indicators named', async () => {
    const dir = await dataFolder({
      '2023/名册.xlsx': roster(12),
      '2023/减员.xlsx': xlsxFile({ rows: [['教师编号', '类型', '日期'], ['A1', '退休', '2023-05-01']] }),
      '2024/名册.xlsx': roster(13),
    });
    const { dataset, config } = await ingestFolder(dir);
    const reasons = unavailableReasons(dataset, config);
    const exits = reasons.find((r) => r.year === 2024 && r.reason.zh.includes('“减员”表'));
    assert.ok(exits, 'a reason naming the exits table');
    assert.equal(exits.reason.zh, '2024年没有“减员”表（未报送）。');
    assert.ok(exits.indicators.some((i) => i.id === 'exits') && exits.indicators.some((i) => i.id === 'retirements'));
    // The page says the same: the estimate behind it carries the note.
    const total = computeIndicators(dataset, config).find((s) => s.indicator.id === 'exits')!.estimates.find((e) => e.year === 2024 && e.dimension === 'total')!;
    assert.equal(total.symbol, 'x');
    assert.deepEqual(total.note, exits.reason);

    const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /将显示为 x 的指标 Indicators that will show x:\n[\s\S]*2024 {2}2024年没有“减员”表（未报送）。 {2}2024 has no exits table \(not supplied\)\.\n {8}减员人数/);
  });
});
