/** English for the data's vocabulary (categories, table kinds, themes). School names stay in Chinese. */
import type { Lang } from './ui.ts';

const TERMS: Readonly<Record<string, string>> = {
  全部: 'All', 不详: 'Unknown', '小学;初中': 'Nine-year (primary + lower secondary)', '初中;高中': 'Complete secondary', '小学;初中;高中': 'Twelve-year',
  正高级: 'Professorate', 高级: 'Senior', 一级: 'First grade', 二级: 'Second grade', 三级: 'Third grade', 未定级: 'Unranked',
  特级教师: 'Master teacher', 学科带头人: 'Subject leader', 骨干教师: 'Backbone teacher', 无: 'None',
  交流轮岗: 'Rotation', 支教: 'Support teaching', 走教: 'Itinerant teaching', 跟岗: 'Shadowing', 挂职: 'Secondment', 调动: 'Transfer',
  校长: 'Principal', 副校长: 'Vice-principal', 中层干部: 'Middle manager', 教师: 'Teacher',
  公开招聘: 'Open recruitment', 特岗计划: 'Special Post Plan', 公费师范生: 'Publicly funded teacher trainee', 优师计划: 'Excellent Teacher Plan', 定向培养: 'Targeted training',
  研究生引进: 'Postgraduate recruitment', 选调: 'Selective transfer', 调入: 'Transfer in', 编外聘用: 'Contract hire', 银龄讲学: 'Retired-teacher programme',
  退休: 'Retirement', 调出: 'Transfer out', 辞职: 'Resignation', 解聘: 'Dismissal', 死亡: 'Death',
  优秀教师: 'Outstanding teacher', 优秀教育工作者: 'Outstanding educator', 优秀班主任: 'Outstanding class teacher', 师德标兵: 'Model of teacher ethics', 名师工作室主持人: 'Master-teacher studio leader',
  '29岁及以下': '29 or under', '30-34岁': '30–34', '35-39岁': '35–39', '40-44岁': '40–44', '45-49岁': '45–49', '50-54岁': '50–54', '55-59岁': '55–59', '60岁及以上': '60 or over',
  学前: 'Pre-school', 小学: 'Primary', 初中: 'Lower secondary', 高中: 'Upper secondary', 中职: 'Secondary vocational', 特殊教育: 'Special education',
  城区: 'Urban', 镇区: 'Town', 乡村: 'Rural',
  上年专任教师: "Last year's full-time teachers", 仍在本年名册的专任教师: "Full-time teachers still on this year's roster", 上年其他教职工: "Last year's other staff", 不在上年名册: "Not on last year's roster",
  有减员记录: 'With an exit record', 转为其他岗位: 'Moved to another post', 离开名册无减员记录: 'Left the roster without an exit record',
  男: 'Male', 女: 'Female',
  国家级: 'National', 省级: 'Provincial', 市级: 'Municipal', 县级: 'County', 校级: 'School-based', 其他: 'Other',
  集中面授: 'Face-to-face', 网络研修: 'Online', 混合式: 'Blended', 跟岗实践: 'Job shadowing', '出国(境)': 'Abroad',
  roster: 'staff roster', schools: 'schools', exchange: 'exchange and rotation records', training: 'training records',
  recruitment: 'recruitment records', promotions: 'title promotions', honours: 'honours', exits: 'exits', funds: 'funds',
};

const TABLE_ZH: Readonly<Record<string, string>> = {
  roster: '教职工名册', schools: '学校', exchange: '交流轮岗', training: '培训记录', recruitment: '新进人员',
  promotions: '职称评聘', honours: '表彰奖励', exits: '减员', funds: '经费与补助',
};

export const THEMES: Readonly<Record<string, Record<Lang, string>>> = {
  workforce: { zh: '队伍概况', en: 'Workforce' }, recruitment: { zh: '补充招聘', en: 'Recruitment' }, exchange: { zh: '交流轮岗', en: 'Exchange and rotation' },
  training: { zh: '培训研修', en: 'Training' }, degree: { zh: '学历提升', en: 'Qualifications' }, titles: { zh: '职称评聘', en: 'Professional titles' },
  recognition: { zh: '表彰激励', en: 'Recognition' }, rural: { zh: '乡村教师', en: 'Rural teachers' }, exits: { zh: '退休与流动', en: 'Retirement and turnover' }, funds: { zh: '经费', en: 'Funds' },
};

/** A category label in the page's language; a direction such as 城区→乡村 is translated part by part. */
export function term(lang: Lang, value: string): string {
  // A school teaching several stages (小学;初中) is one category, written as words, never with the data's separator.
  if (value.includes(';')) return lang === 'en' && TERMS[value] ? TERMS[value] : value.split(';').map((v) => term(lang, v)).join(lang === 'zh' ? '、' : ' & ');
  if (lang === 'zh') return value;
  if (value.includes('→')) return value.split('→').map((v) => TERMS[v] ?? v).join(' → ');
  return TERMS[value] ?? value;
}

export const tableName = (lang: Lang, kind: string): string => (lang === 'zh' ? (TABLE_ZH[kind] ?? kind) : (TERMS[kind] ?? kind));
