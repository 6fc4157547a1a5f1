/** Figures quoted by hand in the bureaus' work summaries (../shared/seeds), recomputed from rows. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeIndicators } from '../../src/lib/indicators/compute.ts';
import { dataFolder, ingestFolder, xlsxFile, type Cell } from '../helpers/fixtures.ts';

describe('the seeds’ exchange figure', () => {
  it('“交流轮岗教师1049人，占义务教育专任教师的18.77%”: 1,049 of 5,589 compulsory-education teachers', async () => {
    const header = ['教师编号', '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', '最高学历', '专业技术职务'];
    // 5,589 compulsory-education teachers across 40 schools, half primary and half lower secondary.
    const roster: Cell[][] = Array.from({ length: 5589 }, (_, i) => {
      const school = i % 40;
      return [`T${i}`, i % 3 ? '女' : '男', '1985-03-01', `学校${school}`, school < 20 ? '小学' : '初中', school % 2 ? '乡村' : '城区', '专任教师', '本科', '一级'];
    });
    // 1,049 of them exchanged, each to the next school of the same stage; 20 have a second record (counted once).
    const exchange: Cell[][] = Array.from({ length: 1069 }, (_, k) => {
      const i = k < 1049 ? k : k - 1049;
      const school = i % 40;
      const to = school < 20 ? (school + 1) % 20 : 20 + ((school + 1) % 20);
      return [`T${i}`, `学校${school}`, `学校${to}`, '交流轮岗', k < 1049 ? '2024-09-01' : '2024-10-15'];
    });
    const dir = await dataFolder({
      '2024/名册.xlsx': xlsxFile({ rows: [header, ...roster] }),
      '2024/交流.xlsx': xlsxFile({ rows: [['教师编号', '原单位', '交流单位', '交流方式', '开始日期'], ...exchange] }),
    });
    const { dataset, config } = await ingestFolder(dir);
    const series = computeIndicators(dataset, config);
    const total = (id: string) => series.find((s) => s.indicator.id === id)!.estimates.find((e) => e.dimension === 'total')!;
    assert.equal(total('exchange_count').value, 1049);
    assert.equal(total('exchange_rate').denominator, 5589);
    assert.equal(total('exchange_rate').value!.toFixed(2), '18.77'); // 1049 / 5589 = 0.187690…
  });
});
