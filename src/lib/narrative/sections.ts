/**
 * The annual report's sections, in the order and register of the bureaus' work summaries
 * and the national statistical bulletin: figures, changes on the previous year in 人 / 百分点,
 * targets only where declared, no adjective the numbers do not carry.
 */
import { term } from '../../i18n/terms.ts';
import type { Bilingual, DimensionId } from '../indicators/types.ts';
import { Figures, join, type Paragraph, type Segment } from './text.ts';

export interface Section {
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  /** the indicators of which one at least must have a figure (or a withheld one) for the section to be written */
  readonly needs: readonly string[];
  readonly missing: { readonly zh: string; readonly en: string };
  readonly write: (f: Figures) => Paragraph[];
}

const zh = (f: Figures) => f.lang === 'zh';
const comma = (f: Figures) => (zh(f) ? '，' : ', ');
/** A clause only when its figure can be stated. */
const when = (ok: boolean, ...parts: (Segment | readonly Segment[] | null | false)[]) => (ok ? join(...parts) : null);

function targetClause(f: Figures, id: string): Segment[] | null {
  const ind = f.indicator(id);
  if (!ind.target || !f.has(id)) return null;
  const years = f.yearsMeetingTarget(id);
  const label = ind.target.label;
  if (zh(f)) return [years >= 2 ? `，连续${years}年达到${label.zh}的要求` : years === 1 ? `，达到${label.zh}的要求` : `，未达到${label.zh}的要求`];
  return [years >= 2 ? `, meeting the requirement of ${label.en} for the ${years}th consecutive year`.replace(/(\d+)th/, (_, n: string) => ordinal(Number(n))) : years === 1 ? `, meeting the requirement of ${label.en}` : `, below the requirement of ${label.en}`];
}

const ordinal = (n: number) => `${n}${n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : n % 10 === 1 && n % 100 !== 11 ? 'st' : 'th'}`;

const CHANNELS_EN: Record<string, string> = {
  公开招聘: 'open recruitment', 特岗计划: 'the Special Post Plan', 公费师范生: 'publicly funded teacher education', 优师计划: 'the Excellent Teacher Plan',
  定向培养: 'targeted training', 研究生引进: 'postgraduate recruitment', 选调: 'selective transfer', 调入: 'transfer from elsewhere',
  编外聘用: 'contract hiring', 银龄讲学: 'the retired-teacher programme', 其他: 'other routes',
};
const EXIT_VERBS: Record<string, string> = { 退休: ' retired', 调出: ' transferred out', 辞职: ' resigned', 解聘: ' were dismissed', 死亡: ' died', 其他: ' left for other reasons' };

/** The words after a number in an English listing: "5,056 at county level", "116 retired", "95 via open recruitment". */
function englishTail(dimension: string, category: string): string {
  const label = term('en', category);
  if (dimension === 'level') return category === '校级' ? ' school-based' : category === '其他' ? ' other' : ` at ${label.toLowerCase()} level`;
  if (dimension === 'exitType') return EXIT_VERBS[category] ?? ` ${label.toLowerCase()}`;
  if (dimension === 'channel') return ` via ${CHANNELS_EN[category] ?? label}`;
  return ` ${label.toLowerCase()}`;
}

/**
 * The five-year cycle's completion, with its denominator said: those in post throughout the
 * cycle (INDICATORS.md training_cycle_360), not every full-time teacher of the year.
 */
function cycleSentence(f: Figures): Segment[] {
  const { start, end, hours, unfinished } = f.cycle();
  return zh(f)
    ? [`在${start}—${end}年培训周期内一直在岗的专任教师中，累计培训达到${hours}学时的占`, f.n('training_cycle_360'), unfinished ? '（周期未结束，为截至本年的进度）。' : '。']
    : [`Of the full-time teachers in post throughout the ${start}–${end} training cycle${unfinished ? ' so far' : ''}, `, f.n('training_cycle_360'), ` had completed ${hours} training hours in it${unfinished ? ' (the cycle is not over: progress so far)' : ''}. `];
}

/**
 * A figure the year does not have (x), said plainly rather than left out (PRODUCT.md): in the
 * first year of data, what it needs and from which year it is given; in another year, why, from
 * the figure's own note. Null where the bureau-wide figure is stated, or withheld (c: not missing).
 */
function notAvailable(f: Figures, id: string, what: Bilingual, needs: Bilingual): string | null {
  const e = f.get(id);
  if (!e || e.symbol !== 'x') return null;
  const from = f.nextYearWith(id);
  if (f.firstYear) {
    return zh(f)
      ? `${f.year}年是数据的第一年，${what.zh}需要${needs.zh}，${from ? `从${from}年起计算` : '尚无法计算'}。`
      : `${f.year} is the first year of data: figures for ${what.en} need ${needs.en}${from ? ` and are given from ${from}` : ''}. `;
  }
  if (zh(f)) return `${what.zh}本年无数据${e.note ? `：${e.note.zh}` : '。'}`;
  return `Figures for ${what.en} are not available this year${e.note ? `: ${e.note.en.charAt(0).toLowerCase()}${e.note.en.slice(1)}` : '.'} `;
}

const PREVIOUS_ROSTER: Bilingual = { zh: '上一年的名册', en: 'the previous year’s roster' };
const RETENTION: Bilingual = { zh: '留任率和流失率', en: 'retention and attrition' };
const RURAL_RETENTION: Bilingual = { zh: '乡村教师留任率', en: 'rural teachers’ retention' };
const UPGRADES: Bilingual = { zh: '学历提升人数', en: 'qualification upgrades' };
/** The cycle's completion, at the hours site.yaml asks for (360 by default). */
const cycleCompletion = (f: Figures): Bilingual => ({ zh: `${f.cycle().hours}学时完成率`, en: `${f.cycle().hours}-hour completion` });
/** What the cycle's completion needs: every year of the cycle the year falls in. */
const cycleNeeds = (f: Figures): Bilingual => {
  const { start, end } = f.cycle();
  return { zh: `所在培训周期（${start}—${end}年）各年的名册和培训记录`, en: `the rosters and training records of every year of their training cycle (${start}–${end})` };
};

/**
 * What a listing says of a withheld part (c), in the words of the report's own symbol note ("c 为保护
 * 个人信息不予公布" / "c withheld to protect individuals"). Not "数据不足以公开" / "too few to publish":
 * a part withheld so that a small one cannot be worked back from the total may be large (2015's
 * 22 resignations beside 2 deaths), and "too few" of both would tell a reader the 24 left were deaths.
 */
const WITHHELD: Bilingual = { zh: '不予公布', en: 'withheld' };

/**
 * "国家级287人次、省级803人次…其他306人次" / "287 at national level, 803 at provincial level, …":
 * every category of the breakdown with a figure (training and honours levels, hiring channels,
 * exit types), in the vocabulary's order, so the parts add up to the total; a withheld one is
 * named as withheld (WITHHELD).
 */
function everyCategory(f: Figures, id: string, dimension: DimensionId): Segment[] {
  const all = f.every(id, dimension);
  if (zh(f)) {
    return all.flatMap(({ category, withheld }, i) => [...(i === 0 ? [] : ['、']), ...(withheld ? [`${category}（${WITHHELD.zh}）`] : [category, f.n(id, dimension, category)])]);
  }
  // English names the withheld ones after the rest: "…, 26 resigned; withheld: dismissal, death".
  const shown = all.filter((c) => !c.withheld).flatMap(({ category }, i) => [...(i === 0 ? [] : [', ']), f.n(id, dimension, category), englishTail(dimension, category)]);
  // a withheld channel is named as the shown ones are ("contract hiring", not the glossary's capitalised "Contract hire")
  const withheld = all.filter((c) => c.withheld).map(({ category }) => (dimension === 'channel' ? (CHANNELS_EN[category] ?? term('en', category)) : term('en', category).toLowerCase()));
  return [...shown, ...(withheld.length ? [`${shown.length ? '; ' : ''}${WITHHELD.en}: ${withheld.join(', ')}`] : [])];
}

/** "；出国(境)培训11人次" / "; 11 abroad": training abroad is a form, not a level, so it is said after the levels. */
const abroad = (f: Figures) => when(f.has('training_person_times', 'form', '出国(境)'),
  zh(f) ? ['；出国(境)培训', f.n('training_person_times', 'form', '出国(境)')] : ['; ', f.n('training_person_times', 'form', '出国(境)'), ' abroad']);

/**
 * Which way the urban–rural gap in degrees runs, in words, judged on the gap as shown: a gap of
 * 0.03 points is shown 0.0, and "高0.0个百分点" would name a direction the figure does not show.
 */
function gapWord(f: Figures): string {
  const { decimals } = f.indicator('gap_bachelor_plus');
  const v = Math.round((f.get('gap_bachelor_plus')?.value ?? 0) * 10 ** decimals) / 10 ** decimals;
  if (zh(f)) return v > 0 ? '比乡村学校高' : v < 0 ? '比乡村学校低' : '与乡村学校相差';
  return v > 0 ? ' higher in urban than in rural schools' : v < 0 ? ' lower in urban than in rural schools' : ' apart between urban and rural schools';
}

/** The age figures that can be stated, each as its clause ("平均年龄36.1岁", "35岁及以下的占55.4%" …). */
function ageClauses(f: Figures): Segment[][] {
  const clauses: [string, Bilingual, Bilingual][] = [
    ['age_mean', { zh: '平均年龄', en: 'Their mean age was ' }, { zh: '', en: '' }],
    ['age_under35_share', { zh: '35岁及以下的占', en: '' }, { zh: '', en: ' were 35 or younger' }],
    ['age_50plus_share', { zh: '50岁及以上的占', en: '' }, { zh: '', en: ' were 50 or older' }],
  ];
  return clauses.filter(([id]) => f.has(id)).map(([id, before, after]) => [before[f.lang], f.n(id), after[f.lang]].filter((x) => x !== ''));
}

/**
 * "平均年龄36.1岁，35岁及以下的占55.4%，50岁及以上的占14.1%。" / "Their mean age was 36.1 years; 55.4%
 * were 35 or younger and 14.1% were 50 or older.": whichever of them can be stated, the sentence
 * ended either way (a withheld 50岁及以上 once left it hanging on "，").
 */
function ageSentence(f: Figures): Segment[] | null {
  const clauses = ageClauses(f);
  if (!clauses.length) return null;
  if (zh(f)) return [...clauses.flatMap((c, i) => (i ? ['，', ...c] : c)), '。'];
  const [mean, ...shares] = f.has('age_mean') ? [clauses[0]!, ...clauses.slice(1)] : [null, ...clauses];
  const sharesText = shares.flatMap((c, i) => (i ? [' and ', ...c] : c));
  return [...(mean ?? []), ...(mean && shares.length ? ['; '] : []), ...sharesText, '. '];
}

/**
 * "新进教师中本科及以上学历的占99.1%，研究生学历26人。" with either half alone when the other is
 * withheld, and nothing when both are: the halves were once joined blind ("。，研究生学历0人。").
 */
function newHiresDegrees(f: Figures): Segment[] | null {
  const share = f.has('new_hires_bachelor_plus_share');
  const postgrad = f.has('new_hires_postgrad');
  if (!share && !postgrad) return null;
  return zh(f)
    ? join('新进教师中', when(share, '本科及以上学历的占', f.n('new_hires_bachelor_plus_share')), share && postgrad ? '，' : null, when(postgrad, '研究生学历', f.n('new_hires_postgrad')), '。')
    : join(when(share, f.n('new_hires_bachelor_plus_share'), ' held a bachelor’s degree or higher'), when(postgrad, share ? ' and ' : null, f.n('new_hires_postgrad'), share ? ' a postgraduate degree' : ' held a postgraduate degree'), '.');
}

/** The gap's size in English prose: "0.3 percentage points", as the report says every other difference of rates, not the tables' "0.3 pp". */
function gapInWords(f: Figures): Segment {
  const size = f.size('gap_bachelor_plus');
  return typeof size === 'string' ? size : { ...size, text: size.text.replace(/ pp$/, ' percentage points') };
}

const withChange = (f: Figures, id: string) => {
  const c = f.change(id);
  return c ? [comma(f), c] : [];
};

export const SECTIONS: readonly Section[] = [
  {
    id: 'workforce', title: { zh: '队伍概况', en: 'The workforce' }, needs: ['fulltime_teachers'],
    missing: { zh: '本年度未报送教职工名册，队伍情况从略。', en: 'No staff roster was supplied for this year.' },
    write: (f) => [
      zh(f)
        ? join(`${f.year}年，全县共有教职工`, f.n('staff_total'), '，其中专任教师', f.n('fulltime_teachers'), ...withChange(f, 'fulltime_teachers'), '。',
            when(f.has('female_share'), '专任教师中女性占', f.n('female_share'), ageClauses(f).length ? '；' : '。'), ageSentence(f),
            when(f.has('student_teacher_ratio'), '生师比为', f.n('student_teacher_ratio'), '。'))
        : join(`In ${f.year} the county’s schools had `, f.n('staff_total'), ' staff, of whom ', f.n('fulltime_teachers'), ' were full-time teachers', ...withChange(f, 'fulltime_teachers'), '. ',
            when(f.has('female_share'), 'Women made up ', f.n('female_share'), ' of full-time teachers. '), ageSentence(f),
            when(f.has('student_teacher_ratio'), 'The pupil–teacher ratio was ', f.n('student_teacher_ratio'), ' (pupils per full-time teacher).')),
    ],
  },
  {
    id: 'recruitment', title: { zh: '补充招聘', en: 'Recruitment' }, needs: ['new_hires'],
    missing: { zh: '本年度未报送新进人员数据，本节从略。', en: 'No recruitment records were supplied for this year.' },
    write: (f) => [
      zh(f)
        ? join('全年新进教师', f.n('new_hires'), ...withChange(f, 'new_hires'), '；其中', ...everyCategory(f, 'new_hires', 'channel'), '。',
            when(f.has('new_hires_rural_share'), '分配到乡村学校的占', f.n('new_hires_rural_share'), '。'),
            newHiresDegrees(f))
        : join(f.n('new_hires'), ' new teachers were hired', ...withChange(f, 'new_hires'), ': ', ...everyCategory(f, 'new_hires', 'channel'), '. ',
            when(f.has('new_hires_rural_share'), f.n('new_hires_rural_share'), ' were placed in rural schools. '),
            newHiresDegrees(f)),
    ],
  },
  {
    id: 'exchange', title: { zh: '交流轮岗', en: 'Exchange and rotation' }, needs: ['exchange_count'],
    missing: { zh: '本年度未报送交流轮岗数据，本节从略。', en: 'No exchange records were supplied for this year.' },
    write: (f) => [
      zh(f)
        ? join('义务教育阶段交流轮岗教职工', f.n('exchange_count'), when(f.has('exchange_rate'), '，占义务教育专任教师的', f.n('exchange_rate')), '。',
            when(f.has('exchange_rate_eligible'), '符合交流条件教师的交流比例为', f.n('exchange_rate_eligible'), targetClause(f, 'exchange_rate_eligible'), '。'),
            when(f.has('exchange_backbone_share'), '骨干教师占交流人数的', f.n('exchange_backbone_share'), targetClause(f, 'exchange_backbone_share'), '。'),
            when(f.has('exchange_to_rural'), '城镇学校到乡村学校交流', f.n('exchange_to_rural'), when(f.has('exchange_to_rural_share'), '，占交流人数的', f.n('exchange_to_rural_share')), '。'))
        : join(f.n('exchange_count'), ' primary and lower-secondary staff took part in exchange or rotation', when(f.has('exchange_rate'), ', equal to ', f.n('exchange_rate'), ' of full-time teachers in compulsory education'), '. ',
            when(f.has('exchange_rate_eligible'), 'Among teachers eligible for exchange, ', f.n('exchange_rate_eligible'), ' moved', targetClause(f, 'exchange_rate_eligible'), '. '),
            when(f.has('exchange_backbone_share'), 'Backbone teachers made up ', f.n('exchange_backbone_share'), ' of those exchanged', targetClause(f, 'exchange_backbone_share'), '. '),
            when(f.has('exchange_to_rural'), f.n('exchange_to_rural'), ' went from urban or town schools to rural ones', when(f.has('exchange_to_rural_share'), ' (', f.n('exchange_to_rural_share'), ' of all exchanges)'), '.')),
    ],
  },
  {
    id: 'training', title: { zh: '培训研修', en: 'Training' }, needs: ['training_person_times'],
    missing: { zh: '本年度未报送培训记录，本节从略。', en: 'No training records were supplied for this year.' },
    write: (f) => [
      zh(f)
        ? join('全年培训教师', f.n('training_person_times'), ...withChange(f, 'training_person_times'), '；其中', ...everyCategory(f, 'training_person_times', 'level'), abroad(f), '。',
            when(f.has('training_hours_per_teacher'), '专任教师人均培训学时', f.n('training_hours_per_teacher')), when(f.has('training_coverage'), '，参训率', f.n('training_coverage')), '。',
            when(f.has('training_cycle_360'), cycleSentence(f)), notAvailable(f, 'training_cycle_360', cycleCompletion(f), cycleNeeds(f)),
            when(f.has('training_funds'), '培训经费', f.n('training_funds'), '。'))
        : join('Training attendances totalled ', f.n('training_person_times'), ...withChange(f, 'training_person_times'), ', of which ', ...everyCategory(f, 'training_person_times', 'level'), abroad(f), '. ',
            when(f.has('training_hours_per_teacher'), 'Full-time teachers averaged ', f.n('training_hours_per_teacher'), ' of training'), when(f.has('training_coverage'), ', and ', f.n('training_coverage'), ' of them took part in at least one programme'), '. ',
            when(f.has('training_cycle_360'), cycleSentence(f)), notAvailable(f, 'training_cycle_360', cycleCompletion(f), cycleNeeds(f)),
            when(f.has('training_funds'), 'Training funds came to ', f.n('training_funds'), '.')),
    ],
  },
  {
    id: 'degree', title: { zh: '学历提升', en: 'Qualifications' }, needs: ['bachelor_plus_share'],
    missing: { zh: '本年度未报送教职工名册，学历情况从略。', en: 'No staff roster was supplied for this year.' },
    write: (f) => [
      zh(f)
        ? join('专任教师中本科及以上学历的占', f.n('bachelor_plus_share'), ...withChange(f, 'bachelor_plus_share'), when(f.has('postgrad_share'), '；研究生学历的占', f.n('postgrad_share')), '。',
            when(f.has('qualified_degree_rate'), '学历合格率', f.n('qualified_degree_rate'), targetClause(f, 'qualified_degree_rate'), '。'),
            when(f.has('degree_upgrades'), '全年', f.n('degree_upgrades'), '通过在职学习提高了学历。'), notAvailable(f, 'degree_upgrades', UPGRADES, PREVIOUS_ROSTER))
        : join(f.n('bachelor_plus_share'), ' of full-time teachers held a bachelor’s degree or higher', ...withChange(f, 'bachelor_plus_share'), when(f.has('postgrad_share'), '; ', f.n('postgrad_share'), ' held a postgraduate degree'), '. ',
            when(f.has('qualified_degree_rate'), f.n('qualified_degree_rate'), ' met the statutory minimum qualification', targetClause(f, 'qualified_degree_rate'), '. '),
            when(f.has('degree_upgrades'), f.n('degree_upgrades'), ' teachers raised their qualification through in-service study.'), notAvailable(f, 'degree_upgrades', UPGRADES, PREVIOUS_ROSTER)),
    ],
  },
  {
    id: 'titles', title: { zh: '职称评聘', en: 'Professional titles' }, needs: ['senior_title_share'],
    missing: { zh: '本年度未报送教职工名册，职称情况从略。', en: 'No staff roster was supplied for this year.' },
    write: (f) => [
      zh(f)
        ? join('具有高级及以上职称的专任教师占', f.n('senior_title_share'), ...withChange(f, 'senior_title_share'), '。',
            when(f.has('promotions'), '全年职称晋升', f.n('promotions'), when(f.has('new_senior_titles'), '，其中新增高级及以上职称', f.n('new_senior_titles')), '。'))
        : join(f.n('senior_title_share'), ' of full-time teachers held a senior title or above', ...withChange(f, 'senior_title_share'), '. ',
            when(f.has('promotions'), f.n('promotions'), ' people were promoted', when(f.has('new_senior_titles'), ', ', f.n('new_senior_titles'), ' of them to a senior title or above'), '.')),
    ],
  },
  {
    id: 'recognition', title: { zh: '表彰激励', en: 'Recognition' }, needs: ['backbone_count'],
    missing: { zh: '本年度未报送骨干教师和表彰数据，本节从略。', en: 'No data on backbone teachers or honours were supplied for this year.' },
    write: (f) => [
      zh(f)
        ? join('全县有县级及以上骨干教师（含学科带头人、特级教师）', f.n('backbone_count'), when(f.has('backbone_per_100'), '，每百名专任教师', f.n('backbone_per_100')), '。',
            when(f.has('honours'), '全年受表彰', f.n('honours'), '，其中', ...everyCategory(f, 'honours', 'level'), '。'))
        : join('The county had ', f.n('backbone_count'), ' backbone teachers of county level or above (including subject leaders and master teachers)', when(f.has('backbone_per_100'), ', ', f.n('backbone_per_100'), ' per 100 full-time teachers'), '. ',
            when(f.has('honours'), f.n('honours'), ' honours were awarded: ', ...everyCategory(f, 'honours', 'level'), '.')),
    ],
  },
  {
    id: 'rural', title: { zh: '乡村教师', en: 'Rural teachers' }, needs: ['rural_teacher_share'],
    missing: { zh: '本年度未报送教职工名册，乡村教师情况从略。', en: 'No staff roster was supplied for this year.' },
    write: (f) => [
      zh(f)
        ? join('乡村学校专任教师', f.n('fulltime_teachers', 'locality', '乡村'), '，占全县专任教师的', f.n('rural_teacher_share'), '。',
            when(f.has('gap_bachelor_plus'), '城区学校本科及以上学历教师比例', gapWord(f), f.size('gap_bachelor_plus'), '。'),
            when(f.has('retention_rate', 'locality', '乡村'), '上年乡村专任教师本年仍在岗的占', f.n('retention_rate', 'locality', '乡村'), '。'), notAvailable(f, 'retention_rate', RURAL_RETENTION, PREVIOUS_ROSTER),
            when(f.has('rural_allowance'), '发放乡村教师生活补助', f.n('rural_allowance'), when(f.has('rural_allowance_people'), '，惠及', f.n('rural_allowance_people')), '（补助按乡镇及以下学校发放，含镇区）。'))
        : join('Rural schools had ', f.n('fulltime_teachers', 'locality', '乡村'), ' full-time teachers, ', f.n('rural_teacher_share'), ' of the county’s total. ',
            when(f.has('gap_bachelor_plus'), 'The share of teachers with a bachelor’s degree or higher was ', gapInWords(f), gapWord(f), '. '),
            when(f.has('retention_rate', 'locality', '乡村'), f.n('retention_rate', 'locality', '乡村'), ' of last year’s rural teachers were still in post. '), notAvailable(f, 'retention_rate', RURAL_RETENTION, PREVIOUS_ROSTER),
            when(f.has('rural_allowance'), 'Rural living allowances of ', f.n('rural_allowance'), ' were paid', when(f.has('rural_allowance_people'), ' to ', f.n('rural_allowance_people'), ' teachers'), ' (the allowance covers town as well as village schools).')),
    ],
  },
  {
    // Retention needs only two years' rosters: a year without exit records still says it.
    id: 'exits', title: { zh: '退休与流动', en: 'Retirement and turnover' }, needs: ['exits', 'retention_rate'],
    missing: { zh: '本年度未报送减员数据，本节从略。', en: 'No exit records were supplied for this year.' },
    write: (f) => [
      zh(f)
        ? join(f.supplied('exits') ? join('全年减员', f.n('exits'), '，其中', ...everyCategory(f, 'exits', 'exitType'), '。') : '本年度未报送减员数据。',
            when(f.has('retention_rate'), '上年专任教师本年仍在岗的占', f.n('retention_rate'), when(f.has('school_stay_rate'), '，仍在原学校的占', f.n('school_stay_rate')), when(f.has('attrition_rate'), '；流失率', f.n('attrition_rate')), '。'), notAvailable(f, 'retention_rate', RETENTION, PREVIOUS_ROSTER))
        : join(f.supplied('exits') ? join(f.n('exits'), ' staff left: ', ...everyCategory(f, 'exits', 'exitType'), '. ') : 'No exit records were supplied for this year. ',
            when(f.has('retention_rate'), f.n('retention_rate'), ' of last year’s full-time teachers were still in post', when(f.has('school_stay_rate'), ', ', f.n('school_stay_rate'), ' at the same school'), when(f.has('attrition_rate'), '; attrition was ', f.n('attrition_rate')), '.'), notAvailable(f, 'retention_rate', RETENTION, PREVIOUS_ROSTER)),
    ],
  },
];

