/**
 * A small, strict XML reader for the exporters' tests: it checks well-formedness (one root,
 * tags nested and closed in order, quoted attributes without duplicates, only the five named
 * entities and numeric references, no stray "<" or "&", no "]]>" in text, comments without
 * "--"), applies the end-of-line and attribute-value normalisation a real parser applies, and
 * returns a tree with entities decoded, so a test can read the text back and compare
 * it with what went in. Namespaces, DTDs and encodings other than UTF-8 are out of scope: the
 * exporters never write them, and a DOCTYPE is rejected.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

export type XmlReading =
  { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly error: string };

const nameRe = /^[A-Za-z_:][A-Za-z0-9_.:-]*$/;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, where: string): string {
  return text.replace(/&([^;&<]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare "&" in ${where}`);
    if (body in entities) return entities[body] as string;
    const numeric = /^#(\d+)$/.exec(body) ?? /^#x([0-9a-fA-F]+)$/.exec(body);
    if (numeric) return String.fromCodePoint(parseInt(numeric[1] as string, body.startsWith('#x') ? 16 : 10));
    throw new Error(`unknown entity "&${body};" in ${where}`);
  });
}

function parseAttributes(source: string, tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let rest = source.trim();
  while (rest.length > 0) {
    const m = /^([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')\s*/.exec(rest);
    if (!m) throw new Error(`malformed attribute in <${tag}>: "${rest.slice(0, 30)}"`);
    const name = m[1] as string;
    if (!nameRe.test(name)) throw new Error(`bad attribute name "${name}" in <${tag}>`);
    if (name in attributes) throw new Error(`duplicate attribute "${name}" in <${tag}>`);
    const raw = (m[3] ?? m[4]) as string;
    if (raw.includes('<')) throw new Error(`"<" in attribute "${name}" of <${tag}>`);
    // Attribute-value normalisation (XML 1.0 §3.3.3): literal tab, CR and LF become spaces.
    attributes[name] = decode(raw.replace(/\r\n|[\t\r\n]/g, ' '), `attribute "${name}" of <${tag}>`);
    rest = rest.slice(m[0].length);
  }
  return attributes;
}

export function readXml(source: string): XmlReading {
  // End-of-line handling (XML 1.0 §2.11): CR LF and a lone CR become LF before parsing.
  const xml = source.replace(/\r\n?/g, '\n');
  try {
    let i = 0;
    if (xml.startsWith('\uFEFF')) i = 1;
    const declaration = /^<\?xml\s[^?]*\?>/.exec(xml.slice(i));
    if (declaration) i += declaration[0].length;
    const stack: { name: string; attributes: Record<string, string>; children: (XmlElement | string)[] }[] = [];
    let root: XmlElement | undefined;
    const add = (child: XmlElement | string) => {
      const top = stack[stack.length - 1];
      if (top) top.children.push(child);
      else if (typeof child === 'string') {
        if (child.trim() !== '') throw new Error(`text outside the root element: "${child.trim().slice(0, 30)}"`);
      } else if (root) throw new Error(`a second root element <${child.name}>`);
      else root = child;
    };
    while (i < xml.length) {
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end < 0) throw new Error('unclosed comment');
        if (xml.slice(i + 4, end).includes('--')) throw new Error('"--" inside a comment');
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', i)) {
        if (stack.length === 0) throw new Error('CDATA outside the root element');
        const end = xml.indexOf(']]>', i);
        if (end < 0) throw new Error('unclosed CDATA section');
        add(xml.slice(i + 9, end));
        i = end + 3;
      } else if (xml.startsWith('<!', i)) {
        throw new Error('DOCTYPE and other declarations are not expected');
      } else if (xml.startsWith('<?', i)) {
        const end = xml.indexOf('?>', i);
        if (end < 0) throw new Error('unclosed processing instruction');
        if (/^<\?xml[\s?]/i.test(xml.slice(i))) throw new Error('an XML declaration that is not at the very start');
        i = end + 2;
      } else if (xml.startsWith('</', i)) {
        const end = xml.indexOf('>', i);
        if (end < 0) throw new Error('unclosed end tag');
        const name = xml.slice(i + 2, end).trim();
        const open = stack.pop();
        if (!open) throw new Error(`end tag </${name}> with nothing open`);
        if (open.name !== name) throw new Error(`</${name}> closes <${open.name}>`);
        add({ name: open.name, attributes: open.attributes, children: open.children });
        i = end + 1;
      } else if (xml[i] === '<') {
        // Find the end of the tag, skipping ">" inside quoted attribute values.
        let j = i + 1;
        let quote: string | null = null;
        for (; j < xml.length; j += 1) {
          const c = xml[j] as string;
          if (quote) {
            if (c === quote) quote = null;
          } else if (c === '"' || c === "'") quote = c;
          else if (c === '>') break;
          else if (c === '<') throw new Error(`"<" inside a tag near "${xml.slice(i, i + 30)}"`);
        }
        if (j >= xml.length) throw new Error('unclosed start tag');
        let inner = xml.slice(i + 1, j);
        const selfClosing = inner.endsWith('/');
        if (selfClosing) inner = inner.slice(0, -1);
        const nameMatch = /^([^\s/>]+)/.exec(inner);
        const name = nameMatch?.[1] ?? '';
        if (!nameRe.test(name)) throw new Error(`bad element name "${name}"`);
        const attrSource = inner.slice(name.length);
        if (attrSource.length > 0 && !/^\s/.test(attrSource))
          throw new Error(`no space before the attributes of <${name}>`);
        const attributes = parseAttributes(attrSource, name);
        if (stack.length === 0 && root) throw new Error(`a second root element <${name}>`);
        if (selfClosing) add({ name, attributes, children: [] });
        else stack.push({ name, attributes, children: [] });
        i = j + 1;
      } else {
        const end = xml.indexOf('<', i);
        const raw = xml.slice(i, end < 0 ? xml.length : end);
        if (raw.includes(']]>')) throw new Error('"]]>" in text');
        add(decode(raw, stack.length > 0 ? `<${stack[stack.length - 1]?.name}>` : 'the prolog'));
        i = end < 0 ? xml.length : end;
      }
    }
    if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
    if (!root) throw new Error('no root element');
    return { ok: true, root };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** All descendants (and the element itself) with a given name, in document order. */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) found.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return found;
}

/** The element's text content (all descendant text, concatenated). */
export function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The first direct child with a name. */
export function child(e: XmlElement, name: string): XmlElement | undefined {
  return e.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}
