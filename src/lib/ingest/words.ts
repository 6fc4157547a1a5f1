/**
 * A bureau's own words, said once in site.yaml and used by every read:
 *
 *   columns:            their header → a column name of the data contract
 *     人员身份: 教职工类别
 *   values:             a column → { their word: the canonical value }
 *     专业技术职务:
 *       中教高级: 高级
 *
 * Checked when site.yaml is loaded (an unknown column or value is a settings error), then
 * passed to the parse as plain data (it crosses into the workers and into the cache key).
 */
import { normaliseKey } from './normalise.ts';
import { TABLE_SPECS, type FieldSpec } from './schema.ts';
import { lookup, type Vocabulary } from './vocabularies.ts';

export interface BureauWords {
  /** their normalised header → the contract's normalised column name */
  readonly columns: Readonly<Record<string, string>>;
  /** vocabulary id → their normalised word → canonical value */
  readonly values: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const NO_WORDS: BureauWords = { columns: {}, values: {} };

type EnumField = Extract<FieldSpec, { type: 'enum' }>;
const FIELDS = TABLE_SPECS.flatMap((s) => s.fields);
const NAMED = new Map(FIELDS.flatMap((f) => [f.header, ...(f.aliases ?? [])].map((n) => [normaliseKey(n), f] as const)));

/** The vocabulary a column name of the contract (header or alias, any table kind) takes its values from. */
function vocabularyOf(column: string): Vocabulary | undefined {
  const field = NAMED.get(normaliseKey(column));
  return field?.type === 'enum' ? (field as EnumField).vocabulary : undefined;
}

/** site.yaml's `columns:` and `values:` checked and normalised; `problems` lists what is wrong, for the settings error. */
export function bureauWords(columns: Readonly<Record<string, string>> = {}, values: Readonly<Record<string, Readonly<Record<string, string>>>> = {}): { words: BureauWords; problems: string[] } {
  const problems: string[] = [];
  const cols: Record<string, string> = {};
  for (const [theirs, ours] of Object.entries(columns)) {
    if (!NAMED.has(normaliseKey(ours))) problems.push(`columns › ${theirs}: “${ours}”不是数据说明中的列名 / is not a column name of the data guide`);
    else cols[normaliseKey(theirs)] = normaliseKey(ours);
  }
  const vals: Record<string, Record<string, string>> = {};
  for (const [column, words] of Object.entries(values)) {
    const vocabulary = vocabularyOf(column);
    if (!vocabulary) {
      problems.push(`values › ${column}: “${column}”不是有固定取值的列 / is not a column with fixed values`);
      continue;
    }
    for (const [theirs, canonical] of Object.entries(words ?? {})) {
      const value = lookup(vocabulary, normaliseKey(canonical));
      if (value === undefined) problems.push(`values › ${column} › ${theirs}: “${canonical}”不是“${column}”的取值；应为 ${vocabulary.values.join('、')} / is not a value of ${column}; expected one of ${vocabulary.values.join(', ')}`);
      else (vals[vocabulary.id] ??= {})[normaliseKey(theirs)] = value;
    }
  }
  return { words: { columns: cols, values: vals }, problems };
}

/**
 * The site.yaml lines that would map `word` of a column to a canonical value: the value the
 * word most likely means (one it contains), else the first, with a comment to check it. The
 * word is quoted, so a message that must not print it (a name in a shifted column) can mask it.
 */
export function valuesLines(field: EnumField, word: string): string {
  const guess = field.values.find((v) => word.includes(v)) ?? Object.entries(field.vocabulary.words).find(([w]) => word.includes(w))?.[1];
  const note = guess ? '请核对右边的取值' : `请把右边改为 ${field.values.join('、')} 之一`;
  // Without a guess, a blank to fill rather than the first value: copied as it is, site.yaml is
  // refused for it, never read as a mapping nobody chose. A double-quoted YAML scalar is a JSON string.
  return `values:\n  ${field.header}:\n    ${JSON.stringify(word)}: ${guess ?? '"（请填写）"'}   # ${note}`;
}
