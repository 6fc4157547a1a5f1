/**
 * Every closed vocabulary of the data contract, one table each, with the source its words come
 * from: the canonical values the site counts by, the official codes, and the other spellings
 * that national and provincial systems write. Ingest, the data guide and the template's
 * drop-down lists all read these tables; a bureau's own words are added in site.yaml
 * (`values:`), never here.
 *
 * A cell is looked up as it is, then as `code-name` (`20-省级`, `3-网络研修`), then, for a value
 * joined with `_` (`高级教师_中学`, `中学_中学高级教师`), by its parts once stage words are set
 * aside. Values compare after normaliseKey (full-width folded, no spaces).
 */
import * as D from '../domain.ts';

export interface Vocabulary {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** where the words come from, as a reader of the data guide would look it up */
  readonly source: { readonly zh: string; readonly en: string };
  /** the canonical values, in the order breakdowns show them */
  readonly values: readonly string[];
  /** official code → canonical value */
  readonly codes?: Readonly<Record<string, string>>;
  /** other spellings → canonical value */
  readonly words: Readonly<Record<string, string>>;
  /** open-ended families of spellings (every discipline's 学士学位 …): pattern → canonical value */
  readonly patterns?: readonly (readonly [RegExp, string])[];
  /** a mapping a reader of the data guide should know was chosen (zh, en) */
  readonly notes?: readonly (readonly [string, string])[];
}

/** Stage words set aside in `stage_title` values (高级教师_中学, 小学_小学一级教师). */
const STAGE_PARTS = new Set(['中学', '小学', '中小学', '初中', '高中', '幼教', '幼儿园', '学前', '中职', '职高', '特教', '特殊教育']);

/** A value's canonical form, or undefined. `own` is the bureau's site.yaml words for this vocabulary. */
export function lookup(v: Vocabulary, key: string, own?: Readonly<Record<string, string>>): string | undefined {
  const direct = (k: string) => (v.values.includes(k) ? k : own?.[k] ?? v.words[k] ?? v.codes?.[k] ?? v.patterns?.find(([p]) => p.test(k))?.[1]);
  const found = direct(key);
  if (found !== undefined || key === '') return found;
  // code-name: 20-省级, 3-网络研修, 10国家级; the name must agree with the code where both are known.
  const coded = /^(\d{1,4})[-_.、:]?(\D.*)$/.exec(key);
  if (coded) {
    const [, code, name] = coded as unknown as [string, string, string];
    const byName = direct(name);
    const byCode = v.codes?.[code];
    if (byName !== undefined && (byCode === undefined || byCode === byName)) return byName;
  }
  // stage_title: the parts that are not a stage word, each looked up; all must agree.
  if (key.includes('_')) {
    const parts = key.split('_').filter(Boolean);
    const rest = parts.filter((p) => !STAGE_PARTS.has(p));
    const found = (rest.length ? rest : parts).map(direct);
    if (found.length && found.every((x) => x !== undefined && x === found[0])) return found[0];
    // 中等师范学校_幼儿师范学校_毕业: brackets written as underscores
    const bracketed = parts.length === 3 ? direct(`${parts[0]}(${parts[1]})${parts[2]}`) : undefined;
    if (bracketed !== undefined) return bracketed;
  }
  return undefined;
}

/** Every spelling a vocabulary accepts besides its canonical values (for the data guide and header detection). */
export const spellings = (v: Vocabulary): string[] => [...Object.keys(v.words), ...Object.entries(v.codes ?? {}).map(([c, n]) => `${c}-${n}`)];

const SOURCE_CONTRACT = { zh: '本站数据约定（数据说明）', en: 'this site\'s data contract (data guide)' };
const SOURCE_TEACHER_SYSTEM = { zh: '全国教师管理信息系统（中小学）导出及各省教师管理系统的写法', en: 'the national teacher-management information system\'s export and provincial teacher systems\' spellings' };

export const SEX: Vocabulary = {
  id: 'sex', zh: '性别', en: 'sex', values: D.SEXES,
  source: { zh: 'GB/T 2261.1-2003 人的性别代码（1 男，2 女）', en: 'GB/T 2261.1-2003 codes for sex (1 male, 2 female)' },
  codes: { 1: '男', 2: '女' },
  words: { 男性: '男', 女性: '女' },
};

export const STAGE: Vocabulary = {
  id: 'stage', zh: '学段', en: 'stage', values: D.STAGES,
  source: { zh: '教育事业统计的学段，及教师系统的学校类型写法', en: 'the educational statistics\' stages, and teacher systems\' school-type words' },
  words: {
    幼儿园: '学前', 学前教育: '学前', 学前教育学校: '学前', 幼教: '学前',
    普通小学: '小学', 小学教育学校: '小学', 教学点: '小学', 小学教学点: '小学',
    普通初中: '初中', 初级中学: '初中', 初中教育学校: '初中',
    普通高中: '高中', 高级中学: '高中', 高中教育学校: '高中',
    中等职业教育: '中职', 职业高中: '中职', 中等职业学校: '中职', 职业教育: '中职', 中专: '中职',
    特教: '特殊教育', 特殊教育学校: '特殊教育',
  },
};

/**
 * School types that teach several stages (教育事业统计 办学类型, teacher systems' 学校类型):
 * the stages they cover. A school of one stage is looked up in STAGE.
 */
export const SCHOOL_TYPE_STAGES: Readonly<Record<string, readonly string[]>> = {
  九年一贯制: ['小学', '初中'], 九年一贯制学校: ['小学', '初中'],
  十二年一贯制: ['小学', '初中', '高中'], 十二年一贯制学校: ['小学', '初中', '高中'],
  完全中学: ['初中', '高中'],
};

export const LOCALITY: Vocabulary = {
  id: 'locality', zh: '城乡', en: 'urban/rural class', values: D.LOCALITIES,
  source: { zh: '国家统计局《统计用区划和城乡划分代码》城乡分类代码（111、112 城区；121、122、123 镇区；210、220 乡村）', en: 'the National Bureau of Statistics\' urban-rural classification codes (111, 112 urban; 121, 122, 123 town; 210, 220 rural)' },
  codes: { 111: '城区', 112: '城区', 121: '镇区', 122: '镇区', 123: '镇区', 210: '乡村', 220: '乡村' },
  words: {
    城市: '城区', 主城区: '城区', 城乡结合区: '城区', 县镇: '镇区', 镇中心区: '镇区', 镇乡结合区: '镇区', 特殊区域: '镇区',
    农村: '乡村', 村庄: '乡村', 乡中心区: '乡村',
  },
};

/** 教职工类别: the staff category. Not 岗位类别 in the national system, which is the post class (see POST_CLASSES). */
export const POST: Vocabulary = {
  id: 'post', zh: '教职工类别', en: 'staff category', values: D.POSTS,
  source: { zh: '全国教师管理信息系统“教职工类别”（专任教师、行政人员、教辅人员、工勤人员、校办企业职工、其他附设机构人员）', en: 'the national teacher system\'s 教职工类别 (full-time teachers, administrative, teaching-support, service staff, school-enterprise staff, staff of attached bodies)' },
  words: {
    专任老师: '专任教师', 管理人员: '行政人员', 教辅: '教辅人员', 工勤: '工勤人员', 工勤技能人员: '工勤人员',
    校办企业职工: '其他', 其他附设机构人员: '其他', 其它: '其他',
  },
  notes: [['校办企业职工、其他附设机构人员计入“其他”。', 'School-enterprise staff and staff of attached bodies count as 其他 (other).']],
};

/**
 * 岗位类别 as the national and provincial systems use it: the public-institution post class.
 * A column of these is not the staff category: 专业技术岗位 holds teachers and support staff alike.
 */
export const POST_CLASSES: readonly string[] = ['专业技术岗位', '管理岗位', '工勤技能岗位', '教师岗位', '专技岗位', '专业技术岗', '管理岗', '工勤岗', '工勤技能岗'];

export const YES_NO: Vocabulary = {
  id: 'yes-no', zh: '是否', en: 'yes/no', values: D.YES_NO, source: SOURCE_CONTRACT,
  codes: { 1: '是', 0: '否' },
  words: { Y: '是', N: '否', 在编: '是', 编内: '是', 编外: '否', 非在编: '否', 有: '是', 无: '否' },
};

/**
 * GB/T 4658-2006 学历代码: the code's first digit is the level; 结业 and 肄业 count in the level
 * the standard files them under.
 */
const GB4658: readonly (readonly [string, string, string])[] = [
  ['11', '博士研究生毕业', '研究生'], ['12', '博士研究生结业', '研究生'], ['13', '博士研究生肄业', '研究生'],
  ['14', '硕士研究生毕业', '研究生'], ['15', '硕士研究生结业', '研究生'], ['16', '硕士研究生肄业', '研究生'],
  ['17', '研究生班毕业', '研究生'], ['18', '研究生班结业', '研究生'], ['19', '研究生班肄业', '研究生'],
  ['21', '大学本科毕业', '本科'], ['22', '大学本科结业', '本科'], ['23', '大学本科肄业', '本科'], ['28', '大学普通班毕业', '本科'],
  ['31', '大学专科毕业', '专科'], ['32', '大学专科结业', '专科'], ['33', '大学专科肄业', '专科'],
  ['41', '中等专科毕业', '高中阶段'], ['42', '中等专科结业', '高中阶段'], ['43', '中等专科肄业', '高中阶段'],
  ['44', '职业高中毕业', '高中阶段'], ['45', '职业高中结业', '高中阶段'], ['46', '职业高中肄业', '高中阶段'],
  ['47', '技工学校毕业', '高中阶段'], ['48', '技工学校结业', '高中阶段'], ['49', '技工学校肄业', '高中阶段'],
  ['61', '普通高中毕业', '高中阶段'], ['62', '普通高中结业', '高中阶段'], ['63', '普通高中肄业', '高中阶段'],
  ['71', '初中毕业', '高中阶段以下'], ['73', '初中肄业', '高中阶段以下'], ['81', '小学毕业', '高中阶段以下'], ['83', '小学肄业', '高中阶段以下'],
];

export const EDUCATION: Vocabulary = {
  id: 'education', zh: '最高学历', en: 'highest education', values: D.EDUCATIONS,
  source: { zh: 'GB/T 4658-2006《学历代码》，及教师系统的“中等师范学校(幼儿师范学校)毕业”等写法', en: 'GB/T 4658-2006 codes for education, and teacher systems\' words such as 中等师范学校(幼儿师范学校)毕业' },
  codes: Object.fromEntries(GB4658.map(([code, , level]) => [code, level])),
  words: {
    ...Object.fromEntries(GB4658.map(([, name, level]) => [name, level])),
    博士研究生: '研究生', 硕士研究生: '研究生', 博士: '研究生', 硕士: '研究生', 研究生班: '研究生',
    大学本科: '本科', 大学: '本科', 大专: '专科', 大学专科: '专科', 专科及以下: '专科',
    中专: '高中阶段', 中师: '高中阶段', 高中: '高中阶段', 职高: '高中阶段', 中等专业学校: '高中阶段', 技校: '高中阶段', 中等专科: '高中阶段',
    '中等师范学校(幼儿师范学校)毕业': '高中阶段', 中等师范学校毕业: '高中阶段', 幼儿师范学校毕业: '高中阶段',
    初中: '高中阶段以下', 初中及以下: '高中阶段以下', 小学: '高中阶段以下', 高中以下: '高中阶段以下',
  },
  notes: [
    ['结业、肄业按 GB/T 4658 归入同一层次（如“大学本科肄业”计为本科）。', '结业 and 肄业 (completed without graduating, or left) count in the level GB/T 4658 files them under (大学本科肄业 counts as 本科).'],
    ['“专科及以下”计为专科（它可能的最高层次）；“本科及以上”比例不受影响。', '专科及以下 counts as 专科, the highest it can be; the share with a degree-level education is unaffected.'],
  ],
};

const DISCIPLINES = '哲学|经济学|法学|教育学|文学|历史学|理学|工学|农学|医学|军事学|管理学|艺术学|交叉学科';
export const DEGREE: Vocabulary = {
  id: 'degree', zh: '最高学位', en: 'highest degree', values: D.DEGREES,
  source: { zh: '《学位授予和人才培养学科目录》的学位名称，及教师系统“学位层次”（学士、硕士、博士、无）', en: 'degree names of the national catalogue of disciplines, and the teacher system\'s 学位层次 (学士, 硕士, 博士, 无)' },
  words: { 博士学位: '博士', 硕士学位: '硕士', 学士学位: '学士', 无学位: '无', 名誉博士: '无' },
  patterns: [
    [new RegExp(`^(${DISCIPLINES})?学士(学位|专业学位)?$`), '学士'],
    [new RegExp(`^(${DISCIPLINES})?硕士(学位)?$`), '硕士'],
    [/^.{1,12}硕士(专业)?学位$/, '硕士'],
    [new RegExp(`^(${DISCIPLINES})?博士(学位)?$`), '博士'],
    [/^.{1,12}博士(专业)?学位$/, '博士'],
  ],
};

/**
 * 2015 title reform (人社部发〔2015〕79号): the unified grades, the national system's
 * 中小学…教师 names, the statistical 副高级/中级…, and pre-reform titles by stage.
 */
export const TITLE: Vocabulary = {
  id: 'title', zh: '专业技术职务', en: 'professional title', values: D.TITLES,
  source: { zh: '人社部发〔2015〕79号《关于深化中小学教师职称制度改革的指导意见》的统一职称及改革前职称对应，全国教师管理信息系统“聘任专业技术职务”，及各省“学段_职称”写法', en: 'the 2015 reform of school teachers\' titles (人社部发〔2015〕79号) with its mapping of pre-reform titles, the national system\'s 聘任专业技术职务, and provinces\' stage_title forms' },
  words: {
    正高级教师: '正高级', 高级教师: '高级', 一级教师: '一级', 二级教师: '二级', 三级教师: '三级',
    中小学正高级教师: '正高级', 中小学高级教师: '高级', 中小学一级教师: '一级', 中小学二级教师: '二级', 中小学三级教师: '三级',
    正高: '正高级', 副高级: '高级', 副高: '高级', 中级: '一级', 助理级: '二级', 初级: '二级', 员级: '三级',
    中学高级: '高级', 中学高级教师: '高级', 中高: '高级', 小中高: '高级', 小学中学高级教师: '高级', 特高: '高级', 特级教师: '高级',
    中学一级: '一级', 中学一级教师: '一级', 中一: '一级', 小学高级: '一级', 小学高级教师: '一级', 小高: '一级', 幼教高级: '一级',
    中学二级: '二级', 中学二级教师: '二级', 中二: '二级', 小学一级: '二级', 小学一级教师: '二级', 小一: '二级', 幼教一级: '二级',
    中学三级: '三级', 中学三级教师: '三级', 中三: '三级', 小学二级: '三级', 小学二级教师: '三级', 小学三级: '三级', 小学三级教师: '三级', 小二: '三级', 小三: '三级', 幼教二级: '三级', 幼教三级: '三级',
    未评: '未定级', 未评级: '未定级', 未定职称: '未定级', 未定职级: '未定级', 无: '未定级', 无职称: '未定级', 暂无职称: '未定级', 未聘: '未定级',
  },
  notes: [
    ['改革前职称按人社部发〔2015〕79号对应：中学高级、小学中学高级（小中高）→ 高级；中学一级、小学高级 → 一级；中学二级、小学一级 → 二级；中学三级、小学二级和三级 → 三级；幼教职称同小学。', 'Pre-reform titles map as the 2015 reform set out: 中学高级 and 小中高 → senior; 中学一级 and 小学高级 → first grade; 中学二级 and 小学一级 → second; 中学三级, 小学二级 and 三级 → third; kindergarten titles as primary.'],
    ['“特高”（特级教师）计为高级；已聘正高级的请写正高级教师。', '特高 (special-grade teacher) counts as senior; write 正高级教师 for those appointed to the senior-most grade.'],
    ['“学段_职称”写法（高级教师_中学、中学_中学一级教师）只取职称部分，学段另从学段列或学校表读取。', 'Stage_title forms (高级教师_中学, 中学_中学一级教师) are read for the title only; the stage comes from the stage column or the schools table.'],
  ],
};

export const BACKBONE_CATEGORY: Vocabulary = {
  id: 'backbone-category', zh: '骨干类别', en: 'backbone category', values: D.BACKBONE_CATEGORIES, source: SOURCE_CONTRACT,
  words: { 骨干: '骨干教师', 否: '无', 特级: '特级教师' },
};

const LEVEL_WORDS = { 国家: '国家级', 省: '省级', 市: '市级', 地市级: '市级', 州级: '市级', 县: '县级', 县区级: '县级', 区级: '县级', 区县级: '县级' };
export const BACKBONE_LEVEL: Vocabulary = {
  id: 'backbone-level', zh: '骨干级别', en: 'backbone level', values: D.BACKBONE_LEVELS, source: SOURCE_TEACHER_SYSTEM,
  words: { ...LEVEL_WORDS, 否: '无', 不是: '无' },
  notes: [['区级计为县级（县级行政区）；“否”计为无。', '区级 (district) counts as county level; 否 (no) as none.']],
};

export const EXCHANGE_MODE: Vocabulary = {
  id: 'exchange-mode', zh: '交流方式', en: 'exchange mode', values: D.EXCHANGE_MODES, source: SOURCE_CONTRACT,
  words: { 校际交流: '交流轮岗', 城乡交流: '交流轮岗', '集团(学区)内交流': '交流轮岗', 集团内交流: '交流轮岗', 学区内交流: '交流轮岗', 跟岗学习: '跟岗' },
};

export const EXCHANGE_ROLE: Vocabulary = {
  id: 'exchange-role', zh: '人员类别（交流）', en: 'role (exchange)', values: D.EXCHANGE_ROLES, source: SOURCE_CONTRACT,
  words: { 专任教师: '教师', 专任老师: '教师', 中层: '中层干部' },
};

export const TRAINING_LEVEL: Vocabulary = {
  id: 'training-level', zh: '培训级别', en: 'training level', values: D.TRAINING_LEVELS,
  source: { zh: '全国教师管理信息系统“培训类别”代码（10 国家级、20 省级、30 地市级、40 县级、60 校级、99 其他）', en: 'the national teacher system\'s training-level codes (10 national, 20 provincial, 30 prefectural, 40 county, 60 school, 99 other)' },
  codes: { 10: '国家级', 20: '省级', 30: '市级', 40: '县级', 60: '校级', 99: '其他' },
  words: { ...LEVEL_WORDS, 国培: '国家级', 省培: '省级', 市培: '市级', 县培: '县级', 校本: '校级', 校本培训: '校级', 其它: '其他' },
};

export const TRAINING_FORM: Vocabulary = {
  id: 'training-form', zh: '培训形式', en: 'training form', values: D.TRAINING_FORMS,
  source: { zh: '全国教师管理信息系统“培训方式”代码（1 长期脱产研修（一个月以上）、2 短期面授培训、3 网络研修、4 面授培训与网络研修相结合、9 其他）', en: 'the national teacher system\'s training-form codes (1 full-time study over a month, 2 short face-to-face, 3 online, 4 blended, 9 other)' },
  codes: { 1: '集中面授', 2: '集中面授', 3: '网络研修', 4: '混合式', 9: '其他' },
  words: {
    '长期脱产研修(一个月以上)': '集中面授', 长期脱产研修: '集中面授', 长期脱产: '集中面授', 短期面授培训: '集中面授', 短期集中培训: '集中面授', 集中培训: '集中面授', 短期面授: '集中面授', 面授: '集中面授', 面授培训: '集中面授',
    网络培训: '网络研修', 线上: '网络研修', 面授培训与网络研修相结合: '混合式', 混合式培训: '混合式', 线上线下混合: '混合式', 混合研修: '混合式',
    出国: '出国(境)', 出境: '出国(境)', 其它: '其他',
  },
  notes: [['长期脱产研修和短期面授培训都计为集中面授。', 'Full-time study and short face-to-face courses both count as 集中面授 (face-to-face).']],
};

export const HIRE_CHANNEL: Vocabulary = {
  id: 'hire-channel', zh: '招聘渠道', en: 'recruitment channel', values: D.HIRE_CHANNELS, source: SOURCE_CONTRACT,
  words: { 统招: '公开招聘', 特岗: '特岗计划', 特岗教师: '特岗计划', 其它: '其他' },
};

export const GRADUATE_SCHOOL_KIND: Vocabulary = { id: 'graduate-school', zh: '毕业院校类别', en: 'graduate school kind', values: D.GRADUATE_SCHOOL_KINDS, source: SOURCE_CONTRACT, words: { 其它: '其他' } };

export const HONOUR_LEVEL: Vocabulary = { id: 'honour-level', zh: '表彰级别', en: 'honour level', values: D.HONOUR_LEVELS, source: SOURCE_CONTRACT, words: LEVEL_WORDS };

export const HONOUR_CATEGORY: Vocabulary = { id: 'honour-category', zh: '表彰类别', en: 'honour category', values: D.HONOUR_CATEGORIES, source: SOURCE_CONTRACT, words: { 其它: '其他' } };

export const EXIT_TYPE: Vocabulary = {
  id: 'exit-type', zh: '减员类型', en: 'exit type', values: D.EXIT_TYPES,
  source: { zh: '教育事业统计“减少教职工”分类，及教师系统“人员状态”“离退休类型”写法', en: 'the educational statistics\' categories of staff leaving, and teacher systems\' status words' },
  words: { 调出县外: '调出', 调出系统: '调出', 调离: '调出', 离休: '退休', 退职: '辞职', 当年离职: '辞职', 离职: '辞职', 辞退: '解聘', 开除: '解聘', 病故: '死亡', 其它: '其他' },
  notes: [['离休计为退休；离职、当年离职计为辞职；辞退、开除计为解聘。', '离休 counts as retirement; 离职 and 当年离职 as resignation; 辞退 and 开除 as dismissal.']],
};

export const FUND_ITEM: Vocabulary = { id: 'fund-item', zh: '经费项目', en: 'fund item', values: D.FUND_ITEMS, source: SOURCE_CONTRACT, words: { 其它: '其他' } };

/** 人员状态 of teacher systems: a row not in post (retired, moved away) is not on the roster at the statistics date. */
export const STAFF_STATUS: Vocabulary = {
  id: 'staff-status', zh: '人员状态', en: 'staff status', values: ['在职', '不在职'],
  source: { zh: '全国教师管理信息系统“人员状态”', en: 'the national teacher system\'s 人员状态' },
  words: {
    在本单位任职: '在职', 在岗: '在职', 正常: '在职', 在编在岗: '在职', 长期病休: '在职', 借出: '在职', 借调: '在职', 交流轮岗: '在职', 挂职: '在职', 支教: '在职',
    离退休: '不在职', 退休: '不在职', 离休: '不在职', 调出: '不在职', 离职: '不在职', 辞职: '不在职', 解聘: '不在职', 辞退: '不在职', 死亡: '不在职', 离开本单位: '不在职', 已调出: '不在职', 已退休: '不在职',
  },
  notes: [['人员状态为离退休、调出、离职、死亡等的行不计入当年名册；“其他”等含义不明的写法须在 site.yaml 中写明。', 'Rows whose 人员状态 is retired, moved away, left or deceased are not counted on that year\'s roster; unclear words such as 其他 must be mapped in site.yaml.']],
};

/**
 * 教学点: a 小学 that the schools table's 学段 (办学类型) names as a teaching point. The
 * 优质均衡 review (教督〔2017〕6号) leaves out 教学点 under 50 pupils, so ingest keeps the fact
 * beside the stage (record field `teachingPoint` = 是). Source: 教育事业统计 学校（机构）办学类型 “小学教学点”.
 */
export const TEACHING_POINT_WORDS: readonly string[] = ['教学点', '小学教学点'];

/**
 * 任教学科: the subject words of the national teacher-management system (主要任教学科) and the
 * compulsory-education curriculum (《义务教育课程方案（2022年版）》), older names mapped to
 * the current ones. The 优质均衡 review counts 体育 and 艺术 (音乐, 美术) teachers from it.
 */
export const SUBJECT: Vocabulary = {
  id: 'subject', zh: '任教学科', en: 'subject taught',
  values: ['语文', '数学', '外语', '道德与法治', '历史', '地理', '物理', '化学', '生物', '科学', '信息科技', '体育', '音乐', '美术', '艺术', '劳动', '综合实践活动', '心理健康', '书法', '特殊教育', '其他'],
  source: { zh: '全国教师管理信息系统“主要任教学科”及《义务教育课程方案（2022年版）》的科目名称', en: 'the national teacher-management system\'s 主要任教学科 and the subjects of the Compulsory Education Curriculum Plan (2022)' },
  words: {
    英语: '外语', 日语: '外语', 俄语: '外语', 外国语: '外语',
    思想品德: '道德与法治', 思想政治: '道德与法治', 品德与生活: '道德与法治', 品德与社会: '道德与法治', 道德与法制: '道德与法治', 政治: '道德与法治', 思品: '道德与法治',
    历史与社会: '历史', 生物学: '生物', 小学科学: '科学',
    信息技术: '信息科技', 信息技术与科技: '信息科技', 计算机: '信息科技',
    体育与健康: '体育', 体育与健康教育: '体育',
    音乐与舞蹈: '音乐', 美术与书法: '美术', '艺术(音乐)': '音乐', '艺术(美术)': '美术',
    劳动教育: '劳动', 劳动技术: '劳动', 综合实践: '综合实践活动', 研究性学习: '综合实践活动',
    心理健康教育: '心理健康', 心理: '心理健康',
    书法教育: '书法', 特殊教育学科: '特殊教育', 特教: '特殊教育', 其它: '其他',
  },
  notes: [['体育与健康 计为体育；音乐、美术及综合的“艺术”计为艺术类学科（优质均衡评估的“体育、艺术（美术、音乐）专任教师”）。', '体育与健康 counts as PE; 音乐, 美术 and the combined 艺术 count as arts (the 优质均衡 review\'s "PE and arts (music, fine arts) full-time teachers").']],
};

export const VOCABULARIES: readonly Vocabulary[] = [
  SEX, STAFF_STATUS, STAGE, LOCALITY, POST, YES_NO, EDUCATION, DEGREE, TITLE, BACKBONE_CATEGORY, BACKBONE_LEVEL,
  EXCHANGE_MODE, EXCHANGE_ROLE, TRAINING_LEVEL, TRAINING_FORM, HIRE_CHANNEL, GRADUATE_SCHOOL_KIND,
  HONOUR_LEVEL, HONOUR_CATEGORY, EXIT_TYPE, FUND_ITEM, SUBJECT,
];
