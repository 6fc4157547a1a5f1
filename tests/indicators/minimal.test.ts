/**
 * A bureau may send only the required columns. Every indicator must then still compute, or
 * say `x` where an optional column it needs is missing, never crash the build.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeIndicators } from '../../src/lib/indicators/compute.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';
import { TABLE_SPECS } from '../../src/lib/ingest/schema.ts';
import { dataFolder, ingestFolder, xlsxFile, type Cell } from '../helpers/fixtures.ts';

/** A plausible value for each required field, by key. */
const VALUE: Record<string, (i: number) => Cell> = {
  person: (i) => `T${i}`, sex: (i) => (i % 2 ? '男' : '女'), birth: () => '1985-01-01', school: (i) => `学校${i % 3}`,
  stage: (i) => (i % 2 ? '小学' : '初中'), locality: (i) => ['城区', '镇区', '乡村'][i % 3]!, post: () => '专任教师',
  education: () => '本科', title: () => '一级', stages: (i) => (i % 2 ? '小学' : '初中'), from: (i) => `学校${i % 3}`,
  to: (i) => `学校${(i + 1) % 3}`, mode: () => '支教', start: () => '2024-09-01', programme: () => '县培', level: () => '县级',
  hours: () => 24, channel: () => '公开招聘', hired: () => '2024-08-25', newTitle: () => '高级', granted: () => '2024-12-01',
  honour: () => '优秀教师', type: () => '退休', date: () => '2024-05-01', item: (i) => ['培训经费', '人才奖励', '乡村教师生活补助'][i % 3]!, amount: () => 1000,
};

describe('required columns only', () => {
  it('computes every indicator without failing', async () => {
    const files: Record<string, Uint8Array> = {};
    // Sub-sets of the national export (学习经历 …) are joined into the roster, not tables of their own.
    for (const spec of TABLE_SPECS.filter((s) => !s.subset)) {
      const fields = spec.fields.filter((f) => f.required || (f.key === 'person' && spec.identity !== 'none'));
      const rows = Array.from({ length: spec.kind === 'schools' ? 3 : 30 }, (_, i) => fields.map((f) => VALUE[f.key]!(i)));
      for (const year of [2023, 2024]) files[`${year}/${spec.kind}.xlsx`] = xlsxFile({ rows: [[`${year}年${spec.zh}`], fields.map((f) => f.header), ...rows] });
    }
    const { dataset, config } = await ingestFolder(await dataFolder(files));
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
    const series = computeIndicators(dataset, config);
    assert.equal(series.length, INDICATORS.length);
    for (const s of series) assert.ok(s.estimates.some((e) => e.year === 2024), s.indicator.id);
    // No 骨干类别 column: backbone figures are not available (x), never a published 0.
    for (const id of ['backbone_count', 'backbone_per_100', 'gap_backbone_per_100', 'exchange_backbone_share']) {
      const total = series.find((s) => s.indicator.id === id)!.estimates.find((e) => e.year === 2024 && e.dimension === 'total')!;
      assert.equal(total.symbol, 'x', id);
      assert.equal(total.value, null, id);
      assert.match(total.note?.zh ?? '', /骨干类别/, id);
    }
  });
});
