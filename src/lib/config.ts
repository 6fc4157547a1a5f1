/**
 * data/site.yaml: loose input normalised once into a trusted SiteConfig. Policy parameters
 * that provinces set differently live here (INDICATORS.md), with the national defaults.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { bureauWords, type BureauWords } from './ingest/words.ts';

const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
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
  }).prefault({}),
  /** The bureau's own column names: their header → a column name of the data guide. */
  columns: z.record(z.string(), z.string()).default({}),
  /** The bureau's own words: a column name → { their word: the allowed value }. */
  values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** A file (relative to the data folder, kept out of git) holding the salt for hashing IDs; env YUANDING_SALT wins. */
  salt_file: z.string().optional(),
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
  const { words, problems } = bureauWords(result.data.columns, result.data.values);
  if (problems.length) throw new ConfigError(`site.yaml 设置有误 / site.yaml is invalid:\n${problems.map((p) => `  site.yaml › ${p}`).join('\n')}`);
  let salt = env['YUANDING_SALT'] ?? '';
  if (!salt && result.data.salt_file) salt = (await readFile(join(dataDir, result.data.salt_file), 'utf8')).trim();
  return { ...result.data, salt, words };
}

/** The statistics date of a reporting year, e.g. 2024 → 2024-09-30. */
export const statisticsDate = (config: SiteConfig, year: number): string => `${year}-${config.statistics_date}`;
