/**
 * The sample data with markup planted in every free-text field a clerk's file or site.yaml
 * can carry: school names (in every table that names a school, so they still match), a school
 * code, a township, training programmes, honours, a sheet's and a file's name, and the words of
 * site.yaml. Each is valid free text, so the data still passes the ingest; a site built from it
 * must show the markup as text and run none of it (tests/e2e/xss.test.ts).
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { parse, stringify } from 'yaml';

/** Markup that runs if it reaches a page unescaped: each raises a dialog of its own number. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  `"'><svg onload=alert(3)>`,
  '</title><script>alert(4)</script>',
] as const;

/** 示例县实验小学 (code 3199001029, so its page is /schools/3199001029/) renamed with the first payload. */
export const PLANTED_SCHOOL = { code: '3199001029', name: `示例县实验${PAYLOADS[0]}小学` } as const;

/** Whole cell values replaced wherever they occur, in every table and year. */
const EXACT: Record<string, string> = {
  示例县实验小学: PLANTED_SCHOOL.name,
  示例县第一小学: `示例县第一${PAYLOADS[1]}小学`,
  示例县第二小学: `示例县第二${PAYLOADS[2]}小学`,
  示例县第三小学: `示例县第三${PAYLOADS[3]}小学`,
  示例县第一幼儿园: `示例县第一幼儿园${PAYLOADS.join('')}`,
  // a school code that is not a plain word: that school's page is named by a hash instead
  3199001036: `3199001036${PAYLOADS[1]}`,
  柳林乡: `柳林${PAYLOADS[0]}乡`,
  龙泉乡: `龙泉${PAYLOADS[3]}乡`,
  北坡乡: `北坡${PAYLOADS[2]}乡`,
};
/** Cell values ending so (any year's), with a payload put in before the end. */
const ENDING: readonly [RegExp, string][] = [
  [/(县级信息化教学应用)(培训)$/, PAYLOADS[0]],
  [/(县级师德师风专题)(培训)$/, PAYLOADS[1]],
  [/(校本研修：课堂教学)(改进)$/, PAYLOADS[2]],
  [/(县级新入职教师)(培训)$/, PAYLOADS[3]],
  [/(年度县优秀)(教师)$/, PAYLOADS[0]],
  [/(年度市优秀)(班主任)$/, PAYLOADS[1]],
  [/(年度县优秀教育)(工作者)$/, PAYLOADS[2]],
  [/(年度县学科)(带头人)$/, PAYLOADS[3]],
];

const plant = (value: string): string => {
  const exact = EXACT[value];
  if (exact !== undefined) return exact;
  for (const [pattern, payload] of ENDING) if (pattern.test(value)) return value.replace(pattern, `$1${payload}$2`);
  return value;
};

/** The sample's site.yaml with markup in every word the site shows. */
async function siteYaml(from: string, firstYear: number): Promise<string> {
  const site = parse(await readFile(join(from, 'site.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
  site['bureau'] = { zh: `示例县${PAYLOADS[0]}教育局`, en: `Sample ${PAYLOADS[3]} Education Bureau` };
  site['region'] = { zh: `示例${PAYLOADS[1]}县`, en: `Sample ${PAYLOADS[2]} County` };
  const publication = site['publication']!;
  publication['licence'] = { zh: `署名 4.0 国际${PAYLOADS[1]}`, en: `CC BY 4.0 ${PAYLOADS[3]}` };
  publication['contact'] = `人事股${PAYLOADS[2]} 0000-0000000${PAYLOADS[0]}`;
  return `# Sample data with markup planted in its free text (tests/helpers/hostile.ts).\n${stringify({ ...site, first_year: firstYear })}`;
}

/**
 * Writes the sample's `years` (from data/) into `dir` with the payloads planted; returns how
 * many cells were changed. Only string cells are touched, so dates and numbers keep their form.
 */
export async function hostileData(dir: string, years: readonly number[], from = 'data'): Promise<number> {
  let changed = 0;
  await mkdir(dir, { recursive: true });
  for (const year of years) {
    await mkdir(join(dir, String(year)), { recursive: true });
    for (const file of await readdir(join(from, String(year)))) {
      const source = join(from, String(year), file);
      if (!file.endsWith('.xlsx')) {
        await cp(source, join(dir, String(year), file));
        continue;
      }
      const wb = XLSX.read(await readFile(source), { cellNF: true, cellStyles: true });
      // Sheet and file names are the clerk's too (the quality page names them): the honours' carry markup.
      const honours = file.includes('表彰');
      if (honours) {
        const [first] = wb.SheetNames;
        const renamed = `表彰${PAYLOADS[1]}`;
        wb.Sheets[renamed] = wb.Sheets[first!]!;
        delete wb.Sheets[first!];
        wb.SheetNames[0] = renamed;
      }
      for (const name of wb.SheetNames) {
        const ws = wb.Sheets[name]!;
        for (const [ref, cell] of Object.entries(ws)) {
          if (ref.startsWith('!')) continue;
          const c = cell as XLSX.CellObject;
          const text = c.t === 's' ? String(c.v) : c.t === 'n' && EXACT[String(c.v)] ? String(c.v) : null;
          if (text === null) continue;
          const value = plant(text);
          if (value === text) continue;
          ws[ref] = { t: 's', v: value };
          changed++;
        }
      }
      await writeFile(join(dir, String(year), honours ? file.replace('.xlsx', `${PAYLOADS[2]}.xlsx`) : file), XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }));
    }
  }
  await writeFile(join(dir, 'site.yaml'), await siteYaml(from, years[0]!));
  return changed;
}
