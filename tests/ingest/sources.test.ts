/**
 * Real exports as they come: official spellings, the national system's sub-sets joined into the
 * roster, school facts from the schools table, sex and birth from the ID number, a bureau's own
 * words in site.yaml, and headers merged over two rows. Workbooks are written by SheetJS.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dataFolder, ingestFolder, xlsxFile, type Cell } from '../helpers/fixtures.ts';
import { EDUCATION, DEGREE, TITLE, TRAINING_LEVEL, TRAINING_FORM, BACKBONE_LEVEL, EXIT_TYPE, STAGE, POST, lookup, type Vocabulary } from '../../src/lib/ingest/vocabularies.ts';
import { normaliseKey } from '../../src/lib/ingest/normalise.ts';
import { rowsOf } from '../helpers/records.ts';

/** A valid 18-digit ID number for a birth date and sex (GB 11643 check digit). */
function idNumber(birth: string, sex: '男' | '女', n: number): string {
  const seq = String(n % 50 * 2 + (sex === '男' ? 1 : 0)).padStart(3, '0');
  const body = `310115${birth.replaceAll('-', '')}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

const errors = <T extends { severity: string }>(issues: readonly T[]) => issues.filter((i) => i.severity === 'error');

describe('official spellings', () => {
  const cases: [Vocabulary, string, string][] = [
    [EDUCATION, '大学本科毕业', '本科'], [EDUCATION, '硕士研究生毕业', '研究生'], [EDUCATION, '博士研究生毕业', '研究生'],
    [EDUCATION, '大学专科毕业', '专科'], [EDUCATION, '研究生班毕业', '研究生'], [EDUCATION, '大学普通班毕业', '本科'],
    [EDUCATION, '中等专科毕业', '高中阶段'], [EDUCATION, '职业高中毕业', '高中阶段'], [EDUCATION, '技工学校毕业', '高中阶段'],
    [EDUCATION, '普通高中毕业', '高中阶段'], [EDUCATION, '高中以下', '高中阶段以下'], [EDUCATION, '中等师范学校（幼儿师范学校）毕业', '高中阶段'],
    [EDUCATION, '中等师范学校_幼儿师范学校_毕业', '高中阶段'], [EDUCATION, '大学本科结业', '本科'], [EDUCATION, '大学专科肄业', '专科'],
    [EDUCATION, '专科及以下', '专科'], [EDUCATION, '21', '本科'], [EDUCATION, '21-大学本科毕业', '本科'],
    [DEGREE, '无学位', '无'], [DEGREE, '教育学学士学位', '学士'], [DEGREE, '文学学士学位', '学士'], [DEGREE, '理学硕士学位', '硕士'], [DEGREE, '教育硕士专业学位', '硕士'],
    [TITLE, '中小学正高级教师', '正高级'], [TITLE, '中小学高级教师', '高级'], [TITLE, '中小学三级教师', '三级'],
    [TITLE, '高级教师_中学', '高级'], [TITLE, '一级教师_小学', '一级'], [TITLE, '中学_中学高级教师', '高级'], [TITLE, '小学_小学一级教师', '二级'],
    [TITLE, '小学_小中高', '高级'], [TITLE, '小学_特高', '高级'], [TITLE, '幼教_幼教一级', '二级'], [TITLE, '中学_暂无职称', '未定级'], [TITLE, '未评级', '未定级'],
    [TRAINING_LEVEL, '10-国家级', '国家级'], [TRAINING_LEVEL, '20-省级', '省级'], [TRAINING_LEVEL, '30-地市级', '市级'], [TRAINING_LEVEL, '40-县级', '县级'],
    [TRAINING_LEVEL, '60-校级', '校级'], [TRAINING_LEVEL, '99-其他', '其他'], [TRAINING_LEVEL, '20', '省级'],
    [TRAINING_FORM, '1-长期脱产研修（一个月以上）', '集中面授'], [TRAINING_FORM, '2-短期面授培训', '集中面授'], [TRAINING_FORM, '3-网络研修', '网络研修'],
    [TRAINING_FORM, '4-面授培训与网络研修相结合', '混合式'], [TRAINING_FORM, '9-其他', '其他'], [TRAINING_FORM, '面授培训与网络研修相结合', '混合式'],
    [BACKBONE_LEVEL, '区级', '县级'], [BACKBONE_LEVEL, '否', '无'], [EXIT_TYPE, '离休', '退休'], [EXIT_TYPE, '当年离职', '辞职'],
    [STAGE, '特殊教育学校', '特殊教育'], [STAGE, '中等职业学校', '中职'], [STAGE, '职业教育', '中职'],
    [POST, '其它', '其他'], [POST, '专任老师', '专任教师'],
  ];
  it('maps every official and provincial spelling to its canonical value', () => {
    for (const [v, word, canonical] of cases) assert.equal(lookup(v, normaliseKey(word)), canonical, `${v.id}: ${word}`);
  });
  it('rejects a code whose name disagrees with it, and an unknown word', () => {
    assert.equal(lookup(TRAINING_LEVEL, '10-省级'), undefined);
    assert.equal(lookup(TITLE, '中教高级'), undefined);
  });
});

const SCHOOLS = [
  ['2024年教育事业统计 学校基本情况'],
  ['学校标识码', '学校名称', '办学类型', '城乡分类代码', '在校学生数'],
  ['3101150001', '城关小学', '小学', '111', 900],
  ['3101150002', '南岭初级中学', '初级中学', '210', 600],
  ['3101150003', '东湖九年一贯制学校', '九年一贯制学校', '121', 700],
];

describe('the national teacher system\'s workbook', () => {
  const people = [
    { id: idNumber('1980-05-06', '女', 1), staff: 'T001', school: '城关小学', category: '专任教师', study: [['大学专科毕业', '无', '否'], ['大学本科毕业', '学士', '是']], titles: [['中小学二级教师', '2005-09', '2012-08'], ['中小学一级教师', '2012-09', '']] },
    { id: idNumber('1975-11-30', '男', 2), staff: 'T002', school: '南岭初级中学', category: '专任教师', study: [['硕士研究生毕业', '硕士', '是']], titles: [['中小学高级教师', '2015-09', '']] },
    { id: idNumber('1990-01-15', '女', 3), staff: 'T003', school: '东湖九年一贯制学校', category: '行政人员', study: [['大学本科毕业', '学士', '是']], titles: [['未定职级', '2012-09', '']] },
  ];
  const workbook = () => xlsxFile(
    { name: '教职工基本信息', rows: [
      ['学校标识码', '*学校名称', '*姓名', '*性别', '教职工号', '*身份证件类型', '*身份证件号', '*出生日期', '民族', '政治面貌', '参加工作年月', '进本校年月', '*教职工类别', '是否在编', '是否是县级及以上骨干教师'],
      ...people.map((p, i): Cell[] => ['', p.school, `某${i}`, i === 1 ? '男' : '女', p.staff, '居民身份证', p.id, p.id.slice(6, 10) + '-' + p.id.slice(10, 12) + '-' + p.id.slice(12, 14), '汉族', '群众', '2000-09', '2010-09', p.category, '是', i === 1 ? '是' : '否']),
    ] },
    { name: '学习经历', rows: [
      ['学校名称', '姓名', '身份证件号', '入学年月', '毕业年月', '学历', '学位层次', '学位名称', '是否最高学历'],
      ...people.flatMap((p, i) => p.study.map(([edu, deg, top]): Cell[] => [p.school, `某${i}`, p.id, '1998-09', '2002-07', edu!, deg!, deg === '无' ? '' : `教育学${deg}学位`, top!])),
    ] },
    { name: '工作经历', rows: [['学校名称', '姓名', '身份证件号', '任职单位名称', '任职开始年月'], ...people.map((p, i): Cell[] => [p.school, `某${i}`, p.id, '某单位', '2000-09'])] },
    { name: '岗位聘任', rows: [['学校名称', '姓名', '身份证件号', '岗位类别', '岗位等级', '聘任开始年月'], ...people.map((p, i): Cell[] => [p.school, `某${i}`, p.id, '专业技术岗位', '专业技术岗位十级', '2015-09'])] },
    { name: '专业技术职务聘任', rows: [
      ['学校名称', '姓名', '身份证件号', '聘任专业技术职务', '聘任开始年月', '聘任结束年月', '聘任单位名称'],
      ...people.flatMap((p, i) => p.titles.map(([t, from, to]): Cell[] => [p.school, `某${i}`, p.id, t!, from!, to!, p.school])),
    ] },
    { name: '国内培训', rows: [
      ['学校名称', '姓名', '身份证件号', '培训年度', '培训类别', '培训项目名称', '培训机构名称', '培训方式', '培训获得学时', '培训获得学分'],
      [people[0]!.school, '某0', people[0]!.id, 2024, '20-省级', '省级骨干培训', '省教育学院', '1-长期脱产研修（一个月以上）', 60, 6],
      [people[1]!.school, '某1', people[1]!.id, 2024, '40-县级', '县级网络研修', '县教师发展中心', '网络研修', 24, 2],
    ] },
  );

  it('joins the sub-sets into one roster: education, title, stage and urban/rural class where they live', async () => {
    const dir = await dataFolder({ '2024/全国教师管理信息系统导出.xlsx': workbook(), '2024/学校名单.xlsx': xlsxFile({ rows: SCHOOLS }) });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(errors(dataset.issues), []);
    const roster = rowsOf(dataset, 2024, 'roster')!;
    assert.equal(roster.length, 3);
    const byEducation = roster.map((r) => [r['education'], r['degree'], r['title'], r['stage'], r['locality'], r['post']]);
    assert.deepEqual(byEducation, [
      ['本科', '学士', '一级', '小学', '城区', '专任教师'],
      ['研究生', '硕士', '高级', '初中', '乡村', '专任教师'],
      ['本科', '学士', '未定级', null, '镇区', '行政人员'],
    ]);
    assert.equal(roster[1]!['backboneCategory'], '骨干教师', '是否是县级及以上骨干教师 = 是');
    assert.equal(rowsOf(dataset, 2024, 'training')!.length, 2, '国内培训 read as training, keyed to the roster by ID number');
    assert.ok(!dataset.records.get(2024)!.studies, 'sub-sets are joined, not published');
    const notRead = dataset.issues.filter((i) => i.code === 'subset-not-used').map((i) => i.sheet);
    assert.deepEqual(notRead, ['工作经历', '岗位聘任']);
    const nineYear = dataset.issues.find((i) => i.code === 'school-facts-missing');
    assert.match(nineYear!.zh, /东湖九年一贯制学校.*小学、初中.*1 人的学段按“不详”/);
    assert.ok(dataset.issues.some((i) => i.code === 'year-only-event' && i.sheet === '国内培训'));
  });

  it('without the sub-set or the schools table, says which column is missing and where it could come from', async () => {
    const dir = await dataFolder({ '2024/基本信息.xlsx': xlsxFile({ name: '教职工基本信息', rows: [
      ['学校名称', '姓名', '性别', '身份证件号', '出生日期', '教职工类别'],
      ['城关小学', '某甲', '女', people[0]!.id, '1980-05-06', '专任教师'],
    ] }) });
    const { dataset } = await ingestFolder(dir);
    const missing = errors(dataset.issues).filter((i) => i.code === 'missing-column').map((i) => i.zh).join('\n');
    assert.match(missing, /最高学历.*学习经历/);
    assert.match(missing, /专业技术职务.*专业技术职务聘任/);
    assert.match(missing, /学段、城乡.*学校表/);
  });
});

describe('a provincial import keyed by ID number alone', () => {
  const header = ['任教单位名称/学校名称（填聘任关系官方单位）', '单位标识码/学校编码（请查询单位标识码表）', '教师姓名', '身份证件号', '编制类别', '岗位类别', '专业技术职称', '是否骨干教师', '最高学历', '学位', '从教起始时间', '入校时间'];
  const row = (id: string, title: string, backbone: string): Cell[] => ['城关小学', '3101150001', '某', id, '专任教师', '专业技术岗位', title, backbone, '大学本科毕业', '教育学学士学位', '2003-09', '2010-09'];

  it('reads sex and birth date from the 18-digit number, 编制类别 (not 岗位类别) as the staff category, stage_title values', async () => {
    const dir = await dataFolder({
      '2024/导入模板.xlsx': xlsxFile({ rows: [header, row(idNumber('1981-02-03', '男', 4), '高级教师_中学', '区级'), row(idNumber('1992-12-01', '女', 5), '小学_小学一级教师', '否')] }),
      '2024/学校.xlsx': xlsxFile({ rows: SCHOOLS }),
    });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(errors(dataset.issues), []);
    const roster = rowsOf(dataset, 2024, 'roster')!;
    assert.deepEqual(roster.map((r) => [r['sex'], r['birth'], r['post'], r['title'], r['backboneLevel'], r['stage'], r['locality']]), [
      ['男', '1981-02-03', '专任教师', '高级', '县级', '小学', '城区'],
      ['女', '1992-12-01', '专任教师', '二级', '无', '小学', '城区'],
    ]);
    assert.ok(roster.every((r) => !Object.values(r).some((v) => typeof v === 'string' && /^\d{17}[\dX]$/.test(v))), 'the number itself is never kept');
  });

  it('an ID number whose check digit fails cannot give sex and birth: an error at its cell', async () => {
    const bad = idNumber('1981-02-03', '男', 4).slice(0, 17) + (idNumber('1981-02-03', '男', 4).endsWith('1') ? '2' : '1');
    const dir = await dataFolder({ '2024/导入模板.xlsx': xlsxFile({ rows: [header, row(bad, '高级教师_中学', '区级')] }), '2024/学校.xlsx': xlsxFile({ rows: SCHOOLS }) });
    const { dataset } = await ingestFolder(dir);
    const e = errors(dataset.issues).find((i) => i.code === 'bad-idcard');
    assert.equal(e?.cell, 'D2');
    assert.ok(!e!.zh.includes(bad.slice(0, 10)), 'the number is not printed');
  });

  it('a 岗位类别 of post classes with no staff-category column is an error that does not invite a wrong mapping', async () => {
    const h = ['学校名称', '教师姓名', '身份证件号', '岗位类别', '专业技术职称', '最高学历', '学段', '城乡'];
    const dir = await dataFolder({ '2024/r.xlsx': xlsxFile({ rows: [h, ['城关小学', '某', idNumber('1981-02-03', '男', 4), '专业技术岗位', '一级教师_小学', '大学本科毕业', '小学', '城区']] }) });
    const { dataset } = await ingestFolder(dir);
    const e = errors(dataset.issues).find((i) => i.code === 'post-class');
    assert.equal(e?.cell, 'D2');
    assert.match(e!.zh, /不是教职工类别.*加上“教职工类别”列/);
  });
});

describe('a bureau\'s own words in site.yaml', () => {
  const header = ['教师编号', '性别', '出生年月', '学校名称', '学段', '城乡', '人员身份', '最高学历', '专业技术职务'];
  const rows = [header, ['A1', '女', '1985-01-01', '一小', '小学', '城区', '专任教师', '本科', '中教高级'], ['A2', '男', '1986-01-01', '一小', '小学', '城区', '专任教师', '本科', '中教高级']];

  it('an unknown value prints the site.yaml lines that would map it, with the number of cells', async () => {
    const dir = await dataFolder({ '2024/r.xlsx': xlsxFile({ rows }), 'site.yaml': 'columns:\n  人员身份: 教职工类别\n' });
    const { dataset } = await ingestFolder(dir);
    const e = errors(dataset.issues).filter((i) => i.code === 'unknown-value');
    assert.equal(e.length, 2);
    assert.match(e[0]!.zh, /本列共 2 个单元格是这个值/);
    assert.match(e[0]!.zh, /values:\n {2}专业技术职务:\n {4}"中教高级": 高级/);
    assert.ok(!dataset.issues.some((i) => i.code === 'missing-column'), 'columns: maps 人员身份 to 教职工类别');
  });

  it('with those lines in site.yaml the values are read', async () => {
    const dir = await dataFolder({ '2024/r.xlsx': xlsxFile({ rows }), 'site.yaml': 'columns:\n  人员身份: 教职工类别\nvalues:\n  专业技术职务:\n    "中教高级": 高级\n' });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(errors(dataset.issues), []);
    assert.deepEqual(rowsOf(dataset, 2024, 'roster')!.map((r) => r['title']), ['高级', '高级']);
  });

  it('a word mapped to a value that does not exist is a settings error', async () => {
    const dir = await dataFolder({ '2024/r.xlsx': xlsxFile({ rows }), 'site.yaml': 'values:\n  专业技术职务:\n    中教高级: 特高级\n' });
    await assert.rejects(ingestFolder(dir), /values › 专业技术职务 › 中教高级.*特高级/);
  });
});

describe('a header merged over two rows', () => {
  it('reads the row below as part of the header, never as data', async () => {
    const header = ['教师编号', '姓名', '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', '最高学历', '专业技术职务'];
    const merges = header.map((_, c) => ({ s: { r: 1, c }, e: { r: 2, c } }));
    const dir = await dataFolder({ '2024/r.xlsx': xlsxFile({ rows: [['2024年教职工花名册'], header, header.map(() => null), ['A1', '某', '女', '1985-01-01', '一小', '小学', '城区', '专任教师', '本科', '一级']], merges }) });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(errors(dataset.issues), []);
    assert.equal(rowsOf(dataset, 2024, 'roster')!.length, 1);
    assert.equal(rowsOf(dataset, 2024, 'roster')![0]!.row, 4);
  });
});

describe('人员状态', () => {
  it('leaves rows not in post (retired, moved away) off the year\'s roster, and says how many', async () => {
    const header = ['教师编号', '性别', '出生年月', '学校名称', '学段', '城乡', '教职工类别', '最高学历', '专业技术职务', '人员状态'];
    const row = (id: string, status: string): Cell[] => [id, '女', '1985-01-01', '一小', '小学', '城区', '专任教师', '大学本科毕业', '中小学一级教师', status];
    const dir = await dataFolder({ '2024/r.xlsx': xlsxFile({ rows: [header, row('A1', '在本单位任职'), row('A2', '离退休'), row('A3', '调出'), row('A4', '在本单位任职')] }) });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(errors(dataset.issues), []);
    assert.deepEqual(rowsOf(dataset, 2024, 'roster')!.map((r) => r.row), [2, 5]);
    assert.match(dataset.issues.find((i) => i.code === 'not-in-post')!.zh, /2 行人员不在职.*第 3–4 行/);
  });
});
