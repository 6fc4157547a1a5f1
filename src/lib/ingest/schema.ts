/**
 * The data contract of DATA.md, declared once: every table kind, its columns, their aliases
 * and vocabularies. Header detection, validation, the data guide and the template all read it.
 */
import * as D from '../domain.ts';

export type TableKind =
  | 'roster' | 'schools' | 'exchange' | 'training' | 'recruitment'
  | 'promotions' | 'honours' | 'exits' | 'funds';

export type FieldType =
  | { readonly type: 'person' }
  | { readonly type: 'idcard' }
  | { readonly type: 'secret' }
  | { readonly type: 'text' }
  | { readonly type: 'date' }
  | { readonly type: 'number'; readonly min: number; readonly max: number }
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly variants?: Readonly<Record<string, string>> }
  | { readonly type: 'stages' };

export type FieldSpec = FieldType & {
  readonly key: string;
  readonly header: string;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
};

export interface TableSpec {
  readonly kind: TableKind;
  readonly zh: string;
  readonly en: string;
  readonly fields: readonly FieldSpec[];
  /** Whether a person identifier (教师编号 or 身份证件号) is required, optional, or absent. */
  readonly identity: 'required' | 'optional' | 'none';
  /** The date that places an event in a reporting year (events only). */
  readonly eventDate?: string;
  /**
   * Columns only this kind of table has: a sheet is read as this kind only when it has one
   * of them, so a lookup list of 学段/城乡/职称 is not taken for a roster.
   */
  readonly identifying: readonly string[];
}

/** 教师编号, or where a table has none the hashed 身份证件号, identifies a person (see `identity`). */
const person: FieldSpec = { key: 'person', header: '教师编号', aliases: ['工号', '人员编号', '教师工号', '职工编号'], type: 'person' };
const idcard: FieldSpec = { key: 'idcard', header: '身份证件号', aliases: ['身份证号', '证件号码', '身份证号码', '公民身份号码'], type: 'idcard' };
const name: FieldSpec = { key: 'name', header: '姓名', type: 'secret' };
const date = (key: string, header: string, required: boolean, aliases: string[] = []): FieldSpec => ({ key, header, aliases, type: 'date', required });
const oneOf = (values: readonly string[], variants: Record<string, string> = {}) => ({ type: 'enum', values, variants }) as const;

const STAGE_VARIANTS = { 幼儿园: '学前', 学前教育: '学前', 普通小学: '小学', 普通初中: '初中', 普通高中: '高中', 中等职业教育: '中职', 职业高中: '中职', 特教: '特殊教育' };
const LOCALITY_VARIANTS = {
  111: '城区', 112: '城区', 121: '镇区', 122: '镇区', 123: '镇区', 210: '乡村', 220: '乡村',
  城市: '城区', 主城区: '城区', 城乡结合区: '城区', 县镇: '镇区', 镇中心区: '镇区', 镇乡结合区: '镇区', 特殊区域: '镇区', 农村: '乡村', 村庄: '乡村', 乡中心区: '乡村',
};
const EDUCATION_VARIANTS = {
  博士研究生: '研究生', 硕士研究生: '研究生', 博士: '研究生', 硕士: '研究生',
  大学本科: '本科', 大学: '本科', 大专: '专科', 大学专科: '专科',
  中专: '高中阶段', 中师: '高中阶段', 高中: '高中阶段', 职高: '高中阶段', 中等专业学校: '高中阶段', 技校: '高中阶段',
  初中: '高中阶段以下', 初中及以下: '高中阶段以下', 小学: '高中阶段以下',
};
/** 2015 title reform (人社部发〔2015〕79号): pre-reform and statistical titles map to the unified grades. */
const TITLE_VARIANTS = {
  正高级教师: '正高级', 高级教师: '高级', 一级教师: '一级', 二级教师: '二级', 三级教师: '三级',
  副高级: '高级', 中级: '一级', 助理级: '二级', 员级: '三级',
  中学高级: '高级', 中学高级教师: '高级', 中学一级: '一级', 中学一级教师: '一级', 小学高级: '一级', 小学高级教师: '一级',
  中学二级: '二级', 中学二级教师: '二级', 小学一级: '二级', 小学一级教师: '二级',
  中学三级: '三级', 中学三级教师: '三级', 小学二级: '三级', 小学二级教师: '三级', 小学三级: '三级', 小学三级教师: '三级',
  未评: '未定级', 未定职级: '未定级', 无: '未定级', 无职称: '未定级',
};
const YES_NO_VARIANTS = { Y: '是', N: '否', 在编: '是', 编内: '是', 编外: '否', 非在编: '否', 有: '是', 无: '否' };

/** 学校代码 as the national systems head it (教师管理信息系统, 教育事业统计). */
const SCHOOL_CODE_ALIASES = ['学校标识码', '学校（机构）标识码', '学校（机构）代码', '单位代码'];

const roster: TableSpec = {
  kind: 'roster', zh: '教职工名册', en: 'staff roster', identity: 'required', identifying: ['person', 'idcard', 'name'],
  fields: [
    person, idcard, name,
    { key: 'sex', header: '性别', type: 'enum', values: D.SEXES, variants: { 男性: '男', 女性: '女', 1: '男', 2: '女' }, required: true },
    date('birth', '出生年月', true, ['出生日期']),
    { key: 'school', header: '学校名称', aliases: ['单位名称', '任职学校'], type: 'text', required: true },
    { key: 'schoolCode', header: '学校代码', aliases: SCHOOL_CODE_ALIASES, type: 'text' },
    { key: 'stage', header: '学段', aliases: ['任教学段'], ...oneOf(D.STAGES, STAGE_VARIANTS), required: true },
    { key: 'locality', header: '城乡', aliases: ['城乡类别', '城乡分类代码', '学校所在地'], ...oneOf(D.LOCALITIES, LOCALITY_VARIANTS), required: true },
    { key: 'post', header: '岗位类别', aliases: ['人员类别'], ...oneOf(D.POSTS, { 管理人员: '行政人员', 教辅: '教辅人员', 工勤: '工勤人员' }), required: true },
    { key: 'established', header: '是否在编', aliases: ['编制情况'], ...oneOf(D.YES_NO, YES_NO_VARIANTS) },
    { key: 'education', header: '最高学历', aliases: ['学历'], ...oneOf(D.EDUCATIONS, EDUCATION_VARIANTS), required: true },
    { key: 'degree', header: '最高学位', aliases: ['学位'], ...oneOf(D.DEGREES, { 博士学位: '博士', 硕士学位: '硕士', 学士学位: '学士' }) },
    { key: 'title', header: '专业技术职务', aliases: ['职称', '现任专业技术职务'], ...oneOf(D.TITLES, TITLE_VARIANTS), required: true },
    { key: 'backboneCategory', header: '骨干类别', aliases: ['骨干教师类别'], ...oneOf(D.BACKBONE_CATEGORIES) },
    { key: 'backboneLevel', header: '骨干级别', aliases: ['骨干教师级别'], ...oneOf(D.BACKBONE_LEVELS, { 国家: '国家级', 省: '省级', 市: '市级', 地市级: '市级', 县: '县级', 县区级: '县级' }) },
    date('workStart', '参加工作年月', false, ['参加工作时间']),
    date('schoolStart', '进本校年月', false, ['到校年月', '进入本校年月']),
  ],
};

const schools: TableSpec = {
  kind: 'schools', zh: '学校', en: 'schools', identity: 'none', identifying: ['school'],
  fields: [
    { key: 'school', header: '学校名称', aliases: ['单位名称'], type: 'text', required: true },
    { key: 'schoolCode', header: '学校代码', aliases: SCHOOL_CODE_ALIASES, type: 'text' },
    { key: 'stages', header: '学段', aliases: ['办学类型', '学校类型'], type: 'stages', required: true },
    { key: 'locality', header: '城乡', aliases: ['城乡类别', '城乡分类代码', '学校所在地'], ...oneOf(D.LOCALITIES, LOCALITY_VARIANTS), required: true },
    { key: 'policyRural', header: '政策乡村学校', ...oneOf(D.YES_NO, YES_NO_VARIANTS) },
    { key: 'township', header: '乡镇', aliases: ['所在乡镇'], type: 'text' },
    { key: 'students', header: '在校生数', aliases: ['学生数'], type: 'number', min: 0, max: 100000 },
    { key: 'quota', header: '核定编制数', aliases: ['编制数'], type: 'number', min: 0, max: 10000 },
  ],
};

const exchange: TableSpec = {
  kind: 'exchange', zh: '交流轮岗', en: 'exchange and rotation', identity: 'required', eventDate: 'start', identifying: ['from', 'to'],
  fields: [
    person, idcard, name,
    { key: 'from', header: '原单位', aliases: ['原学校', '派出学校'], type: 'text', required: true },
    { key: 'to', header: '交流单位', aliases: ['交流学校', '接收学校'], type: 'text', required: true },
    { key: 'mode', header: '交流方式', ...oneOf(D.EXCHANGE_MODES, { 校际交流: '交流轮岗', 城乡交流: '交流轮岗', '集团(学区)内交流': '交流轮岗', 集团内交流: '交流轮岗', 学区内交流: '交流轮岗', 跟岗学习: '跟岗' }), required: true },
    { key: 'transfer', header: '是否调动人事关系', ...oneOf(D.YES_NO, YES_NO_VARIANTS) },
    { key: 'role', header: '人员类别', ...oneOf(D.EXCHANGE_ROLES, { 专任教师: '教师', 中层: '中层干部' }) },
    { key: 'backbone', header: '是否骨干教师', ...oneOf(D.YES_NO, YES_NO_VARIANTS) },
    date('start', '开始日期', true, ['交流开始日期', '开始时间']),
    date('end', '结束日期', false, ['交流结束日期', '结束时间']),
  ],
};

const training: TableSpec = {
  kind: 'training', zh: '培训记录', en: 'training records', identity: 'required', eventDate: 'start', identifying: ['programme', 'hours'],
  fields: [
    person, idcard, name,
    { key: 'programme', header: '培训项目', aliases: ['项目名称', '培训名称'], type: 'text', required: true },
    { key: 'level', header: '培训级别', ...oneOf(D.TRAINING_LEVELS, { 国培: '国家级', 省培: '省级', 市培: '市级', 地市级: '市级', 县培: '县级', 县区级: '县级', 校本: '校级', 校本培训: '校级', 10: '国家级', 20: '省级', 30: '市级', 40: '县级', 60: '校级', 99: '其他' }), required: true },
    { key: 'form', header: '培训形式', ...oneOf(D.TRAINING_FORMS, { 1: '集中面授', 2: '集中面授', 长期脱产: '集中面授', 短期面授: '集中面授', 3: '网络研修', 4: '混合式', 出国: '出国(境)', 出境: '出国(境)' }) },
    { key: 'hours', header: '学时', aliases: ['培训学时'], type: 'number', min: 0.5, max: 2000, required: true },
    date('start', '开始日期', true, ['培训开始日期', '开始时间']),
    date('end', '结束日期', false, ['培训结束日期', '结束时间']),
  ],
};

const recruitment: TableSpec = {
  kind: 'recruitment', zh: '新进人员', en: 'recruitment', identity: 'optional', eventDate: 'hired', identifying: ['channel', 'hired'],
  fields: [
    person, idcard, name,
    { key: 'channel', header: '招聘渠道', aliases: ['补充渠道', '招聘方式'], ...oneOf(D.HIRE_CHANNELS, { 统招: '公开招聘', 特岗: '特岗计划', 特岗教师: '特岗计划' }), required: true },
    { key: 'stage', header: '学段', aliases: ['任教学段'], ...oneOf(D.STAGES, STAGE_VARIANTS), required: true },
    { key: 'school', header: '分配学校', aliases: ['学校名称', '任职学校'], type: 'text', required: true },
    { key: 'locality', header: '城乡', aliases: ['城乡类别', '城乡分类代码'], ...oneOf(D.LOCALITIES, LOCALITY_VARIANTS) },
    { key: 'education', header: '最高学历', aliases: ['学历'], ...oneOf(D.EDUCATIONS, EDUCATION_VARIANTS), required: true },
    { key: 'graduateSchool', header: '毕业院校类别', ...oneOf(D.GRADUATE_SCHOOL_KINDS) },
    date('hired', '入职日期', true, ['入职时间', '报到日期']),
  ],
};

const promotions: TableSpec = {
  kind: 'promotions', zh: '职称评聘', en: 'title promotions', identity: 'required', eventDate: 'granted', identifying: ['newTitle'],
  fields: [
    person, idcard, name,
    { key: 'oldTitle', header: '原职称', ...oneOf(D.TITLES, TITLE_VARIANTS) },
    { key: 'newTitle', header: '新职称', aliases: ['晋升职称', '评聘职称'], ...oneOf(D.TITLES, TITLE_VARIANTS), required: true },
    { key: 'stage', header: '学段', ...oneOf(D.STAGES, STAGE_VARIANTS) },
    date('granted', '取得日期', true, ['取得时间', '聘任日期']),
  ],
};

const honours: TableSpec = {
  kind: 'honours', zh: '表彰奖励', en: 'honours', identity: 'optional', eventDate: 'granted', identifying: ['honour'],
  fields: [
    person, idcard, name,
    { key: 'honour', header: '荣誉名称', aliases: ['表彰名称', '奖励名称'], type: 'text', required: true },
    { key: 'level', header: '级别', aliases: ['表彰级别', '奖励级别'], ...oneOf(D.HONOUR_LEVELS, { 国家: '国家级', 省: '省级', 市: '市级', 地市级: '市级', 县: '县级', 县区级: '县级' }), required: true },
    { key: 'category', header: '类别', aliases: ['表彰类别'], ...oneOf(D.HONOUR_CATEGORIES) },
    date('granted', '授予日期', false, ['授予时间', '表彰日期']),
  ],
};

const exits: TableSpec = {
  kind: 'exits', zh: '减员', en: 'exits', identity: 'required', eventDate: 'date', identifying: ['type'],
  fields: [
    person, idcard, name,
    { key: 'type', header: '类型', aliases: ['减员类型', '减员原因'], ...oneOf(D.EXIT_TYPES, { 调出县外: '调出', 调出系统: '调出', 调离: '调出' }), required: true },
    date('date', '日期', true, ['减员日期', '离岗日期']),
  ],
};

const funds: TableSpec = {
  kind: 'funds', zh: '经费与补助', en: 'funds', identity: 'none', identifying: ['item', 'amount'],
  fields: [
    { key: 'item', header: '项目', aliases: ['经费项目'], ...oneOf(D.FUND_ITEMS), required: true },
    { key: 'people', header: '人数', aliases: ['受益人数'], type: 'number', min: 0, max: 1e6 },
    { key: 'amount', header: '金额(元)', aliases: ['金额', '金额（元）'], type: 'number', min: 0, max: 1e11, required: true },
  ],
};

export const TABLE_SPECS: readonly TableSpec[] = [roster, schools, exchange, training, recruitment, promotions, honours, exits, funds];

export const tableSpec = (kind: TableKind): TableSpec => TABLE_SPECS.find((s) => s.kind === kind)!;

/** Sensitive columns of national-system exports: never read, never cached (DATA.md). */
export const IGNORED_COLUMNS = ['民族', '政治面貌', '健康状况', '婚姻状况', '年度考核结果', '处分', '工资', '联系方式', '照片', '手机号码', '联系电话', '家庭住址'];
