/**
 * Ten years of a county's teacher workforce, simulated person by person: the same people age,
 * retire (men 60, women 55), leave, are replaced by recruits sent mostly to rural schools,
 * earn degrees, are promoted, rotate between schools, train and are honoured. Each year
 * yields the roster at the statistics date (09-30) and the year's event tables.
 */
import type { Education, Post, Sex, Stage, Title } from '../../src/lib/domain.ts';
import { studentsPerTeacher, type School } from './county.ts';
import { groupBy } from '../../src/lib/group.ts';
import { fakeIdCard, fakeName, idCardWithBirth } from './people.ts';
import type { Random } from './random.ts';

export interface Person {
  readonly id: string;
  readonly idcard: string;
  readonly name: string;
  readonly sex: Sex;
  readonly birth: string;
  school: School;
  stage: Stage;
  post: Post;
  established: boolean;
  education: Education;
  degree: '博士' | '硕士' | '学士' | '无';
  title: Title;
  titleSince: number;
  backboneCategory: '特级教师' | '学科带头人' | '骨干教师' | '无';
  backboneLevel: '国家级' | '省级' | '市级' | '县级' | '无';
  readonly workStart: string;
  schoolStart: string;
}

export type Row = Record<string, string | number>;

export interface YearTables {
  readonly year: number;
  readonly roster: readonly Person[];
  readonly schools: readonly Row[];
  readonly exchange: readonly Row[];
  readonly training: readonly Row[];
  readonly recruitment: readonly Row[];
  readonly promotions: readonly Row[];
  readonly honours: readonly Row[];
  readonly exits: readonly Row[];
  readonly funds: readonly Row[];
}

const FIRST = 2015;
const LAST = 2024;
/** Staff per county: about 4,500, growing slowly. */
const staffTarget = (year: number) => 4230 + 30 * (year - FIRST);
const ageAt = (birth: string, date: string) => Number(date.slice(0, 4)) - Number(birth.slice(0, 4)) - (date.slice(5) < birth.slice(5) ? 1 : 0);
const addYears = (date: string, n: number) => `${Number(date.slice(0, 4)) + n}${date.slice(4)}`;
const retirementAge = (p: Person) => (p.sex === '男' ? 60 : 55);
const isTeacher = (p: Person) => p.post === '专任教师';
const isCompulsory = (p: Person) => p.stage === '小学' || p.stage === '初中';
const TITLE_ORDER: readonly Title[] = ['未定级', '三级', '二级', '一级', '高级', '正高级'];

const TRAINING_PROGRAMMES: Record<string, readonly string[]> = {
  国家级: ['“国培计划”乡村教师工作坊研修', '“国培计划”骨干教师能力提升', '“国培计划”送教下乡培训', '全国中小学教师信息技术应用能力提升工程2.0'],
  省级: ['省级骨干教师高级研修班', '省级新课标学科培训', '省级班主任能力提升培训', '省级心理健康教育培训'],
  市级: ['市级学科带头人研修', '市级新教师规范化培训', '市级教研员专题研修', '市级校长任职资格培训'],
  县级: ['县级暑期全员集中培训', '县级学科教学能力提升', '县级师德师风专题培训', '县级信息化教学应用培训', '县级新入职教师培训'],
  校级: ['校本研修：课堂教学改进', '校本研修：作业设计', '校本研修：教研组集体备课', '校本研修：师德专题'],
  其他: ['高校合作专题讲座', '名师工作室研修活动'],
};
const TRAINING_HOURS: Record<string, readonly [number, number]> = { 国家级: [40, 120], 省级: [30, 80], 市级: [20, 48], 县级: [12, 40], 校级: [6, 24], 其他: [6, 16] };

export interface Span {
  /** the first year written (the workforce is made then); trends still count from 2015 */
  readonly from: number;
  readonly to: number;
}

/**
 * Simulates the schools' workforce year by year. The schools may span several counties (a
 * scaled region); people then move and rotate within their own county. Years are yielded one
 * at a time, so a caller that writes each and lets it go holds one year's tables, not ten
 * (ten province years are ~3 million roster rows).
 */
export function* simulate(rng: Random, schools: readonly School[], span: Span = { from: FIRST, to: LAST }): Generator<YearTables> {
  const counties = new Set(schools.map((s) => s.county)).size;
  const weights = new Map<number, number>();
  for (const s of schools) weights.set(s.county, (weights.get(s.county) ?? 0) + s.weight);
  const targetOf = (s: School, year: number) => Math.round((s.weight / weights.get(s.county)!) * staffTarget(year));
  const schoolsOf = groupBy(schools, (s) => s.county);
  const people: Person[] = [];
  let nextId = 1;

  const newPerson = (school: School, year: number, age: number, hireDate: string | null): Person => {
    const sex: Sex = rng.chance(school.type === '幼儿园' ? 0.95 : school.locality === '乡村' ? 0.55 : 0.7) ? '女' : '男';
    const birth = rng.date(year - age, 1, 12);
    const post: Post = hireDate ? (rng.chance(0.95) ? '专任教师' : '教辅人员') : rng.weighted([['专任教师', 88], ['行政人员', 5], ['教辅人员', 4], ['工勤人员', 3]] as const);
    const stage = school.stages.length > 1 ? (rng.chance(0.55) ? school.stages[0]! : school.stages[1]!) : school.stages[0]!;
    const workStart = hireDate ?? rng.date(Math.max(year - age + 20 + rng.int(0, 3), 1975), 7, 9);
    const yearsWorked = year - Number(workStart.slice(0, 4));
    const education = educationFor(stage, Number(workStart.slice(0, 4)));
    const title = hireDate ? '未定级' : titleFor(yearsWorked);
    const schoolStart = hireDate ?? addYears(workStart, Math.min(yearsWorked, rng.int(0, yearsWorked)));
    const p: Person = {
      id: `5300${String(nextId++).padStart(6, '0')}`,
      idcard: '', name: fakeName(rng, sex), sex, birth, school, stage, post,
      established: school.type === '幼儿园' ? rng.chance(0.6) : rng.chance(0.96),
      education, degree: education === '研究生' ? '硕士' : education === '本科' ? (rng.chance(0.85) ? '学士' : '无') : '无',
      title, titleSince: year - rng.int(0, 6),
      backboneCategory: '无', backboneLevel: '无', workStart, schoolStart,
    };
    (p as { idcard: string }).idcard = fakeIdCard(rng, birth, sex);
    if (!hireDate && post === '专任教师' && yearsWorked > 8 && rng.chance(0.1)) designateBackbone(p);
    return p;
  };

  const educationFor = (stage: Stage, startYear: number): Education => {
    const era = Math.min(1, Math.max(0, (startYear - 1985) / 40)); // later cohorts hold higher degrees
    if (stage === '高中' || stage === '中职') return rng.weighted([['研究生', 2 + 12 * era], ['本科', 80], ['专科', 10 * (1 - era)]] as const);
    if (stage === '学前') return rng.weighted([['本科', 10 + 40 * era], ['专科', 50], ['高中阶段', 30 * (1 - era)]] as const);
    return rng.weighted([['研究生', 6 * era], ['本科', 25 + 60 * era], ['专科', 45 * (1 - era) + 8], ['高中阶段', 18 * (1 - era)]] as const);
  };
  const titleFor = (years: number): Title =>
    years < 1 ? '未定级' : years < 4 ? rng.weighted([['三级', 1], ['二级', 3]] as const)
      : years < 12 ? rng.weighted([['二级', 4], ['一级', 6]] as const)
        : rng.weighted([['一级', 5], ['高级', 3], ['正高级', 0.04]] as const);
  function designateBackbone(p: Person) {
    p.backboneCategory = rng.weighted([['骨干教师', 85], ['学科带头人', 14], ['特级教师', 1]] as const);
    p.backboneLevel = p.backboneCategory === '特级教师' ? '省级' : rng.weighted([['县级', 60], ['市级', 30], ['省级', 9], ['国家级', 1]] as const);
  }

  // The first year's workforce: each school filled to its target with people of all ages.
  for (const s of schools) {
    for (let i = 0; i < targetOf(s, span.from); i++) people.push(newPerson(s, span.from, rng.int(22, 57), null));
  }
  for (const p of people) {
    if (ageAt(p.birth, `${span.from}-09-30`) < retirementAge(p)) continue;
    (p as { birth: string }).birth = addYears(p.birth, 6);
    (p as { idcard: string }).idcard = idCardWithBirth(p.idcard, p.birth);
  }

  const active = new Set(people);
  for (let year = span.from; year <= span.to; year++) {
    const exits: Row[] = [];
    const leave = (p: Person, type: string, date: string) => {
      exits.push({ 教师编号: p.id, 姓名: p.name, 类型: type, 日期: date });
      active.delete(p);
    };
    // Exits before the statistics date; those after it stay in this year's roster.
    const late: [Person, string, string][] = [];
    for (const p of [...active]) {
      const retire = addYears(p.birth, retirementAge(p));
      if (retire.startsWith(String(year))) {
        if (retire.slice(5) <= '09-30') leave(p, '退休', retire);
        else late.push([p, '退休', retire]);
        continue;
      }
      const rural = p.school.locality === '乡村';
      const type = rng.weighted([['调出', rural ? 0.02 : 0.008], ['辞职', 0.004], ['解聘', 0.0004], ['死亡', 0.0008], ['stay', 1]] as const);
      if (type !== 'stay') {
        const date = rng.date(year, 1, 12);
        if (date.slice(5) <= '09-30') leave(p, type, date);
        else late.push([p, type, date]);
      }
    }

    // Recruitment: fill schools below target, mostly rural ones (new hires start 08-20..09-10).
    const recruitment: Row[] = [];
    {
      const counts = new Map<School, number>();
      for (const p of active) counts.set(p.school, (counts.get(p.school) ?? 0) + 1);
      const deficit = (s: School) => Math.max(0, targetOf(s, year) - (counts.get(s) ?? 0));
      // City schools fill most gaps by 选调: experienced teachers move in from town and village
      // schools, whose own gaps are then filled by new recruits (so recruits go mostly rural).
      const movable = groupBy([...active].filter((p) => p.school.locality !== '城区' && isTeacher(p)), (p) => p.school.county);
      for (const s of schools.filter((x) => x.locality === '城区')) {
        const pool = rng.shuffle((movable.get(s.county) ?? []).filter((p) => p.school.locality !== '城区' && s.stages.includes(p.stage) && ageAt(p.birth, `${year}-09-01`) < 45));
        for (const p of pool.slice(0, Math.round(deficit(s) * 0.7))) {
          counts.set(p.school, (counts.get(p.school) ?? 0) - 1);
          counts.set(s, (counts.get(s) ?? 0) + 1);
          p.school = s;
          p.schoolStart = `${year}-08-25`;
        }
      }
      const deficits = schools.map((s) => [s, deficit(s)] as const).filter(([, d]) => d > 0);
      for (const [s, deficit] of deficits) {
        for (let i = 0; i < deficit; i++) {
          const channel = channelFor(rng, s, year);
          const hired = `${year}-${rng.weighted([['08-20', 2], ['08-26', 3], ['09-01', 4], ['09-10', 1]] as const)}`;
          const p = newPerson(s, year, channel === '研究生引进' ? rng.int(25, 29) : rng.int(21, 26), hired);
          if (channel === '研究生引进') { p.education = '研究生'; p.degree = '硕士'; }
          else if (channel === '特岗计划' || channel === '公费师范生' || channel === '优师计划') { p.education = '本科'; p.degree = '学士'; }
          else if (rng.chance(0.02 + 0.01 * (year - FIRST)) && s.type !== '幼儿园') { p.education = '研究生'; p.degree = '硕士'; }
          else if (p.education !== '研究生' && p.education !== '本科' && rng.chance(0.5 + 0.04 * (year - FIRST))) { p.education = '本科'; p.degree = '学士'; }
          if (channel === '编外聘用') p.established = false;
          people.push(p);
          active.add(p);
          recruitment.push({
            教师编号: p.id, 姓名: p.name, 招聘渠道: channel, 学段: p.stage, 分配学校: s.name, 城乡: s.locality,
            最高学历: p.education, 毕业院校类别: rng.weighted([['双一流', 5], ['部属师范', 8], ['省属师范', 52], ['其他', 35]] as const), 入职日期: hired,
          });
        }
      }
    }

    // Exchange and rotation from 09-01: 12% of compulsory teachers in 2015 rising to ~19%.
    const exchange: Row[] = [];
    const teachers = [...active].filter((p) => isTeacher(p) && isCompulsory(p));
    const rate = 0.12 + 0.0075 * (year - FIRST);
    const eligible = teachers.filter((p) => ageAt(p.schoolStart, `${year}-09-30`) >= 6);
    const others = teachers.filter((p) => ageAt(p.schoolStart, `${year}-09-30`) < 6);
    const n = Math.round(teachers.length * rate);
    const chosen = [...rng.shuffle(eligible).slice(0, Math.round(n * 0.78)), ...rng.shuffle(others).slice(0, n - Math.round(n * 0.78))];
    const backbone = chosen.filter((p) => p.backboneCategory !== '无');
    // Policy asks that about a fifth of those exchanged be backbone teachers: top up from the backbone pool.
    const isChosen = new Set(chosen);
    const extra = rng.shuffle(teachers.filter((p) => p.backboneCategory !== '无' && !isChosen.has(p))).slice(0, Math.max(0, Math.round(n * 0.2) - backbone.length));
    for (const p of [...chosen.slice(0, n - extra.length), ...extra]) {
      const from = p.school;
      const sameStage = schoolsOf.get(from.county)!.filter((s) => s !== from && s.stages.includes(p.stage));
      const towardRural = from.locality !== '乡村' ? rng.chance(0.65) : rng.chance(0.25);
      const pool = sameStage.filter((s) => (towardRural ? s.locality === '乡村' : s.locality !== '乡村'));
      const to = rng.pick(pool.length ? pool : sameStage);
      const mode = rng.weighted([['交流轮岗', 58], ['支教', 20], ['走教', 5], ['跟岗', 8], ['挂职', 4], ['调动', 5]] as const);
      const transfer = mode === '调动' || (mode === '交流轮岗' && rng.chance(0.2));
      const start = `${year}-09-01`;
      exchange.push({
        教师编号: p.id, 姓名: p.name, 原单位: from.name, 交流单位: to.name, 交流方式: mode, 是否调动人事关系: transfer ? '是' : '否',
        人员类别: rng.weighted([['教师', 85], ['中层干部', 10], ['副校长', 3], ['校长', 2]] as const),
        是否骨干教师: p.backboneCategory !== '无' ? '是' : '否', 开始日期: start, 结束日期: transfer ? '' : `${year + 1}-07-15`,
      });
      if (transfer) { p.school = to; p.schoolStart = start; }
    }

    // Degree upgrades through in-service study, effective before the statistics date.
    for (const p of active) {
      if (p.education === '专科' && rng.chance(0.045)) { p.education = '本科'; p.degree = rng.chance(0.6) ? '学士' : '无'; }
      else if (p.education === '高中阶段' && rng.chance(0.05)) p.education = '专科';
      else if (p.education === '本科' && rng.chance(0.004)) { p.education = '研究生'; p.degree = '硕士'; }
    }

    const roster = [...active].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => ({ ...p }));

    // After the statistics date: late exits, title promotions (12-20), honours (09-10 and 12-xx).
    for (const [p, type, date] of late) leave(p, type, date);
    const promotions: Row[] = [];
    for (const p of active) {
      if (!isTeacher(p)) continue;
      const years = year - p.titleSince;
      const i = TITLE_ORDER.indexOf(p.title);
      const next = TITLE_ORDER[i === 1 ? 2 : i + 1];
      const p0 = p.title === '未定级' ? 0.9 : p.title === '三级' ? 0.5 : p.title === '二级' ? (years >= 5 ? 0.15 : 0) : p.title === '一级' ? (years >= 5 ? 0.06 : 0) : p.title === '高级' ? (years >= 5 ? 0.004 : 0) : 0;
      if (next && rng.chance(p0)) {
        promotions.push({ 教师编号: p.id, 姓名: p.name, 原职称: p.title, 新职称: next, 学段: p.stage, 取得日期: `${year}-12-20` });
        p.title = next;
        p.titleSince = year;
      } else if (p.backboneCategory === '无' && TITLE_ORDER.indexOf(p.title) >= 3 && rng.chance(0.018)) designateBackbone(p);
    }
    const honours: Row[] = [];
    for (const p of active) {
      if (rng.chance(isTeacher(p) ? 0.022 : 0.01)) {
        const level = rng.weighted([['县级', 62], ['市级', 28], ['省级', 9], ['国家级', 1]] as const);
        const category = rng.weighted([['优秀教师', 40], ['优秀班主任', 22], ['优秀教育工作者', 12], ['师德标兵', 10], ['骨干教师', 6], ['学科带头人', 4], ['名师工作室主持人', 2], ['其他', 4]] as const);
        honours.push({ 教师编号: p.id, 姓名: p.name, 荣誉名称: `${year}年度${level === '县级' ? '县' : level === '市级' ? '市' : level === '省级' ? '省' : '全国'}${category === '其他' ? '教育系统先进个人' : category}`, 级别: level, 类别: category, 授予日期: rng.chance(0.7) ? `${year}-09-10` : rng.date(year, 11, 12) });
      }
    }

    // Training: about three programmes per full-time teacher a year, across levels.
    const training: Row[] = [];
    for (const p of roster) {
      const k = isTeacher(p) ? rng.weighted([[0, 4], [1, 9], [2, 24], [3, 32], [4, 21], [5, 10]] as const) : rng.chance(0.3) ? 1 : 0;
      for (let i = 0; i < k; i++) {
        const level = rng.weighted([['国家级', 2.5], ['省级', 7], ['市级', 14], ['县级', 42], ['校级', 32], ['其他', 2.5]] as const);
        const [lo, hi] = TRAINING_HOURS[level]!;
        const form = level === '国家级' || level === '省级'
          ? rng.weighted([['网络研修', 45], ['集中面授', 35], ['混合式', 15], ['出国(境)', 1], ['跟岗实践', 4]] as const)
          : rng.weighted([['网络研修', 35], ['集中面授', 45], ['混合式', 15], ['跟岗实践', 5]] as const);
        const start = rng.date(year, 1, 12);
        training.push({ 教师编号: p.id, 姓名: p.name, 培训项目: `${year}年${rng.pick(TRAINING_PROGRAMMES[level]!)}`, 培训级别: level, 培训形式: form, 学时: rng.int(lo / 2, hi / 2) * 2, 开始日期: start, 结束日期: start });
      }
    }

    // What real exports carry: a few trainees from outside the county's roster (visiting
    // teachers from a neighbouring county) and an honour dated the December before.
    if (year === 2021 && counties === 1) for (let i = 0; i < 3; i++) training.push({ 教师编号: `6100${String(900 + i).padStart(6, '0')}`, 姓名: fakeName(rng, '女'), 培训项目: '2021年县级暑期全员集中培训', 培训级别: '县级', 培训形式: '集中面授', 学时: 24, 开始日期: '2021-07-12', 结束日期: '2021-07-12' });
    if (year === 2022 && honours[0]) honours[0] = { ...honours[0], 授予日期: '2021-12-28' };

    const fulltime = new Map<School, number>();
    for (const p of roster) if (isTeacher(p)) fulltime.set(p.school, (fulltime.get(p.school) ?? 0) + 1);
    const schoolRows: Row[] = schools.map((s) => {
      const ft = fulltime.get(s) ?? 0;
      return {
        学校名称: s.name, 学校代码: s.code, 学段: s.type === '初级中学' ? '初中' : s.type === '高级中学' ? '高中' : s.type, 城乡: s.locality,
        政策乡村学校: s.locality === '城区' ? '否' : '是', 乡镇: s.township,
        在校生数: Math.round(ft * studentsPerTeacher(s) * 0.97), 核定编制数: Math.round(targetOf(s, year) * 0.98),
      };
    });
    const policyRural = roster.filter((p) => p.school.locality !== '城区' && isTeacher(p)).length;
    const funds: Row[] = [
      { 项目: '培训经费', 人数: training.length, 金额: Math.round(training.length * (260 + 12 * (year - FIRST))) * 10 },
      { 项目: '人才奖励', 人数: 20 + (year - FIRST) * 3, 金额: (20 + (year - FIRST) * 3) * 24000 },
      { 项目: '乡村教师生活补助', 人数: policyRural, 金额: policyRural * (200 + 20 * (year - FIRST)) * 12 },
    ];
    yield { year, roster, schools: schoolRows, exchange, training, recruitment, promotions, honours, exits, funds };
  }
}

function channelFor(rng: Random, s: School, year: number): string {
  const rural = s.locality === '乡村';
  if (s.type === '幼儿园') return rng.weighted([['公开招聘', 45], ['编外聘用', 45], ['定向培养', 10]] as const);
  if (s.type === '高级中学' || s.type === '中职') return rng.weighted([['公开招聘', 60], ['研究生引进', 20], ['公费师范生', 10], ['调入', 10]] as const);
  return rng.weighted([
    ['公开招聘', rural ? 30 : 60], ['特岗计划', rural ? 35 : 0], ['公费师范生', 8], ['优师计划', year >= 2021 ? 8 : 0],
    ['定向培养', rural ? 12 : 0], ['选调', rural ? 0 : 15], ['调入', 4], ['银龄讲学', year >= 2019 && rural ? 2 : 0], ['其他', 1],
  ] as const);
}

