/**
 * The one way text the build writes becomes markup. Every free text a clerk's file or
 * site.yaml carries (a school, a township, a training programme, the bureau's name) can reach a
 * page, a chart or the sitemap, and none of it may become markup there. Astro escapes what its
 * templates write; everything written as a string (charts, the sitemap, links put into built
 * pages) goes through `escapeHtml`, and the charts Plot draws into a linkedom DOM leave it
 * through `serializeMarkup`, never through linkedom's outerHTML (which writes an HTML
 * <title>'s text, and an attribute's < and >, as they are).
 */

const ESCAPABLE = /[&<>"']/g;
const HAS_ESCAPABLE = /[&<>"']/;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML, SVG or XML text or a quoted attribute value: & < > " ' as entities, the same five Astro escapes. */
export const escapeHtml = (text: string): string => (HAS_ESCAPABLE.test(text) ? text.replace(ESCAPABLE, (c) => ENTITY[c]!) : text);

const SVG = 'http://www.w3.org/2000/svg';
/** HTML elements written without a closing tag. */
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;

/** Attributes that say nothing when empty, left out then. */
const EMPTY_DROPPED = new Set(['id', 'class', 'style']);

/** The parts of a DOM node this reads: linkedom's nodes, or a browser's. */
interface MarkupNode {
  readonly nodeType: number;
  readonly firstChild: MarkupNode | null;
  readonly nextSibling: MarkupNode | null;
  readonly localName?: string;
  readonly namespaceURI?: string | null;
  readonly attributes?: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly textContent: string | null;
}

/** Element and attribute names, each checked once (a chart repeats a few dozen). */
const checker = (pattern: RegExp, what: string) => {
  const seen = new Set<string>();
  return (name: string): string => {
    if (seen.has(name)) return name;
    if (!pattern.test(name)) throw new Error(`serializeMarkup: ${name} is not ${what}`);
    seen.add(name);
    return name;
  };
};
const elementName = checker(/^[a-zA-Z][\w:.-]*$/, 'an element name');
const attributeName = checker(/^[a-zA-Z_:][\w:.-]*$/, 'an attribute name');

/**
 * An element and everything in it as markup, every text node and attribute value through
 * `escapeHtml`; comments are left out. Empty SVG elements close themselves (`<rect … />`), as
 * linkedom writes them. An HTML <style> (Plot's legend, outside any <svg>) holds constant CSS,
 * which HTML reads as it is: it is written raw, and a `</` in it is refused. `attributeValue`
 * may change an attribute's value before it is escaped (the charts round their geometry).
 */
export function serializeMarkup(node: MarkupNode, attributeValue: (name: string, value: string) => string = (_, value) => value): string {
  const out: string[] = [];
  const write = (n: MarkupNode, inSvg: boolean): void => {
    if (n.nodeType === 3) {
      out.push(escapeHtml(n.textContent ?? ''));
      return;
    }
    if (n.nodeType === 8) return; // a comment
    if (n.nodeType !== 1) throw new Error(`serializeMarkup: a node of type ${n.nodeType} is not written`);
    const name = elementName(n.localName!);
    const svg = inSvg || name === 'svg' || n.namespaceURI === SVG;
    out.push(`<${name}`);
    const attributes = n.attributes ?? [];
    for (let i = 0; i < attributes.length; i++) {
      const { name: attr, value } = attributes[i]!;
      if (!value && EMPTY_DROPPED.has(attr)) continue; // as linkedom: Plot's legend leaves style=""
      out.push(` ${attributeName(attr)}="${escapeHtml(attributeValue(attr, value))}"`);
    }
    const first = n.firstChild;
    if (!svg && name === 'style') {
      const css = n.textContent ?? '';
      if (css.includes('</')) throw new Error('serializeMarkup: a <style> holding "</" would end early');
      out.push(`>${css}</style>`);
    } else if (svg && !first) out.push(' />');
    else if (!svg && VOID.test(name)) {
      if (first) throw new Error(`serializeMarkup: <${name}> cannot hold anything`);
      out.push('>');
    } else {
      out.push('>');
      for (let child = first; child; child = child.nextSibling) write(child, svg);
      out.push(`</${name}>`);
    }
  };
  write(node, false);
  return out.join('');
}
