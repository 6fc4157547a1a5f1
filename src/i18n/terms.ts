/** English for the data's vocabulary (categories, table kinds, themes). School names stay in Chinese. */
import type { Lang } from './ui.ts';

const TERMS: Readonly<Record<string, string>> = {
  全部: 'All', 不详: 'Unknown',
  学前: 'Pre-school', 小学: 'Primary', 初中: 'Lower secondary', 高中: 'Upper secondary', 中职: 'Secondary vocational', 特殊教育: 'Special education',
  城区: 'Urban', 镇区: 'Town', 乡村: 'Rural',
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
  workforce: { zh: '队伍', en: 'Workforce' }, recruitment: { zh: '招聘', en: 'Recruitment' }, exchange: { zh: '交流', en: 'Exchange' },
  training: { zh: '培训', en: 'Training' }, degree: { zh: '学历', en: 'Qualifications' }, titles: { zh: '职称', en: 'Titles' },
  recognition: { zh: '表彰', en: 'Recognition' }, rural: { zh: '乡村', en: 'Rural' }, exits: { zh: '流动', en: 'Exits' }, funds: { zh: '经费', en: 'Funds' },
};

/** A category label in the page's language. */
export const term = (lang: Lang, value: string): string => (lang === 'zh' ? value : (TERMS[value] ?? value));

export const tableName = (lang: Lang, kind: string): string => (lang === 'zh' ? (TABLE_ZH[kind] ?? kind) : (TERMS[kind] ?? kind));
