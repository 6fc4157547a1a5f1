/**
 * data/site.yaml: loose input normalised once into a trusted SiteConfig. Policy parameters
 * that provinces set differently live here (INDICATORS.md), with the national defaults.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { bureauWords, type BureauWords } from './ingest/words.ts';

const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
/** A name given in Chinese only, or in both languages. */
const Words = z.union([z.string().min(1).transform((zh) => ({ zh, en: zh })), Bilingual]);
/** An http(s) address: a link on every page, so never javascript: or data:. */
const WebAddress = z.url({ protocol: /^https?$/, error: '应为 http:// 或 https:// 网址 / must be an http:// or https:// address' });

const SiteConfigSchema = z.object({
  bureau: Bilingual.default({ zh: '教育局', en: 'Education Bureau' }),
  region: Bilingual.default({ zh: '本地区', en: 'the area' }),
  /** A sample data set is labelled as such on every page. */
  sample: z.boolean().default(false),
  /** The first reporting year published: a year folder before it is an error (none: any year from 1990). */
  first_year: z.number().int().min(1990).max(2100).optional(),
  /** A year folder after the current year (today's, not the data's) is an error unless this is true. */
  allow_future_years: z.boolean().default(false),
  statistics_date: z.string().regex(/^\d{2}-\d{2}$/, '应为 MM-DD，如 09-30 / expected MM-DD such as 09-30').default('09-30'),
  disclosure_threshold: z.number().int().min(1).max(100).default(5),
  languages: z.array(z.enum(['zh-CN', 'en'])).default(['zh-CN', 'en']),
  policy: z.object({
    exchange_eligibility_years: z.number().positive().default(6),
    exchange_target: z.number().min(0).max(1).default(0.1),
    backbone_share_target: z.number().min(0).max(1).default(0.2),
    training_cycle_hours: z.number().positive().default(360),
    training_cycle_start: z.number().int().optional(),
    /**
     * 县域义务教育优质均衡发展督导评估 (教督〔2017〕6号), teacher part: per 100 pupils, the
     * lines each school must reach, the highest difference coefficient across schools, and the
     * lowest 最高学历 counted as above the required one (小学 专科+, 初中 本科+ by default).
     */
    balance: z.object({
      primary: z.object({
        above_education: z.enum(['研究生', '本科', '专科']).default('专科'),
        qualified_per_100: z.number().min(0).default(4.2),
        backbone_per_100: z.number().min(0).default(1.0),
        pe_arts_per_100: z.number().min(0).default(0.9),
        max_coefficient: z.number().positive().default(0.5),
      }).prefault({}),
      junior: z.object({
        above_education: z.enum(['研究生', '本科', '专科']).default('本科'),
        qualified_per_100: z.number().min(0).default(5.3),
        backbone_per_100: z.number().min(0).default(1.0),
        pe_arts_per_100: z.number().min(0).default(0.9),
        max_coefficient: z.number().positive().default(0.45),
      }).prefault({}),
      /** 教学点 with fewer pupils than this are left out, as the rule does */
      teaching_point_min_pupils: z.number().int().min(0).default(50),
    }).prefault({}),
  }).prefault({}),
  /** Limits on reading one workbook: a damaged or hostile file stops with an error, not a crash. */
  ingest: z.object({
    /** the most a workbook's parts may inflate to */
    max_inflated_mb: z.number().positive().default(2048),
    /** memory for reading one workbook (a worker's heap) */
    max_memory_mb: z.number().int().min(64).default(6144),
    /** time for reading one workbook */
    max_seconds: z.number().positive().default(900),
  }).prefault({}),
  /** The address the site is published at: canonical links, language alternates, the sitemap, citations. */
  site_url: WebAddress.regex(/\/$/, '应以 / 结尾 / must end with /').optional(),
  /** What a reader needs to cite the site: dates as the bureau sets them, never the build's clock. */
  publication: z.object({
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD / expected YYYY-MM-DD').optional(),
    next_update: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD / expected YYYY-MM-DD').optional(),
    licence: Bilingual.optional(),
    licence_url: WebAddress.optional(),
    /** who answers questions: one line, or one per language (the English page translates it) */
    contact: z.union([Bilingual, z.string().min(1)]).optional(),
    // The frame a Chinese government site shows in its footer (政府网站发展指引, 国办发〔2017〕47号).
    /** 主办单位 */
    host: Words.optional(),
    /** 承办单位 */
    organiser: Words.optional(),
    /** 网站标识码: ten digits or capital letters, as the national government-website register issues it */
    site_code: z.string().regex(/^[0-9A-Z]{10}$/, '网站标识码应为 10 位数字或大写字母，如 3607230001 / the website code is 10 digits or capital letters, such as 3607230001').optional(),
    /** ICP 备案号, linked to the MIIT filing system's public page */
    icp: z.string().regex(/^[\u4e00-\u9fa5]ICP备\d{6,10}号(-\d{1,3})?$/, 'ICP 备案号应如“赣ICP备12345678号”或“赣ICP备12345678号-1” / the ICP number looks like 赣ICP备12345678号 or 赣ICP备12345678号-1').optional(),
    /** 公安机关备案号, linked to the public-security filing system's record */
    police: z.string().regex(/^[\u4e00-\u9fa5]公网安备\s?\d{14}号$/, '公安机关备案号应如“赣公网安备 36072302000123号”（14 位数字） / the public-security number looks like 赣公网安备 36072302000123号 (14 digits)').optional(),
    /** the 党政机关网站 mark: an image in the data folder, and where it links */
    mark: z.object({ image: z.string().regex(/\.(png|gif|jpe?g|svg)$/i, '标识图片应为 .png、.gif、.jpg 或 .svg / the mark image must be .png, .gif, .jpg or .svg'), link: WebAddress }).optional(),
    /** the bureau's own home page, linked from every footer */
    home: WebAddress.optional(),
  }).prefault({}),
  /** The bureau's own column names: their header → a column name of the data guide. */
  columns: z.record(z.string(), z.string()).default({}),
  /** The bureau's own words: a column name → { their word: the allowed value }. */
  values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** A file (relative to the data folder, kept out of git) holding the salt for hashing IDs; env YUANDING_SALT wins. */
  salt_file: z.string().optional(),
  /**
   * Files and sheets not to read: `2024/减员.xlsx` (the whole file) or `2024/减员.xlsx › Sheet1`
   * (one sheet; `>` also separates, spaces optional). See ingest/ignore.ts.
   */
  ignore: z.array(z.string().trim().min(1)).default([]),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema> & { readonly salt: string; readonly words: BureauWords };

export class ConfigError extends Error {}

export async function loadConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<SiteConfig> {
  const path = join(dataDir, 'site.yaml');
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch {
    // site.yaml is optional: every setting has a default.
  }
  const result = SiteConfigSchema.safeParse(text.trim() ? parse(text) : {});
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  site.yaml › ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`site.yaml 设置有误 / site.yaml is invalid:\n${lines.join('\n')}`);
  }
  const mark = result.data.publication.mark?.image;
  if (mark && !(await stat(join(dataDir, mark)).then((s) => s.isFile(), () => false))) {
    throw new ConfigError(`site.yaml 设置有误 / site.yaml is invalid:\n  site.yaml › publication.mark.image: 数据文件夹中没有图片“${mark}” / there is no image "${mark}" in the data folder`);
  }
  const { words, problems } = bureauWords(result.data.columns, result.data.values);
  if (problems.length) throw new ConfigError(`site.yaml 设置有误 / site.yaml is invalid:\n${problems.map((p) => `  site.yaml › ${p}`).join('\n')}`);
  let salt = env['YUANDING_SALT'] ?? '';
  if (!salt && result.data.salt_file) salt = (await readFile(join(dataDir, result.data.salt_file), 'utf8')).trim();
  return { ...result.data, salt, words };
}

/** The statistics date of a reporting year, e.g. 2024 → 2024-09-30. */
export const statisticsDate = (config: SiteConfig, year: number): string => `${year}-${config.statistics_date}`;
