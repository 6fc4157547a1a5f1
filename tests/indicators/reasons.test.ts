/** The reasons check gives for x are the site's own: the same (year, indicator) pairs, the same words. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, xlsxFile } from '../helpers/fixtures.ts';
import { computeIndicators } from '../../src/lib/indicators/compute.ts';
import { xReasons, xSummaryLines } from '../../src/lib/indicators/coverage.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';

const staff = Array.from({ length: 20 }, (_, i) => `JS${String(i + 1).padStart(4, '0')}`);
const roster = (ids: readonly string[]) => xlsxFile({ name: '花名册', rows: [[...ROSTER_HEADER], ...ids.map((id) => rosterRow(id))] });

describe('reasons for x', () => {
  it('name exactly the totals the site shows as x, with the note the page shows', async () => {
    const dir = await dataFolder({
      '2022/花名册.xlsx': roster(staff),
      '2023/花名册.xlsx': roster(staff.slice(2)),
      '2023/培训.xlsx': xlsxFile({ name: '培训', rows: [['教师编号', '培训项目', '培训级别', '学时', '开始日期'], ...staff.slice(2, 12).map((id) => [id, '某项目', '县级', 12, '2023-03-01'])] }),
      '2024/培训.xlsx': xlsxFile({ name: '培训', rows: [['教师编号', '培训项目', '培训级别', '学时', '开始日期'], ...staff.slice(2, 8).map((id) => [id, '某项目', '县级', 12, '2024-03-01'])] }),
    });
    const { dataset, config } = await ingestFolder(dir);
    const reasons = xReasons(dataset, config);
    const fromReasons = new Set(reasons.flatMap((r) => r.indicators.map((i) => `${r.year} ${i.id} ${r.reason.zh}`)));
    const series = computeIndicators(dataset, config);
    const fromSite = new Set(series.flatMap((s) => s.estimates.filter((e) => e.dimension === 'total' && e.symbol === 'x').map((e) => `${e.year} ${e.indicator} ${e.note?.zh}`)));
    assert.deepEqual([...fromReasons].sort(), [...fromSite].sort());

    const noRoster = reasons.find((r) => r.year === 2024 && r.reason.zh === '没有“教职工名册”（数据未报送）。');
    assert.ok(noRoster, JSON.stringify(reasons.map((r) => [r.year, r.reason.zh])));
    assert.equal(noRoster.reason.en, 'No staff roster table was supplied.');
    assert.ok(noRoster.indicators.length > 8);
    const lines = xSummaryLines(reasons);
    assert.equal(lines[0], '将显示为 x 的指标 Indicators that will show x:');
    const line = lines.find((l) => l.startsWith('  2024 年：没有“教职工名册”'))!;
    assert.match(line, new RegExp(`等 ${noRoster.indicators.length} 项$`));
    assert.equal(line.split('→ ')[1]!.split('、').length, 8);
    // every indicator whose source 2022 lacks says so: no exits, no recruitment … in any year
    for (const ind of INDICATORS.filter((i) => i.sources.length === 1 && i.sources[0] === 'exits')) {
      assert.ok(reasons.some((r) => r.year === 2022 && r.indicators.includes(ind) && r.reason.zh === '没有“减员”表（数据未报送）。'), ind.id);
    }
  });
});
