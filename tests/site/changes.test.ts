import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv, TIDY_COLUMNS, type TidyRow } from '../../src/lib/downloads/tidy.ts';
import { changesSummary, compareWithPrevious, withHistory } from '../../src/lib/site/changes.ts';
import { revisionCategory, revisionsCaption, revisionValue } from '../../src/lib/site/changes-view.ts';

const row = (year: number, value: number | null, symbol = ''): TidyRow => ({ year, indicator: 'fulltime_teachers', dimension: 'total', category: '全部', value, numerator: value, denominator: null, symbol });

describe('what changed since the previous build', () => {
  it('lists years added and figures revised, read from the previously published CSV', () => {
    const before = toCsv(TIDY_COLUMNS, [row(2023, 4000), row(2022, 3950)]);
    const changes = compareWithPrevious(before, [row(2022, 3950), row(2023, 4010), row(2024, 4100)]);
    assert.equal(changes.previous, true);
    assert.deepEqual(changes.yearsAdded, [2024]);
    assert.equal(changes.revisedCount, 1);
    assert.deepEqual(changes.revisions[0], { year: 2023, indicator: 'fulltime_teachers', dimension: 'total', category: '全部', before: '4000', after: '4010' });
  });

  it('counts a figure newly withheld as a revision, and says so when there was no previous build', () => {
    const before = toCsv(TIDY_COLUMNS, [row(2023, 12)]);
    assert.equal(compareWithPrevious(before, [row(2023, null, 'c')]).revisions[0]?.after, 'c');
    assert.equal(compareWithPrevious(null, [row(2023, 12)]).previous, false);
  });

  it('reads back categories the CSV had to quote or neutralise, so they are not taken for revisions', () => {
    const odd = (category: string, value: number): TidyRow => ({ ...row(2023, value), dimension: 'school', category });
    const rows = [odd('一小, 二部', 40), odd('=HYPERLINK("x")', 12), odd("'引号'小学", 9)];
    const changes = compareWithPrevious(toCsv(TIDY_COLUMNS, rows), rows);
    assert.equal(changes.revisedCount, 0);
  });

  it('keeps a dated history: each build that changed the published figures adds a line, newest first', () => {
    const first = withHistory(compareWithPrevious(null, [row(2023, 4000)]), null, '2025-03-31');
    assert.deepEqual(first.history, [{ date: '2025-03-31', first: true, yearsAdded: [2023], yearsRemoved: [], revisedCount: 0 }]);
    const published = JSON.stringify(first.history);
    // A rebuild of the same figures adds nothing; a new year and a revision add a line.
    const same = withHistory(compareWithPrevious(toCsv(TIDY_COLUMNS, [row(2023, 4000)]), [row(2023, 4000)]), published, '2025-04-01');
    assert.deepEqual(same.history, first.history);
    const next = withHistory(compareWithPrevious(toCsv(TIDY_COLUMNS, [row(2023, 4000)]), [row(2023, 4010), row(2024, 4100)]), published, '2026-03-31');
    assert.deepEqual(next.history.map((h) => [h.date, h.yearsAdded, h.revisedCount]), [['2026-03-31', [2024], 1], ['2025-03-31', [2023], 0]]);
    // A history that cannot be read starts afresh rather than stopping the build.
    assert.equal(withHistory(compareWithPrevious(null, []), '{oops', '2026-01-01').history.length, 1);
  });

  it('dates a line as site.yaml dates the publication when that date is new, and a later correction the day it was built', () => {
    // Built on 2026-12-06 for a publication the bureau dates 2025-03-31: the page's history agrees with its footer.
    const first = withHistory(compareWithPrevious(null, [row(2023, 4000), row(2024, 4100)]), null, '2026-12-06', '2025-03-31');
    assert.deepEqual(first.history.map((h) => [h.date, h.first, h.yearsAdded]), [['2025-03-31', true, [2023, 2024]]]);
    const before = toCsv(TIDY_COLUMNS, [row(2023, 4000), row(2024, 4100)]);
    const corrected = withHistory(compareWithPrevious(before, [row(2023, 4000), row(2024, 4101)]), JSON.stringify(first.history), '2026-12-20', '2025-03-31');
    assert.deepEqual(corrected.history.map((h) => h.date), ['2026-12-20', '2025-03-31']);
    const nextYear = withHistory(compareWithPrevious(toCsv(TIDY_COLUMNS, [row(2023, 4000), row(2024, 4101)]), [row(2023, 4000), row(2024, 4101), row(2025, 4200)]), JSON.stringify(corrected.history), '2027-03-20', '2027-03-31');
    assert.deepEqual(nextYear.history.map((h) => [h.date, h.yearsAdded]), [['2027-03-31', [2025]], ['2026-12-20', []], ['2025-03-31', [2023, 2024]]]);
  });

  it('says in the build output what changed: years added and the first revisions, old → new', () => {
    const before = toCsv(TIDY_COLUMNS, [row(2023, 4000)]);
    const lines = changesSummary(compareWithPrevious(before, [row(2023, 4010), row(2024, 4100)]));
    assert.match(lines[0]!, /新增年度 years added 2024; 删除年度 removed —; 修订数字 figures revised 1/);
    assert.equal(lines[1], '  2023 fulltime_teachers total 全部: 4000 → 4010');
  });

  it('names a revised figure\'s breakdown and category in the page\'s language, never the data\'s ids (stage:, school:, peer:) nor Chinese on the English page', () => {
    const revised = [['total', '全部'], ['stage', '小学'], ['school', '示例县第一小学'], ['peer', '小学·城区'], ['stage:ageBand', '小学|30-34岁']] as const;
    const zh = revised.map(([d, c]) => revisionCategory(d, c, 'zh'));
    const en = revised.map(([d, c]) => revisionCategory(d, c, 'en'));
    assert.deepEqual(zh, ['全部', '学段：小学', '学校：示例县第一小学', '同类学校：城区小学', '学段×年龄段：小学，30-34岁']);
    for (const text of zh) assert.doesNotMatch(text, /[A-Za-z]/, `no English on the Chinese page: ${text}`);
    for (const text of en) assert.doesNotMatch(text, /\p{Script=Han}/u, `no Chinese on the English page: ${text}`);
    assert.equal(en[2], 'School: Shili County No. 1 Primary School');
    assert.equal(en[3], 'Similar schools: urban primary schools');
  });

  it('writes a revised figure with its indicator\'s decimals and unit, as other pages do (80.0%, not a bare 80), and keeps a symbol', () => {
    const share = { unit: 'percent', decimals: 1 } as const;
    const gap = { unit: 'points', decimals: 1 } as const;
    const count = { unit: 'persons', decimals: 0 } as const;
    assert.deepEqual([revisionValue('80', share, 'zh'), revisionValue('80.6', share, 'zh')], ['80.0%', '80.6%']);
    assert.deepEqual([revisionValue('-1.2', gap, 'zh'), revisionValue('0.2', gap, 'en')], ['-1.2个百分点', '0.2 pp']);
    assert.deepEqual([revisionValue('4010', count, 'zh'), revisionValue('4010', count, 'en')], ['4,010人', '4,010']);
    assert.equal(revisionValue('c', share, 'zh'), 'c');
    assert.equal(revisionValue('12', undefined, 'zh'), '12', 'an indicator no longer published keeps the text it had');
  });

  it('captions the revised figures "the first N" only when some were left out of the table', () => {
    const changes = compareWithPrevious(toCsv(TIDY_COLUMNS, [row(2022, 3950), row(2023, 4000)]), [row(2022, 3951), row(2023, 4010)]);
    assert.equal(revisionsCaption(changes.revisions.length, changes.revisedCount, 'zh'), '修订的数字');
    assert.equal(revisionsCaption(changes.revisions.length, changes.revisedCount, 'en'), 'Revised figures');
    assert.equal(revisionsCaption(200, 1234, 'zh'), '修订的数字（共1,234个，列出前200个）');
    assert.equal(revisionsCaption(200, 1234, 'en'), 'Revised figures (the first 200 of 1,234)');
  });

  it('counts a published figure that is gone, or new in a year and indicator published before, as revised (a school renamed in a resubmitted workbook)', () => {
    const school = (category: string, value: number, indicator = 'fulltime_teachers'): TidyRow => ({ ...row(2023, value), indicator, dimension: 'school', category });
    const before = toCsv(TIDY_COLUMNS, [row(2023, 4000), school('东关镇中心小学', 40), school('东官镇中心小学', 12)]);
    const changes = compareWithPrevious(before, [row(2023, 4000), school('东关镇中心小学', 52)]);
    assert.equal(changes.revisedCount, 2);
    assert.deepEqual(changes.revisions.map((r) => [r.category, r.before, r.after]), [['东关镇中心小学', '40', '52'], ['东官镇中心小学', '12', '']]);
    assert.equal(revisionValue('', { unit: 'persons', decimals: 0 }, 'zh'), '未公布');
    assert.equal(revisionValue('', { unit: 'persons', decimals: 0 }, 'en'), 'not published');
    // A new school's figure in an indicator published before is a revision; an indicator new to the site is not.
    const added = compareWithPrevious(before, [row(2023, 4000), school('东关镇中心小学', 40), school('东官镇中心小学', 12), school('新建小学', 20), school('新建小学', 9, 'backbone_count')]);
    assert.deepEqual(added.revisions.map((r) => [r.indicator, r.category, r.before, r.after]), [['fulltime_teachers', '新建小学', '', '20']]);
  });
});
