/**
 * Schools by identity (issue 15, point 3): a school is its 学校代码 where any table gives one,
 * so a renamed school keeps its figures; names without codes that look like a typo of another
 * year's school, and roster schools missing from the schools table, are warnings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SiteConfig } from '../../src/lib/config.ts';
import { yearContexts } from '../../src/lib/indicators/context.ts';
import { evaluate } from '../../src/lib/indicators/evaluate.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';
import type { Dataset } from '../../src/lib/ingest/index.ts';
import { formatIssue, where, type Issue } from '../../src/lib/ingest/issues.ts';
import { closest, distance, knownName } from '../../src/lib/ingest/schools.ts';
import { siteData } from '../../src/lib/site/data.ts';
import { schoolNameEn } from '../../src/i18n/school-names.ts';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, xlsxFile, type Cell } from '../helpers/fixtures.ts';
import { rowsOf } from '../helpers/records.ts';

const CODED_HEADER = [...ROSTER_HEADER, '学校标识码'];
const SCHOOLS_HEADER = ['学校名称', '学校代码', '学段', '城乡', '在校生数'];
const EXCHANGE_HEADER = ['教师编号', '姓名', '原单位', '交流单位', '交流方式', '开始日期'];

interface Person { id: string; school: string; code?: string | undefined; locality: string }
/** A roster sheet (学校名称 in column E, 学校标识码 in K when codes are given). */
const roster = (people: readonly Person[], coded = true) => xlsxFile({
  name: '名册',
  rows: [coded ? CODED_HEADER : [...ROSTER_HEADER], ...people.map((p) => [...rosterRow(p.id, { 学校名称: p.school, 城乡: p.locality }), ...(coded ? [p.code ?? null] : [])])],
});
const schoolsTable = (rows: readonly Cell[][]) => xlsxFile({ name: '学校', rows: [SCHOOLS_HEADER, ...rows] });

/** 2023: 12 teachers at 城关小学 (城区), 8 at 河西小学 (乡村); 2024: two of 城关 left for 河西, one of 河西 left the roster. */
function staff(year: 2023 | 2024, cityName: string, coded = true): Person[] {
  const city = { school: cityName, code: coded ? '3199001001' : undefined, locality: '城区' };
  const rural = { school: '河西小学', code: coded ? '3199001002' : undefined, locality: '乡村' };
  const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `T${String(from + i).padStart(2, '0')}`);
  if (year === 2023) return [...ids(1, 12).map((id) => ({ id, ...city })), ...ids(13, 20).map((id) => ({ id, ...rural }))];
  return [...ids(1, 10).map((id) => ({ id, ...city })), ...ids(11, 12).map((id) => ({ id, ...rural })), ...ids(13, 19).map((id) => ({ id, ...rural }))];
}

const estimates = (id: string, dataset: Dataset, config: SiteConfig, year = 2024) =>
  evaluate(INDICATORS.find((i) => i.id === id)!, yearContexts(dataset.records, config).find((c) => c.year === year)!);
const figure = (id: string, dataset: Dataset, config: SiteConfig, dimension: string, category: string, year = 2024) =>
  estimates(id, dataset, config, year).find((e) => e.dimension === dimension && e.category === category)?.value;
function one(issues: readonly Issue[], code: string): Issue {
  const found = issues.filter((i) => i.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got:\n${issues.map(formatIssue).join('\n')}`);
  return found[0]!;
}
const schoolIssues = (issues: readonly Issue[]) => issues.filter((i) => i.code.startsWith('school'));

describe('a renamed school (same 学校代码, new 学校名称)', () => {
  it('is one school: a warning naming old → new, and the same-school stay rate equals the one without the rename', async () => {
    const renamed = await ingestFolder(await dataFolder({ '2023/名册.xlsx': roster(staff(2023, '城关小学')), '2024/名册.xlsx': roster(staff(2024, '城关第一实验小学')) }));
    const same = await ingestFolder(await dataFolder({ '2023/名册.xlsx': roster(staff(2023, '城关小学')), '2024/名册.xlsx': roster(staff(2024, '城关小学')) }));
    assert.deepEqual(schoolIssues(same.dataset.issues), []);
    const w = one(renamed.dataset.issues, 'school-renamed');
    assert.equal(w.severity, 'warning');
    assert.equal(where(w), '2024/名册.xlsx › 名册 › E2');
    assert.equal(w.zh, '学校代码 3199001001 的学校名称由 2023 年的“城关小学”改为 2024 年的“城关第一实验小学”；按同一所学校连续统计，网站显示最新名称“城关第一实验小学”。如不是同一所学校，请核对学校代码。');
    assert.equal(w.en, 'School code 3199001001 is named "城关小学" in 2023 and "城关第一实验小学" in 2024; counted as one school throughout, shown under its latest name "城关第一实验小学". If these are two schools, check the code.');

    // 17 of 20 stay at the same school: 10 of 12 in the city, 7 of 8 in the country.
    const stay = (d: typeof same, dim: string, cat: string) => figure('school_stay_rate', d.dataset, d.config, dim, cat);
    assert.equal(stay(same, 'total', '全部'), 85);
    assert.equal(stay(renamed, 'total', '全部'), stay(same, 'total', '全部'));
    assert.equal(stay(renamed, 'locality', '城区'), stay(same, 'locality', '城区'));
    assert.equal(stay(renamed, 'locality', '乡村'), stay(same, 'locality', '乡村'));
    // Per school, last year's figures go under the latest name: one series, one page.
    assert.equal(figure('fulltime_teachers', renamed.dataset, renamed.config, 'school', '城关第一实验小学', 2023), 12);
    assert.equal(figure('fulltime_teachers', renamed.dataset, renamed.config, 'school', '城关小学', 2023), undefined);
    const schools = siteData(renamed.config, renamed.dataset, [], { years: [], items: [] } as never).schools;
    assert.deepEqual(schools.map((s) => [s.name, s.slug]), [['城关第一实验小学', '3199001001'], ['河西小学', '3199001002']]);
  });

  it('is one school when only the schools tables give the codes, and old names in the exchange table follow', async () => {
    const folder = (newName: string) => dataFolder({
      '2023/名册.xlsx': roster(staff(2023, '城关小学', false), false),
      '2024/名册.xlsx': roster(staff(2024, newName, false), false),
      '2023/学校.xlsx': schoolsTable([['城关小学', '3199001001', '小学', '城区', 600], ['河西小学', '3199001002', '小学', '乡村', 200]]),
      '2024/学校.xlsx': schoolsTable([[newName, '3199001001', '小学', '城区', 610], ['河西小学', '3199001002', '小学', '乡村', 190]]),
      // the clerk of the exchange list still writes the old name
      '2024/交流.xlsx': xlsxFile({ name: '交流', rows: [EXCHANGE_HEADER, ['T03', null, '城关小学', '河西小学', '交流轮岗', '2024-09-01']] }),
    });
    const renamed = await ingestFolder(await folder('城关第一实验小学'));
    const same = await ingestFolder(await folder('城关小学'));
    assert.deepEqual(schoolIssues(same.dataset.issues), []);
    const w = one(renamed.dataset.issues, 'school-renamed');
    assert.equal(where(w), '2024/学校.xlsx › 学校 › A2');
    assert.match(w.zh, /由 2023 年的“城关小学”改为 2024 年的“城关第一实验小学”/);
    assert.deepEqual(renamed.dataset.issues.filter((i) => i.severity === 'error'), []);
    for (const [id, dim, cat] of [['school_stay_rate', 'total', '全部'], ['school_stay_rate', 'locality', '城区'], ['exchange_count', 'total', '全部'], ['exchange_count', 'direction', '城区→乡村'], ['student_teacher_ratio', 'total', '全部']] as const) {
      assert.notEqual(figure(id, same.dataset, same.config, dim, cat), undefined, `${id} ${dim} ${cat}`);
      assert.equal(figure(id, renamed.dataset, renamed.config, dim, cat), figure(id, same.dataset, same.config, dim, cat), `${id} ${dim} ${cat}`);
    }
    assert.equal(figure('exchange_count', renamed.dataset, renamed.config, 'school', '城关第一实验小学'), 1);
  });

  it('tells two schools of one name apart by their codes, and an exchange between a school\'s two names is to itself', async () => {
    const people = [...['A1', 'A2'].map((id) => ({ id, school: '中心小学', code: '3199001005', locality: '镇区' })), ...['B1', 'B2'].map((id) => ({ id, school: '中心小学', code: '3199001006', locality: '乡村' }))];
    const { dataset, config } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster(people) }));
    assert.deepEqual(dataset.issues, []);
    assert.equal(figure('fulltime_teachers', dataset, config, 'school', '中心小学（3199001005）'), 2);
    assert.equal(figure('fulltime_teachers', dataset, config, 'school', '中心小学（3199001006）'), 2);
    assert.equal(schoolNameEn('中心小学（3199001005）'), 'Central Primary School (3199001005)');

    const { dataset: moved } = await ingestFolder(await dataFolder({
      '2023/名册.xlsx': roster(staff(2023, '城关小学')), '2024/名册.xlsx': roster(staff(2024, '城关第一实验小学')),
      '2024/交流.xlsx': xlsxFile({ name: '交流', rows: [EXCHANGE_HEADER, ['T03', null, '城关小学', '城关第一实验小学', '交流轮岗', '2024-09-01']] }),
    }));
    const e = one(moved.issues, 'same-school');
    assert.equal(where(e), '2024/交流.xlsx › 交流 › D2');
    assert.equal(e.zh, '交流单位与原单位相同（“城关小学”与“城关第一实验小学”学校代码相同）。');
  });
});

describe('a school name without a code seen in one year only', () => {
  it('close to a school of other years: “您是否指 …？ / did you mean …?”', async () => {
    const dir = await dataFolder({
      '2022/名册.xlsx': roster(staff(2023, '城关第一小学', false).slice(1), false),
      '2023/名册.xlsx': roster(staff(2023, '城关第一小学', false), false),
      '2024/名册.xlsx': roster(staff(2024, '城关第一小字', false), false),
    });
    const { dataset } = await ingestFolder(dir);
    const w = one(dataset.issues, 'school-similar-name');
    assert.equal(w.severity, 'warning');
    assert.equal(where(w), '2024/名册.xlsx › 名册 › E2');
    assert.equal(w.zh, '学校名称“城关第一小字”只在 2024 年出现，与 2022–2023 年的学校“城关第一小学”只差 1 个字。您是否指“城关第一小学”？如是，请改正名称（或补上学校代码），否则两者按两所学校统计；如是新学校，无需处理。');
    assert.equal(w.en, 'School name "城关第一小字" appears only in 2024 and differs by 1 character from "城关第一小学" (2022–2023). Did you mean "城关第一小学"? If so, correct the name (or give the school code), else they count as two schools; if it is a new school, nothing to do.');
    // Two years, each name in one: only the later is asked about.
    const { dataset: two } = await ingestFolder(await dataFolder({
      '2023/名册.xlsx': roster(staff(2023, '城关第一小学', false), false),
      '2024/名册.xlsx': roster(staff(2024, '城关第一小字', false), false),
    }));
    assert.match(one(two.issues, 'school-similar-name').zh, /^学校名称“城关第一小字”只在 2024 年出现，与 2023 年的学校“城关第一小学”/);
  });

  it('is quiet for new schools told apart by a number, a stage or a direction, for short names, and for names with codes', async () => {
    const year = (names: string[], coded = false) => roster(names.map((school, i) => ({ id: `P${i}${school.length}`, school, code: coded ? `31990010${10 + i}` : undefined, locality: '城区' })), coded);
    const { dataset } = await ingestFolder(await dataFolder({
      '2023/名册.xlsx': year(['城关第一小学', '实验小学', '一中', '东关镇中心小学']),
      '2024/名册.xlsx': year(['城关第一小学', '城关第三小学', '实验小学', '实验中学', '一中', '二中', '东关镇中心小学', '西关镇中心小学']),
    }));
    assert.deepEqual(schoolIssues(dataset.issues), []);
    assert.equal(closest('实验小学', [knownName('实验小学'), knownName('实验中学')]), null);
    assert.equal(closest('县实验小学', [knownName('县实验小学校')]), '县实验小学校');
    assert.equal(closest('示例县城关镇第一中学', [knownName('示例县城关镇第一初级中学')]), null); // 3 apart
    assert.equal(closest('示例县城关镇第一中学', [knownName('示例县城关镇第一中')]), '示例县城关镇第一中');
    assert.equal(distance('城关第一小字', '城关第一小学'), 1);
  });
});

describe('a roster school missing from that year\'s schools table', () => {
  it('is a warning naming the school, its rows and the roster cell, with the closest listed name', async () => {
    const people = [...['A1', 'A2', 'A3'].map((id) => ({ id, school: '城关小学', locality: '城区' })), ...['B1', 'B2'].map((id) => ({ id, school: '河西小学', locality: '乡村' }))];
    const { dataset } = await ingestFolder(await dataFolder({
      '2024/名册.xlsx': roster(people, false),
      '2024/学校.xlsx': schoolsTable([['城关小学', null, '小学', '城区', 600], ['河西镇小学', null, '小学', '乡村', 200]]),
    }));
    const w = one(dataset.issues, 'school-not-listed');
    assert.equal(w.severity, 'warning');
    assert.equal(where(w), '2024/名册.xlsx › 名册 › E5');
    assert.equal(w.zh, '名册中学校“河西小学”共 2 行，但 2024 年的学校表中没有这所学校。您是否指“河西镇小学”？请在学校表中补上该校，或使两表的名称一致；否则依赖学校表的数字（在校生数、生师比、交流轮岗的城乡）不含该校或计为“不详”。');
    assert.equal(w.en, 'The roster names school "河西小学" in 2 rows, but 2024\'s schools table does not list it. Did you mean "河西镇小学"? Add it to the schools table, or make the two tables\' names agree; otherwise figures that use the schools table (pupils, pupil–teacher ratio, exchange areas) leave it out or count it as unknown.');
  });

  it('a roster school whose code the schools table lists under another name is listed', async () => {
    const people = ['A1', 'A2'].map((id) => ({ id, school: '城关小学', code: '3199001001', locality: '城区' }));
    const { dataset } = await ingestFolder(await dataFolder({
      '2024/名册.xlsx': roster(people),
      '2024/学校.xlsx': schoolsTable([['城关第一实验小学', '3199001001', '小学', '城区', 600]]),
    }));
    assert.deepEqual(schoolIssues(dataset.issues), []);
    assert.equal(rowsOf(dataset, 2024, 'roster')![0]!['school'], '城关第一实验小学');
  });
});

describe('学校代码 as the national systems head it', () => {
  for (const header of ['学校（机构）标识码', '单位代码', '学校标识码']) {
    it(`reads ${header}`, async () => {
      const rows = [[...ROSTER_HEADER, header], [...rosterRow('A1'), '3199001001']];
      const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows }) }));
      assert.equal(rowsOf(dataset, 2024, 'roster')![0]!['schoolCode'], '3199001001');
    });
  }
});
