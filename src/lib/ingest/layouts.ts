/**
 * The export layouts bureaus actually hold, described as data: which sheets each has, what the
 * site reads each as, and how sub-sets join. Sheets are still recognised by their header
 * (header.ts); this table names the sub-sets that are deliberately not read (a 工作经历 sheet
 * names people and schools like a roster, and must never be taken for one) and is listed on the
 * data guide, so a clerk sees what each sheet of their export becomes.
 */
import { normaliseKey } from './normalise.ts';
import type { TableKind } from './schema.ts';

export interface LayoutSheet {
  /** the sheet's name in the export (also matched with 教职工 dropped: 基本信息), or null: any name (read by its header) */
  readonly name: string | null;
  /** what the site reads it as, or null: listed as not read */
  readonly reads: TableKind | null;
  /** how its rows reach the site (zh, en) */
  readonly use: readonly [string, string];
}

export interface Layout {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** how its sheets are keyed and joined (zh, en) */
  readonly joins: readonly [string, string];
  readonly sheets: readonly LayoutSheet[];
}

export const LAYOUTS: readonly Layout[] = [
  {
    id: 'national', zh: '全国教师管理信息系统（中小学）导出', en: 'the national teacher-management information system\'s export (schools)',
    joins: ['一个工作簿，每个子集一张表；各子集按身份证件号（或教职工号）与基本信息中的人员对应。表头前的“*”（必填标记）忽略。', 'One workbook, one sheet per sub-set; each sub-set is joined to the people of 基本信息 by ID number (or staff number). A leading * on a header (the required mark) is ignored.'],
    sheets: [
      { name: '教职工基本信息', reads: 'roster', use: ['名册：性别、出生日期、教职工类别、是否在编、骨干、参加工作和进本校年月；学段、城乡从学校表读取', 'roster: sex, birth date, staff category, established post, backbone, work and school start; stage and urban/rural class from the schools table'] },
      { name: '学习经历', reads: 'studies', use: ['名册的最高学历（是否最高学历 = 是 的一行）和最高学位', 'the roster\'s highest education (the row marked 是否最高学历 = 是) and highest degree'] },
      { name: '专业技术职务聘任', reads: 'appointments', use: ['名册的专业技术职务（最近一条没有聘任结束年月的聘任）', 'the roster\'s title (the latest appointment without an end)'] },
      { name: '国内培训', reads: 'training', use: ['培训记录：培训年度、培训类别、培训方式、培训获得学时', 'training records: year, level, form, hours'] },
      { name: '岗位聘任', reads: null, use: ['不读取：其“岗位类别”是事业单位岗位类别，不是教职工类别', 'not read: its 岗位类别 is the post class, not the staff category'] },
      { name: '工作经历', reads: null, use: ['不读取', 'not read'] },
      { name: '年度考核', reads: null, use: ['不读取（敏感信息）', 'not read (sensitive)'] },
      { name: '教师资格', reads: null, use: ['不读取', 'not read'] },
      { name: '师德信息', reads: null, use: ['不读取（敏感信息）', 'not read (sensitive)'] },
      { name: '海外研修(访学)', reads: null, use: ['不读取', 'not read'] },
      { name: '技能及证书', reads: null, use: ['不读取', 'not read'] },
      { name: '入选人才项目', reads: null, use: ['不读取', 'not read'] },
      { name: '基本待遇', reads: null, use: ['不读取（敏感信息）', 'not read (sensitive)'] },
      { name: '联系方式', reads: null, use: ['不读取（敏感信息）', 'not read (sensitive)'] },
      { name: '语言能力', reads: null, use: ['不读取', 'not read'] },
      { name: '教育教学', reads: null, use: ['不读取', 'not read'] },
      { name: '教学科研成果及获奖', reads: null, use: ['不读取', 'not read'] },
    ],
  },
  {
    id: 'statistics', zh: '教育事业统计学校名单', en: 'the educational statistics\' school list',
    joins: ['按学校标识码（否则按学校名称）与名册的学校对应；名册没有学段、城乡时从这里读取。标题行自动跳过。', 'Joined to the roster\'s schools by 学校标识码 (else by name); supplies stage and urban/rural class where the roster lacks them. Title rows are skipped.'],
    sheets: [
      { name: '学校基本情况', reads: 'schools', use: ['学校表：学校标识码、办学类型（九年一贯制 → 小学;初中 等）、城乡分类代码、在校学生数', 'schools: code, school type (九年一贯制 → primary;lower secondary …), urban-rural code, pupils'] },
    ],
  },
  {
    id: 'provincial', zh: '各省教师管理系统的导入模板和导出', en: 'provincial teacher systems\' import templates and exports',
    joins: ['一张表；只有身份证件号时按证件号对应人员，性别和出生年月由18位证件号推算；“任教单位名称/学校名称（…）”这样的表头按“/”两边任一部分识别。', 'One sheet; people are keyed by ID number where that is all there is, with sex and birth date read from the 18-digit number; headers such as 任教单位名称/学校名称（…） match by either side of the /.'],
    sheets: [
      { name: null, reads: 'roster', use: ['名册：编制类别或人员类型为教职工类别；“高级教师_中学”“中学_中学一级教师”等只取职称；是否骨干教师（省级/市级/区级/否）', 'roster: 编制类别 or 人员类型 as the staff category; 高级教师_中学, 中学_中学一级教师 read for the title; 是否骨干教师 (省级/市级/区级/否)'] },
    ],
  },
];

const UNUSED = new Map(LAYOUTS.flatMap((layout) => layout.sheets.filter((s) => s.reads === null && s.name !== null).flatMap((sheet) => {
  const key = normaliseKey(sheet.name!);
  return [[key, { layout, sheet }] as const];
})));

/** The known sub-set a sheet name shows to be deliberately not read (工作经历, 岗位聘任 …), if any. */
export function unusedSubset(sheetName: string): { layout: Layout; sheet: LayoutSheet } | undefined {
  const key = normaliseKey(sheetName).replace(/^教职工/, '').replace(/^\d+[-_.、]?/, '');
  return UNUSED.get(key) ?? UNUSED.get(normaliseKey(sheetName));
}
