/**
 * Faithful workbooks of the layouts bureaus actually hold (../shared/EXPORTS.md), made by code
 * from a seeded set of people: the national teacher-management system's workbook of sub-sets,
 * the educational statistics' school list, a provincial system's import template and export,
 * and a roster whose header is merged over two rows. Each person also carries the canonical
 * facts a test counts from, so a published figure can be compared with a count of people.
 */
import type { Cell, SheetFixture } from './fixtures.ts';
import { xlsxFile } from './fixtures.ts';

/** A small deterministic generator (mulberry32): the same people every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

/** GB 11643: 6-digit area, birth date, 3-digit sequence (odd for men), check digit. */
export function idNumber(area: string, birth: string, sequence: number, sex: '男' | '女'): string {
  const seq = sequence * 2 + (sex === '男' ? 1 : 0);
  const body = `${area}${birth.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

export interface School {
  readonly code: string;
  readonly name: string;
  /** 办学类型 as the statistics write it */
  readonly type: string;
  /** 城乡分类代码 */
  readonly area: string;
  readonly pupils: number;
  /** the stage its staff teach, where it has one */
  readonly stage: string | null;
}

export const SCHOOLS: readonly School[] = [
  { code: '3607230001', name: '城关第一小学', type: '小学', area: '111', pupils: 1320, stage: '小学' },
  { code: '3607230002', name: '白水镇中心小学', type: '小学', area: '121', pupils: 640, stage: '小学' },
  { code: '3607230003', name: '南岭初级中学', type: '初级中学', area: '210', pupils: 520, stage: '初中' },
  { code: '3607230004', name: '县第一中学', type: '完全中学', area: '111', pupils: 2100, stage: null },
  { code: '3607230005', name: '东湖九年一贯制学校', type: '九年一贯制学校', area: '122', pupils: 880, stage: null },
  { code: '3607230006', name: '城关幼儿园', type: '幼儿园', area: '112', pupils: 360, stage: '学前' },
];

/** A title as each system writes it, with its canonical grade. */
const TITLES = [
  { national: '中小学正高级教师', provincial: '中学_中学高级教师', stageForm: '正高级教师_中学', canonical: '正高级' },
  { national: '中小学高级教师', provincial: '小学_小中高', stageForm: '高级教师_中学', canonical: '高级' },
  { national: '中小学一级教师', provincial: '中学_中学一级教师', stageForm: '一级教师_小学', canonical: '一级' },
  { national: '中小学二级教师', provincial: '小学_小学一级教师', stageForm: '二级教师_小学', canonical: '二级' },
  { national: '中小学三级教师', provincial: '幼教_幼教二级', stageForm: '三级教师_小学', canonical: '三级' },
  { national: '未定职级', provincial: '中学_暂无职称', stageForm: '未评级', canonical: '未定级' },
] as const;
const EDUCATIONS = [
  { gb: '硕士研究生毕业', degree: '硕士', degreeName: '教育硕士专业学位', canonical: '研究生' },
  { gb: '大学本科毕业', degree: '学士', degreeName: '教育学学士学位', canonical: '本科' },
  { gb: '大学本科毕业', degree: '学士', degreeName: '文学学士学位', canonical: '本科' },
  { gb: '大学专科毕业', degree: '无', degreeName: '', canonical: '专科' },
  { gb: '中等师范学校(幼儿师范学校)毕业', degree: '无', degreeName: '', canonical: '高中阶段' },
] as const;
const CATEGORIES = ['专任教师', '专任教师', '专任教师', '专任教师', '专任教师', '专任教师', '专任教师', '行政人员', '教辅人员', '工勤人员'] as const;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰';

export interface Person {
  readonly id: string;
  readonly staffNo: string;
  readonly name: string;
  readonly sex: '男' | '女';
  readonly birth: string;
  readonly school: School;
  /** 教职工类别 */
  readonly category: (typeof CATEGORIES)[number];
  readonly title: (typeof TITLES)[number];
  readonly education: (typeof EDUCATIONS)[number];
  /** backbone level: 省级/市级/区级, or 否 */
  readonly backbone: '省级' | '市级' | '区级' | '否';
  /** hours of each domestic training record in the year */
  readonly training: readonly number[];
  readonly workStart: string;
  readonly schoolStart: string;
}

export function makePeople(count: number, seed = 2024): Person[] {
  const rng = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const sex = rng.next() < 0.7 ? '女' : '男';
    const birth = `${rng.int(1966, 1999)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const category = rng.pick(CATEGORIES);
    const workYear = Math.min(2023, Number(birth.slice(0, 4)) + rng.int(20, 24));
    return {
      // Some numbers end in X: the check digit is worked out, never typed.
      id: idNumber(rng.pick(['360723', '360702', '362131']), birth, i, sex),
      staffNo: `T2024${String(i + 1).padStart(4, '0')}`,
      name: `${rng.pick([...SURNAMES])}${rng.pick([...GIVEN])}${rng.next() < 0.5 ? rng.pick([...GIVEN]) : ''}`,
      sex, birth, category,
      school: SCHOOLS[i % SCHOOLS.length]!,
      title: rng.pick(TITLES),
      education: rng.pick(EDUCATIONS),
      backbone: category === '专任教师' ? rng.pick(['否', '否', '否', '区级', '市级', '省级'] as const) : '否',
      training: category === '专任教师' ? Array.from({ length: rng.int(0, 3) }, () => rng.pick([12, 24, 36, 60])) : [],
      workStart: `${workYear}-09`,
      schoolStart: `${rng.int(workYear, 2024)}-09`,
    };
  });
}

const star = (h: string) => `*${h}`;

/** The educational statistics' school list (教育事业统计), below a title row. */
export function schoolList(year: number): Uint8Array {
  return xlsxFile({ name: '学校基本情况', rows: [
    [`${year}年教育事业统计 学校（机构）基本情况`],
    ['学校标识码', '学校名称', '办学类型', '城乡分类代码', '在校学生数'],
    ...SCHOOLS.map((s): Cell[] => [s.code, s.name, s.type, s.area, s.pupils]),
  ] });
}

/** The national teacher-management system's workbook: one sheet per sub-set, as EXPORTS.md lists them. */
export function nationalExport(people: readonly Person[], year: number): Uint8Array {
  const key = (p: Person): Cell[] => [p.school.name, p.name, p.id];
  const basic: SheetFixture = { name: '教职工基本信息', rows: [
    ['学校标识码', star('学校名称'), star('姓名'), '曾用名', star('性别'), '教职工号', star('国籍/地区'), star('身份证件类型'), star('身份证件号'), star('出生日期'), '籍贯', '出生地', star('民族'), '政治面貌', '婚姻状况', '健康状况',
      star('参加工作年月'), star('进本校年月'), '教职工来源', star('教职工类别'), star('是否在编'), '用人形式', '签订合同情况', '是否全日制师范类专业毕业', '是否受过特教专业培养培训', '是否有特殊教育从业证书', '信息技术应用能力',
      '是否属于免费（公费）师范生', '是否参加基层服务项目', '参加基层服务项目起始年月', '参加基层服务项目结束年月', '是否是特级教师', '是否是县级及以上骨干教师', '是否心理健康教育教师', '人员状态', '备注'],
    ...people.map((p): Cell[] => [p.school.code, p.school.name, p.name, '', p.sex, p.staffNo, '中国', '居民身份证', p.id, p.birth, '江西省', '江西省', '汉族', '群众', '已婚', '健康或良好',
      p.workStart, p.schoolStart, '录用应届毕业生', p.category, '是', '', '', '是', '否', '否', '合格', '否', '否', '', '', '否', p.backbone === '否' ? '否' : '是', '否', '在本单位任职', '']),
  ] };
  const studies: SheetFixture = { name: '学习经历', rows: [
    ['学校名称', '姓名', '身份证件号', '入学年月', '毕业年月', '学历', '获得学历的国家(地区)', '获得学历的院校或机构', '所学专业', '是否师范类专业', '学位层次', '学位名称', '获得学位的国家(地区)', '获得学位的院校或机构', '学位授予年月', '学习方式', '在学单位类别', '是否最高学历'],
    // The first degree of a postgraduate, then the highest (marked 是).
    ...people.flatMap((p): Cell[][] => [
      ...(p.education.canonical === '研究生' ? [[...key(p), '2005-09', '2009-07', '大学本科毕业', '中国', '某师范大学', '汉语言文学', '是', '学士', '文学学士学位', '中国', '某师范大学', '2009-07', '全日制', '普通高等学校', '否']] : []),
      [...key(p), '2009-09', '2012-07', p.education.gb, '中国', '某大学', '教育学', '是', p.education.degree, p.education.degreeName, '中国', '某大学', '2012-07', '全日制', '普通高等学校', '是'],
    ]),
  ] };
  const work: SheetFixture = { name: '工作经历', rows: [
    ['学校名称', '姓名', '身份证件号', '任职单位名称', '任职开始年月', '任职结束年月', '单位性质类别', '任职岗位'],
    ...people.map((p): Cell[] => [...key(p), p.school.name, p.schoolStart, '', '中小学', '教师']),
  ] };
  const posts: SheetFixture = { name: '岗位聘任', rows: [
    ['学校名称', '姓名', '身份证件号', '岗位类别', '岗位等级', '聘任开始年月', '是否兼任其他岗位', '兼任岗位类别', '兼任岗位等级', '校级职务', '任职开始年月'],
    ...people.map((p): Cell[] => [...key(p), p.category === '工勤人员' ? '工勤技能岗位' : p.category === '行政人员' ? '管理岗位' : '专业技术岗位', '专业技术岗位十级', '2015-09', '否', '', '', '', '']),
  ] };
  const titles: SheetFixture = { name: '专业技术职务聘任', rows: [
    ['学校名称', '姓名', '身份证件号', '聘任专业技术职务', '聘任开始年月', '聘任结束年月', '聘任单位名称'],
    // An ended earlier appointment, then the current one without an end.
    ...people.flatMap((p): Cell[][] => [
      [...key(p), '中小学三级教师', '2010-09', '2014-08', p.school.name],
      [...key(p), p.title.national, '2014-09', '', p.school.name],
    ]),
  ] };
  const training: SheetFixture = { name: '国内培训', rows: [
    ['学校名称', '姓名', '身份证件号', '培训年度', '培训类别', '培训项目名称', '培训机构名称', '培训方式', '培训获得学时', '培训获得学分'],
    ...people.flatMap((p) => p.training.map((hours, i): Cell[] => [...key(p), year, ['20-省级', '40-县级', '30-地市级', '10-国家级'][i % 4]!, '教师能力提升培训', '县教师发展中心', ['3-网络研修', '2-短期面授培训', '4-面授培训与网络研修相结合', '网络研修'][i % 4]!, hours, hours / 12])),
  ] };
  return xlsxFile(basic, studies, work, posts, titles, training);
}

/** A provincial system's import template: ID numbers only, no 性别 or 出生年月, stage_title values, 编制类别. */
export function provincialImport(people: readonly Person[]): Uint8Array {
  return xlsxFile({ name: '教师信息导入', rows: [
    ['序号', '任教单位名称/学校名称（填聘任关系官方单位）', '单位标识码/学校编码（请查询单位标识码表）', '教师姓名', '身份证件号', '编制类别', '岗位类别', '专业技术职称', '是否骨干教师', '最高学历', '学位', '从教起始时间', '入校时间'],
    ...people.map((p, i): Cell[] => [i + 1, p.school.name, p.school.code, p.name, p.id, p.category, p.category === '工勤人员' ? '工勤技能岗位' : '专业技术岗位', i % 2 ? p.title.provincial : p.title.stageForm, p.backbone,
      p.education.gb.replace('(', '_').replace(')', '_'), p.education.degreeName || '无学位', p.workStart.replace('-', '.'), p.schoolStart.replace('-', '.')]),
  ] });
}

/** A provincial system's export: 教职工号 and ID numbers, 人员类型, (聘)教师职称, and a training sheet. */
export function provincialExport(people: readonly Person[], year: number): Uint8Array {
  const type = (p: Person, i: number) => (p.category === '专任教师' ? (i % 3 ? '专任教师' : '专任老师') : p.category === '教辅人员' ? '教辅人员' : p.category === '工勤人员' ? '工勤人员' : '行政人员');
  return xlsxFile(
    { name: '教职工信息', rows: [
      [`${year}年教职工信息导出`],
      ['教职工号', '教师姓名', '身份证件号', '学校', '学校编码', '性别', '出生年月', '人员类型', '(聘)教师职称', '是否骨干教师', '最高学历', '何时工作', '本校任教起始时间'],
      ...people.map((p, i): Cell[] => [p.staffNo, p.name, p.id, p.school.name, p.school.code, p.sex, p.birth.slice(0, 7), type(p, i), p.title.national, p.backbone, p.education.gb, p.workStart, p.schoolStart]),
    ] },
    { name: '培训信息', rows: [
      ['教职工号', '教师姓名', '培训项目名称', '培训类别', '培训方式', '培训获得学时', '培训年度'],
      ...people.flatMap((p) => p.training.map((hours, i): Cell[] => [p.staffNo, p.name, '教师能力提升培训', ['省级', '县级', '地市级', '国家级'][i % 4]!, ['网络研修', '短期面授培训', '面授培训与网络研修相结合', '长期脱产研修（一个月以上）'][i % 4]!, hours, year])),
    ] },
  );
}

/** A roster in the contract's words whose header cells are each merged over two rows, with a group header 学历 over two columns. */
export function twoRowHeaderRoster(people: readonly Person[], year: number): Uint8Array {
  const top = ['教师编号', '姓名', '性别', '出生年月', '学校名称', '学段', '城乡', '教职工类别', '学历', null, '专业技术职务'];
  const bottom = [null, null, null, null, null, null, null, null, '最高学历', '最高学位', null];
  const merges = top.map((h, c) => (h === '学历' ? { s: { r: 1, c }, e: { r: 1, c: c + 1 } } : h === null ? null : { s: { r: 1, c }, e: { r: 2, c } })).filter((m) => m !== null);
  const locality = (s: School) => ({ 111: '城区', 112: '城区', 121: '镇区', 122: '镇区', 123: '镇区', 210: '乡村', 220: '乡村' } as Record<string, string>)[s.area]!;
  return xlsxFile({ name: '花名册', merges, rows: [
    [`${year}年教职工花名册`],
    top, bottom,
    ...people.map((p, i): Cell[] => [p.staffNo, p.name, p.sex, p.birth, p.school.name, p.school.stage ?? (p.school.type === '完全中学' ? (i % 2 ? '初中' : '高中') : (i % 2 ? '小学' : '初中')), locality(p.school), p.category, p.education.canonical, p.education.degree, p.title.canonical]),
  ] });
}

/** The headline figures, counted from the people: what the site must publish. */
export function headline(people: readonly Person[]) {
  const teachers = people.filter((p) => p.category === '专任教师');
  const senior = teachers.filter((p) => p.title.canonical === '正高级' || p.title.canonical === '高级').length;
  return {
    staff: people.length,
    teachers: teachers.length,
    seniorShare: (senior / teachers.length) * 100,
    trainingPersonTimes: people.reduce((n, p) => n + p.training.length, 0),
  };
}
