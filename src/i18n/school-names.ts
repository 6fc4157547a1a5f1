/**
 * School names for English pages: the place in pinyin, the kind of school translated, the
 * Chinese kept beside it so the school can still be found (示例县第一小学 → Shili County No. 1
 * Primary School, or Sample County No. 1 Primary School where site.yaml names 示例县 so). Names are read from the end: the kind (小学), then an ordinal (第一), then
 * markers (中心, 实验), then places (县, 镇, 乡, 村) whose names become pinyin.
 */
import { pinyin } from 'pinyin-pro';
import { UNKNOWN_CATEGORY } from '../lib/indicators/dimensions.ts';
import { term } from './terms.ts';

/** Kinds of school, longest first, so 初级中学 wins over 中学. */
const KINDS: readonly [string, string][] = ([
  ['九年一贯制学校', 'Nine-Year School'], ['十二年一贯制学校', 'Twelve-Year School'], ['完全中学', 'Complete Secondary School'],
  ['职业中等专业学校', 'Secondary Vocational School'], ['中等职业学校', 'Secondary Vocational School'], ['职业高级中学', 'Vocational High School'], ['职业中学', 'Vocational School'],
  ['特殊教育学校', 'Special Education School'], ['高级中学', 'Upper Secondary School'], ['初级中学', 'Lower Secondary School'],
  ['中学', 'Secondary School'], ['小学', 'Primary School'], ['幼儿园', 'Kindergarten'], ['教学点', 'Teaching Point'], ['学校', 'School'],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

const ORDINALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const MARKERS: Readonly<Record<string, string>> = { 中心: 'Central', 实验: 'Experimental', 民族: 'Ethnic', 附属: 'Affiliated' };
const PLACES: Readonly<Record<string, string>> = { 县: 'County', 区: 'District', 市: 'City', 镇: 'Town', 乡: 'Township', 村: 'Village', 街道: 'Subdistrict' };

const capitalised = (text: string): string => {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
};

/** English names made so far: English pages name each school again and again (a city's 876 on every indicator page). */
const named = new Map<string, string>();

/**
 * Places whose English name the bureau gives in site.yaml (its region: 示例县 → Sample County),
 * used in school names before any pinyin, so a school of the county is named as the site names
 * the county: "Sample County No. 1 Primary School", not "Shili County …" beside it.
 */
const given = new Map<string, string>();
export function givePlaceNames(names: Iterable<readonly [zh: string, en: string]>): void {
  let changed = false;
  for (const [zh, en] of names) {
    if (zh && en && given.get(zh) !== en) given.set(zh, en), (changed = true);
  }
  if (changed) named.clear();
}

/**
 * The English name of a school, or the Chinese name unchanged when it is not a recognisable school name.
 * A by-school breakdown's 不详 (people on no school's roster) is no school: it reads Unknown, not its pinyin (Buxiang).
 */
export function schoolNameEn(name: string): string {
  if (name === UNKNOWN_CATEGORY) return term('en', name);
  let english = named.get(name);
  if (english === undefined) {
    // Two schools of one name are told apart by their codes at ingest: 中心小学（3199001005）.
    const coded = /^(.+)（([0-9A-Z]+)）$/.exec(name);
    named.set(name, (english = coded ? `${translate(coded[1]!)} (${coded[2]})` : translate(name)));
  }
  return english;
}

function translate(name: string): string {
  const kind = KINDS.find(([zh]) => name.endsWith(zh));
  if (!kind) return capitalised(name);
  let rest = name.slice(0, -kind[0].length);
  const words: string[] = [kind[1]];
  const ordinal = /第([一二三四五六七八九十])$/.exec(rest);
  if (ordinal) {
    words.unshift(`No. ${ORDINALS[ordinal[1]!]}`);
    rest = rest.slice(0, -ordinal[0].length);
  }
  for (;;) {
    const marker = Object.keys(MARKERS).find((m) => rest.endsWith(m));
    if (!marker) break;
    words.unshift(MARKERS[marker]!);
    rest = rest.slice(0, -marker.length);
  }
  // Places from the end: 柳林高岭村 → Liulin Gaoling Village; 东关镇 → Dongguan Town.
  const places: string[] = [];
  while (rest) {
    const bureau = [...given].find(([zh]) => rest.endsWith(zh));
    if (bureau) {
      places.unshift(bureau[1]);
      rest = rest.slice(0, -bureau[0].length);
      continue;
    }
    const place = Object.keys(PLACES).find((p) => rest.endsWith(p) && rest.length > p.length + 1);
    const head = place ? rest.slice(0, -place.length) : rest;
    // The place's own name: the last two characters before the marker (a village), or all that is left.
    const own = place === '村' && head.length > 2 ? head.slice(-2) : head;
    places.unshift(place ? `${capitalised(own)} ${PLACES[place]}` : capitalised(own));
    rest = place ? head.slice(0, head.length - own.length) : '';
  }
  return [...places, ...words].join(' ');
}

/** A township or town as English pages name it: 东关镇 → Dongguan Town, 柳林乡 → Liulin Township. */
export const placeNameEn = (name: string): string => {
  const place = Object.keys(PLACES).find((p) => name.endsWith(p) && name.length > p.length);
  return place ? `${capitalised(name.slice(0, -place.length))} ${PLACES[place]}` : capitalised(name);
};

/** A school as an English page shows it: the English name with the Chinese beside it. */
export const schoolLabel = (name: string, lang: 'zh' | 'en'): string => (lang === 'zh' ? name : `${schoolNameEn(name)} (${name})`);
