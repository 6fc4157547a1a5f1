/** The words of the domain, as closed vocabularies: a wrong value fails to compile. */

export const STAGES = ['学前', '小学', '初中', '高中', '中职', '特殊教育'] as const;
export type Stage = (typeof STAGES)[number];

/** 义务教育: the stages counted by compulsory-education indicators (exchange). */
export const COMPULSORY_STAGES: readonly Stage[] = ['小学', '初中'];

export const LOCALITIES = ['城区', '镇区', '乡村'] as const;
export type Locality = (typeof LOCALITIES)[number];

export const SEXES = ['男', '女'] as const;
export type Sex = (typeof SEXES)[number];

export const POSTS = ['专任教师', '行政人员', '教辅人员', '工勤人员', '其他'] as const;
export type Post = (typeof POSTS)[number];

export const EDUCATIONS = ['研究生', '本科', '专科', '高中阶段', '高中阶段以下'] as const;
export type Education = (typeof EDUCATIONS)[number];

export const DEGREES = ['博士', '硕士', '学士', '无'] as const;

export const TITLES = ['正高级', '高级', '一级', '二级', '三级', '未定级'] as const;
export type Title = (typeof TITLES)[number];

export const BACKBONE_CATEGORIES = ['特级教师', '学科带头人', '骨干教师', '无'] as const;
export const BACKBONE_LEVELS = ['国家级', '省级', '市级', '县级', '无'] as const;

export const EXCHANGE_MODES = ['交流轮岗', '支教', '走教', '跟岗', '挂职', '调动'] as const;
export const EXCHANGE_ROLES = ['校长', '副校长', '中层干部', '教师'] as const;

export const TRAINING_LEVELS = ['国家级', '省级', '市级', '县级', '校级', '其他'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];
export const TRAINING_FORMS = ['集中面授', '网络研修', '混合式', '跟岗实践', '出国(境)', '其他'] as const;

export const HIRE_CHANNELS = [
  '公开招聘', '特岗计划', '公费师范生', '优师计划', '定向培养', '研究生引进',
  '选调', '调入', '编外聘用', '银龄讲学', '其他',
] as const;
export const GRADUATE_SCHOOL_KINDS = ['双一流', '部属师范', '省属师范', '其他'] as const;

export const HONOUR_LEVELS = ['国家级', '省级', '市级', '县级'] as const;
export const HONOUR_CATEGORIES = [
  '优秀教师', '优秀教育工作者', '优秀班主任', '师德标兵', '骨干教师', '学科带头人', '名师工作室主持人', '其他',
] as const;

export const EXIT_TYPES = ['退休', '调出', '辞职', '解聘', '死亡', '其他'] as const;
export const FUND_ITEMS = ['培训经费', '人才奖励', '乡村教师生活补助', '其他'] as const;
export const YES_NO = ['是', '否'] as const;

/** A reporting year is the name of a folder under data/: four digits. */
export type ReportingYear = number;

/** An ISO calendar date, YYYY-MM-DD, produced once at ingest. */
export type IsoDate = string;
