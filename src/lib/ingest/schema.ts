/**
 * The data contract of DATA.md, declared once: every table kind, its columns, their aliases
 * and vocabularies. Header detection, validation, the data guide and the template all read it.
 */
import * as V from './vocabularies.ts';
import type { Vocabulary } from './vocabularies.ts';

export type TableKind =
  | 'roster' | 'schools' | 'exchange' | 'training' | 'recruitment'
  | 'promotions' | 'honours' | 'exits' | 'funds'
  | 'studies' | 'appointments';

export type FieldType =
  | { readonly type: 'person' }
  | { readonly type: 'idcard' }
  | { readonly type: 'secret' }
  | { readonly type: 'text' }
  | { readonly type: 'date' }
  | { readonly type: 'number'; readonly min: number; readonly max: number }
  | { readonly type: 'enum'; readonly vocabulary: Vocabulary; readonly values: readonly string[] }
  | { readonly type: 'stages' };

export type FieldSpec = FieldType & {
  readonly key: string;
  readonly header: string;
  /** other names, most trusted first: of two columns naming one field, the earlier name is read */
  readonly aliases?: readonly string[];
  readonly required?: boolean;
};

/**
 * Where a required column a sheet lacks may come from instead (./join.ts, sheet.ts): the
 * person's 18-digit ID number (性别, 出生年月), the school's row of the schools table (学段,
 * 城乡), or another sub-set of the same export (学习经历, 专业技术职务聘任).
 */
export type Supplier = 'idcard' | 'schools' | 'studies' | 'appointments';

export interface TableSpec {
  readonly kind: TableKind;
  readonly zh: string;
  readonly en: string;
  readonly fields: readonly FieldSpec[];
  /** Whether a person identifier (教师编号 or 身份证件号) is required, optional, or absent. */
  readonly identity: 'required' | 'optional' | 'none';
  /** The date that places an event in a reporting year (events only). */
  readonly eventDate?: string;
  /** A year-only column that places an event where the table has no date (国内培训's 培训年度). */
  readonly eventYear?: string;
  /**
   * Columns only this kind of table has: a sheet is read as this kind only when it has one
   * of them, so a lookup list of 学段/城乡/职称 is not taken for a roster.
   */
  readonly identifying: readonly string[];
  /** And, where given, one of these too: a roster names people (identifying) and says something about them. */
  readonly describing?: readonly string[];
  /** required columns another source may supply, and which */
  readonly supplied?: Readonly<Record<string, Supplier>>;
  /** required columns that another column may stand in for (国内培训: 培训年度 for 开始日期) */
  readonly standIns?: Readonly<Record<string, string>>;
  /** A sub-set of a personnel export, joined into the roster rather than published (./join.ts). */
  readonly subset?: boolean;
}

/** 教师编号, or where a table has none the hashed 身份证件号, identifies a person (see `identity`). */
const person: FieldSpec = { key: 'person', header: '教师编号', aliases: ['教职工号', '工号', '人员编号', '教师工号', '职工编号', '教职工编号'], type: 'person' };
const idcard: FieldSpec = { key: 'idcard', header: '身份证件号', aliases: ['身份证号', '证件号码', '身份证号码', '公民身份号码', '身份证件号码'], type: 'idcard' };
const name: FieldSpec = { key: 'name', header: '姓名', aliases: ['教师姓名', '教职工姓名'], type: 'secret' };
const date = (key: string, header: string, required: boolean, aliases: string[] = []): FieldSpec => ({ key, header, aliases, type: 'date', required });
const oneOf = (vocabulary: Vocabulary) => ({ type: 'enum', vocabulary, values: vocabulary.values }) as const;

/** 学校代码 as the national systems head it (教师管理信息系统, 教育事业统计, provincial systems). */
const SCHOOL_CODE_ALIASES = ['学校标识码', '学校（机构）标识码', '学校（机构）代码', '单位标识码', '学校编码', '单位代码'];
const SCHOOL_ALIASES = ['学校', '单位名称', '任职学校', '任教单位名称', '任教学校', '所在学校'];

/** The backbone columns of teacher systems: a level (省级/市级/区级/否) or yes/no for 县级及以上. */
const BACKBONE_FLAG: Vocabulary = {
  ...V.BACKBONE_LEVEL, id: 'backbone-flag', zh: '是否骨干教师', en: 'backbone teacher?',
  values: ['国家级', '省级', '市级', '县级', '是', '否'],
  words: { ...V.BACKBONE_LEVEL.words, 否: '否', 无: '否', 不是: '否', 县级及以上: '是', Y: '是', N: '否' },
};

const roster: TableSpec = {
  kind: 'roster', zh: '教职工名册', en: 'staff roster', identity: 'required', identifying: ['person', 'idcard', 'name'],
  describing: ['sex', 'birth', 'post', 'stage', 'education', 'title', 'established', 'workStart', 'schoolStart', 'backboneCategory', 'backboneLevel', 'backboneFlag', 'specialGrade'],
  supplied: { sex: 'idcard', birth: 'idcard', stage: 'schools', locality: 'schools', education: 'studies', title: 'appointments' },
  fields: [
    person, idcard, name,
    { key: 'sex', header: '性别', ...oneOf(V.SEX), required: true },
    date('birth', '出生年月', true, ['出生日期']),
    { key: 'school', header: '学校名称', aliases: SCHOOL_ALIASES, type: 'text', required: true },
    { key: 'schoolCode', header: '学校代码', aliases: SCHOOL_CODE_ALIASES, type: 'text' },
    { key: 'stage', header: '学段', aliases: ['任教学段'], ...oneOf(V.STAGE), required: true },
    { key: 'locality', header: '城乡', aliases: ['城乡类别', '城乡分类代码', '城乡分类', '学校所在地'], ...oneOf(V.LOCALITY), required: true },
    // In the national and provincial systems 岗位类别 is the post class (专业技术岗位 …): trusted last.
    { key: 'post', header: '教职工类别', aliases: ['编制类别', '人员类型', '人员类别', '岗位类别'], ...oneOf(V.POST), required: true },
    { key: 'established', header: '是否在编', aliases: ['编制情况'], ...oneOf(V.YES_NO) },
    { key: 'education', header: '最高学历', aliases: ['学历'], ...oneOf(V.EDUCATION), required: true },
    { key: 'degree', header: '最高学位', aliases: ['学位', '学位层次'], ...oneOf(V.DEGREE) },
    { key: 'title', header: '专业技术职务', aliases: ['职称', '现任专业技术职务', '专业技术职称', '(聘)教师职称', '聘任专业技术职务', '教师职称'], ...oneOf(V.TITLE), required: true },
    { key: 'backboneCategory', header: '骨干类别', aliases: ['骨干教师类别'], ...oneOf(V.BACKBONE_CATEGORY) },
    { key: 'backboneLevel', header: '骨干级别', aliases: ['骨干教师级别'], ...oneOf(V.BACKBONE_LEVEL) },
    { key: 'backboneFlag', header: '是否骨干教师', aliases: ['是否是县级及以上骨干教师', '是否县级及以上骨干教师'], ...oneOf(BACKBONE_FLAG) },
    { key: 'specialGrade', header: '是否是特级教师', aliases: ['是否特级教师'], ...oneOf(V.YES_NO) },
    // 任教学科 (optional): the 优质均衡 review's PE-and-arts teachers; without it that measure is x.
    { key: 'subject', header: '任教学科', aliases: ['主要任教学科', '任教课程', '主讲学科', '任教科目'], ...oneOf(V.SUBJECT) },
    date('workStart', '参加工作年月', false, ['参加工作时间', '参加工作日期', '何时工作', '从教起始时间', '从教起始年月']),
    date('schoolStart', '进本校年月', false, ['到校年月', '进入本校年月', '进本校时间', '入本单位时间', '入校时间', '本校任教起始时间', '进本单位年月']),
    // Not kept: a row not in post (离退休, 调出 …) is left off the roster (sheet.ts).
    { key: 'status', header: '人员状态', aliases: ['在职状态'], ...oneOf(V.STAFF_STATUS) },
  ],
};

const schools: TableSpec = {
  kind: 'schools', zh: '学校', en: 'schools', identity: 'none', identifying: ['school'],
  fields: [
    { key: 'school', header: '学校名称', aliases: ['单位名称', '学校'], type: 'text', required: true },
    { key: 'schoolCode', header: '学校代码', aliases: SCHOOL_CODE_ALIASES, type: 'text' },
    { key: 'stages', header: '学段', aliases: ['办学类型', '学校类型', '学校办学类型'], type: 'stages', required: true },
    { key: 'locality', header: '城乡', aliases: ['城乡类别', '城乡分类代码', '城乡分类', '学校所在地'], ...oneOf(V.LOCALITY), required: true },
    { key: 'policyRural', header: '政策乡村学校', ...oneOf(V.YES_NO) },
    { key: 'township', header: '乡镇', aliases: ['所在乡镇'], type: 'text' },
    { key: 'students', header: '在校生数', aliases: ['学生数', '在校学生数'], type: 'number', min: 0, max: 100000 },
    { key: 'quota', header: '核定编制数', aliases: ['编制数'], type: 'number', min: 0, max: 10000 },
  ],
};

const exchange: TableSpec = {
  kind: 'exchange', zh: '交流轮岗', en: 'exchange and rotation', identity: 'required', eventDate: 'start', identifying: ['from', 'to'],
  fields: [
    person, idcard, name,
    { key: 'from', header: '原单位', aliases: ['原学校', '派出学校'], type: 'text', required: true },
    { key: 'to', header: '交流单位', aliases: ['交流学校', '接收学校'], type: 'text', required: true },
    { key: 'mode', header: '交流方式', ...oneOf(V.EXCHANGE_MODE), required: true },
    { key: 'transfer', header: '是否调动人事关系', ...oneOf(V.YES_NO) },
    { key: 'role', header: '人员类别', ...oneOf(V.EXCHANGE_ROLE) },
    { key: 'backbone', header: '是否骨干教师', ...oneOf(V.YES_NO) },
    date('start', '开始日期', true, ['交流开始日期', '开始时间']),
    date('end', '结束日期', false, ['交流结束日期', '结束时间']),
  ],
};

const training: TableSpec = {
  kind: 'training', zh: '培训记录', en: 'training records', identity: 'required', eventDate: 'start', eventYear: 'year', identifying: ['programme', 'hours'],
  standIns: { start: 'year' },
  fields: [
    person, idcard, name,
    { key: 'programme', header: '培训项目', aliases: ['培训项目名称', '项目名称', '培训名称'], type: 'text', required: true },
    { key: 'level', header: '培训级别', aliases: ['培训类别'], ...oneOf(V.TRAINING_LEVEL), required: true },
    { key: 'form', header: '培训形式', aliases: ['培训方式'], ...oneOf(V.TRAINING_FORM) },
    { key: 'hours', header: '学时', aliases: ['培训学时', '培训获得学时', '获得学时'], type: 'number', min: 0.5, max: 2000, required: true },
    date('start', '开始日期', true, ['培训开始日期', '开始时间']),
    date('end', '结束日期', false, ['培训结束日期', '结束时间']),
    { key: 'year', header: '培训年度', type: 'number', min: 1990, max: 2100 },
  ],
};

const recruitment: TableSpec = {
  kind: 'recruitment', zh: '新进人员', en: 'recruitment', identity: 'optional', eventDate: 'hired', identifying: ['channel', 'hired'],
  fields: [
    person, idcard, name,
    { key: 'channel', header: '招聘渠道', aliases: ['补充渠道', '招聘方式'], ...oneOf(V.HIRE_CHANNEL), required: true },
    { key: 'stage', header: '学段', aliases: ['任教学段'], ...oneOf(V.STAGE), required: true },
    { key: 'school', header: '分配学校', aliases: ['学校名称', '任职学校'], type: 'text', required: true },
    { key: 'locality', header: '城乡', aliases: ['城乡类别', '城乡分类代码'], ...oneOf(V.LOCALITY) },
    { key: 'education', header: '最高学历', aliases: ['学历'], ...oneOf(V.EDUCATION), required: true },
    { key: 'graduateSchool', header: '毕业院校类别', ...oneOf(V.GRADUATE_SCHOOL_KIND) },
    date('hired', '入职日期', true, ['入职时间', '报到日期']),
  ],
};

const promotions: TableSpec = {
  kind: 'promotions', zh: '职称评聘', en: 'title promotions', identity: 'required', eventDate: 'granted', identifying: ['newTitle'],
  fields: [
    person, idcard, name,
    { key: 'oldTitle', header: '原职称', ...oneOf(V.TITLE) },
    { key: 'newTitle', header: '新职称', aliases: ['晋升职称', '评聘职称'], ...oneOf(V.TITLE), required: true },
    { key: 'stage', header: '学段', ...oneOf(V.STAGE) },
    date('granted', '取得日期', true, ['取得时间', '聘任日期']),
  ],
};

const honours: TableSpec = {
  kind: 'honours', zh: '表彰奖励', en: 'honours', identity: 'optional', eventDate: 'granted', identifying: ['honour'],
  fields: [
    person, idcard, name,
    { key: 'honour', header: '荣誉名称', aliases: ['表彰名称', '奖励名称'], type: 'text', required: true },
    { key: 'level', header: '级别', aliases: ['表彰级别', '奖励级别'], ...oneOf(V.HONOUR_LEVEL), required: true },
    { key: 'category', header: '类别', aliases: ['表彰类别'], ...oneOf(V.HONOUR_CATEGORY) },
    date('granted', '授予日期', false, ['授予时间', '表彰日期']),
  ],
};

const exits: TableSpec = {
  kind: 'exits', zh: '减员', en: 'exits', identity: 'required', eventDate: 'date', identifying: ['type'],
  fields: [
    person, idcard, name,
    { key: 'type', header: '类型', aliases: ['减员类型', '减员原因', '离退休类型'], ...oneOf(V.EXIT_TYPE), required: true },
    date('date', '日期', true, ['减员日期', '离岗日期', '离退休日期', '离退休时间']),
  ],
};

const funds: TableSpec = {
  kind: 'funds', zh: '经费与补助', en: 'funds', identity: 'none', identifying: ['item', 'amount'],
  fields: [
    { key: 'item', header: '项目', aliases: ['经费项目'], ...oneOf(V.FUND_ITEM), required: true },
    { key: 'people', header: '人数', aliases: ['受益人数'], type: 'number', min: 0, max: 1e6 },
    { key: 'amount', header: '金额(元)', aliases: ['金额', '金额（元）'], type: 'number', min: 0, max: 1e11, required: true },
  ],
};

/** 学习经历 of the national system: one row per degree; the roster's 最高学历 and 最高学位 come from it. */
const studies: TableSpec = {
  kind: 'studies', zh: '学习经历', en: 'education history', identity: 'required', subset: true, identifying: ['highest', 'degreeName', 'graduated'],
  fields: [
    person, idcard, name,
    { key: 'school', header: '学校名称', type: 'text' },
    { key: 'education', header: '学历', aliases: ['最高学历'], ...oneOf(V.EDUCATION), required: true },
    { key: 'degree', header: '学位层次', aliases: ['学位'], ...oneOf(V.DEGREE) },
    { key: 'degreeName', header: '学位名称', ...oneOf(V.DEGREE) },
    { key: 'highest', header: '是否最高学历', aliases: ['最高学历标识', '是否最高学位'], ...oneOf(V.YES_NO) },
    date('enrolled', '入学年月', false),
    date('graduated', '毕业年月', false),
  ],
};

/** 专业技术职务聘任 of the national system: the roster's title is the latest appointment without an end. */
const appointments: TableSpec = {
  kind: 'appointments', zh: '专业技术职务聘任', en: 'title appointments', identity: 'required', subset: true, identifying: ['appointedTitle'],
  fields: [
    person, idcard, name,
    { key: 'school', header: '学校名称', type: 'text' },
    { key: 'appointedTitle', header: '聘任专业技术职务', aliases: ['专业技术职务'], ...oneOf(V.TITLE), required: true },
    date('start', '聘任开始年月', false, ['聘任开始时间']),
    date('end', '聘任结束年月', false, ['聘任结束时间']),
  ],
};

export const TABLE_SPECS: readonly TableSpec[] = [roster, schools, exchange, training, recruitment, promotions, honours, exits, funds, studies, appointments];

export const tableSpec = (kind: TableKind): TableSpec => TABLE_SPECS.find((s) => s.kind === kind)!;

/** Sensitive columns of national-system exports: never read, never cached (DATA.md). */
export const IGNORED_COLUMNS = ['民族', '政治面貌', '健康状况', '婚姻状况', '年度考核结果', '处分', '工资', '联系方式', '照片', '手机号码', '联系电话', '家庭住址'];
