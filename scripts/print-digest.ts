/**
 * What a report page prints, read from its HTML without a browser: the page less the elements its
 * own stylesheets surely hide in print (`display: none` in `@media print`, with no rule that could
 * show them again winning the cascade). Two pages alike in this print the same PDF, whatever
 * else differs (the year links an added year brings, the notice of a newer report), so adding a
 * year prints the new year's reports only, and the older ones are told apart with no Chromium.
 *
 * The rules are read from the page's own <style> elements, as Chromium applies them: nothing is
 * listed here a second time. Where in doubt an element is kept, so the digest can only tell two
 * pages apart that print the same (and print one again), never the reverse.
 */
import postcss, { type AtRule, type Node as CssNode, type Rule } from 'postcss';
import { parse as parseSelector, type Selector } from 'css-what';
import { parseHTML } from 'linkedom';

/** A rule setting `display`, with what ranks it in the cascade. */
interface RuleSelector {
  readonly text: string;
  readonly specificity: number;
  /** null: a selector this cannot read, which may match anything */
  readonly key: Key | null;
}

interface DisplayRule {
  readonly selectors: readonly RuleSelector[];
  readonly none: boolean;
  readonly important: boolean;
  /** at the top level or in `@media print`: surely applies in print */
  readonly inPrint: boolean;
  readonly order: number;
}

/** What an element must have to match a selector's last compound: cheap to test before `matches`. */
interface Key {
  readonly tag: string | null;
  readonly id: string | null;
  readonly classes: readonly string[];
}

const PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter', 'marker', 'placeholder', 'selection']);
/** Cascade layers, scoping and imports change how rules rank or what applies: no element is taken out. */
const UNRANKABLE = /@(layer|scope|import)\b/i;

/**
 * Specificity as one number: ids × 10⁶ + classes, attributes and pseudo-classes × 10³ + types.
 * Infinity where this does not count it exactly (`:nth-child(2n of .x)`, shadow-tree selectors):
 * such a selector may show anything again, and hides nothing here.
 */
function specificity(tokens: readonly Selector[]): number {
  let sum = 0;
  for (const t of tokens) {
    if (t.type === 'tag' || t.type === 'pseudo-element') sum += 1;
    else if (t.type === 'attribute') sum += t.name === 'id' && t.action === 'equals' ? 1e6 : 1e3;
    else if (t.type === 'pseudo') {
      if (t.name === 'where') continue;
      if (Array.isArray(t.data) && ['is', 'not', 'has', 'matches'].includes(t.name)) sum += Math.max(0, ...t.data.map(specificity));
      else if (Array.isArray(t.data) || /\bof\b/.test(t.data ?? '') || /^(host|host-context|slotted|scope)$/.test(t.name)) return Infinity;
      else sum += 1e3;
    }
  }
  return sum;
}

/** The last compound of a selector: what the element itself must be. */
function keyOf(tokens: readonly Selector[]): Key {
  let start = tokens.length;
  while (start > 0 && !['adjacent', 'child', 'descendant', 'parent', 'sibling', 'column-combinator'].includes(tokens[start - 1]!.type)) start--;
  const last = tokens.slice(start);
  const tag = last.find((t) => t.type === 'tag');
  const id = last.find((t) => t.type === 'attribute' && t.name === 'id' && t.action === 'equals');
  return {
    tag: tag?.type === 'tag' ? tag.name.toLowerCase() : null,
    id: id?.type === 'attribute' ? id.value : null,
    classes: last.flatMap((t) => (t.type === 'attribute' && t.name === 'class' && t.action === 'element' ? [t.value] : [])),
  };
}

const mayMatch = (element: Element, key: Key | null) =>
  !key || ((!key.tag || element.localName.toLowerCase() === key.tag) && (!key.id || element.id === key.id) && key.classes.every((c) => element.classList.contains(c)));

/** The rule's place: top level, print only, or some other condition (which may hold in print too). */
function where(rule: Rule): 'all' | 'print' | 'other' {
  let place: 'all' | 'print' | 'other' = 'all';
  for (let parent = rule.parent as CssNode | undefined; parent && parent.type !== 'root'; parent = parent.parent as CssNode | undefined) {
    const at = parent as AtRule;
    if (at.type !== 'atrule' || at.name !== 'media' || at.params.trim().toLowerCase() !== 'print') return 'other';
    place = 'print';
  }
  return place;
}

/**
 * The rules of a stylesheet that set `display` (or `all`), in order. `inPrint`: the sheet applies
 * in print (a <style> with no media, or media all or print); if not, none of its rules hides.
 */
function displayRules(css: string, first: number, inPrint: boolean): DisplayRule[] {
  const rules: DisplayRule[] = [];
  postcss.parse(css).walkRules((rule) => {
    let display: { none: boolean; important: boolean } | null = null;
    rule.each((node) => {
      if (node.type !== 'decl') return;
      const prop = node.prop.toLowerCase();
      if (prop !== 'display' && prop !== 'all') return;
      const none = prop === 'display' && node.value.trim().toLowerCase() === 'none';
      // Within one rule an !important declaration wins over a later plain one.
      if (!display || node.important || !display.important) display = { none, important: Boolean(node.important) };
    });
    if (!display) return;
    const { none, important } = display;
    const selectors = rule.selectors.flatMap((text): RuleSelector[] => {
      let parsed: Selector[][];
      try {
        parsed = parseSelector(text);
      } catch {
        // A selector this cannot read: it may show anything again.
        return [{ text, specificity: Infinity, key: null }];
      }
      return parsed.flatMap((tokens): RuleSelector[] =>
        // A pseudo-element's display is its own, not the element's.
        tokens.some((t) => t.type === 'pseudo-element' || (t.type === 'pseudo' && PSEUDO_ELEMENTS.has(t.name))) ? [] : [{ text, specificity: specificity(tokens), key: keyOf(tokens) }],
      );
    });
    rules.push({ selectors, none, important, inPrint: inPrint && where(rule) !== 'other', order: first + rules.length });
  });
  return rules;
}

/** Rank in the cascade: importance, then specificity, then order. */
const rank = (rule: DisplayRule, specificity: number) => [rule.important ? 1 : 0, specificity, rule.order] as const;
const atLeast = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
};

const matches = (element: Element, selector: string) => {
  try {
    return element.matches(selector);
  } catch {
    return true;
  }
};

/** The elements of `document` its stylesheets surely hide in print. */
export function hiddenInPrint(document: Document): Element[] {
  if (document.querySelector('link[rel~="stylesheet" i]')) return [];
  const sheets = [...document.querySelectorAll('style')].map((s) => ({ css: s.textContent ?? '', inPrint: /^\s*(all|print)?\s*$/i.test(s.getAttribute('media') ?? '') }));
  if (sheets.some(({ css }) => UNRANKABLE.test(css))) return [];
  const rules: DisplayRule[] = [];
  for (const { css, inPrint } of sheets) {
    try {
      rules.push(...displayRules(css, rules.length, inPrint));
    } catch {
      return [];
    }
  }
  const hiding = new Map<Element, readonly number[]>();
  for (const rule of rules) {
    if (!rule.none || !rule.inPrint) continue;
    for (const { text, specificity, key } of rule.selectors) {
      if (!key || !Number.isFinite(specificity)) continue;
      let found: Element[];
      try {
        found = [...document.querySelectorAll(text)];
      } catch {
        continue;
      }
      for (const element of found) {
        const r = rank(rule, specificity);
        const before = hiding.get(element);
        if (!before || atLeast(r, before)) hiding.set(element, r);
      }
    }
  }
  const showing = rules.filter((r) => !r.none);
  return [...hiding].flatMap(([element, hide]) => {
    if (/\b(display|all)\s*:/i.test(element.getAttribute('style') ?? '')) return [];
    const shown = showing.some((rule) => rule.selectors.some(({ text, specificity, key }) => mayMatch(element, key) && atLeast(rank(rule, specificity), hide) && matches(element, text)));
    return shown ? [] : [element];
  });
}

/**
 * The page as it prints (see above): its HTML less what print surely hides, and the address of
 * each image it still shows (as written in `src`, entities decoded), whose bytes print too.
 */
export function printedPage(html: string): { readonly html: string; readonly images: readonly string[] } {
  const { document } = parseHTML(html);
  for (const element of hiddenInPrint(document)) element.remove();
  return { html: document.toString(), images: [...document.querySelectorAll('img[src]')].map((img) => img.getAttribute('src')!) };
}
