import { describe, expect, it } from 'vitest';
import { elementsNamed, readXml, textOf } from './xml-reader';

// The exporters' tests lean on this reader, so it must itself reject what a real parser would.
describe('the test XML reader', () => {
  it('reads a well-formed document and decodes entities', () => {
    const reading = readXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<quiz a="1 &amp; 2"><q><text>5 &lt; 10 &#38; &#x3e;</text></q><e/><!-- ok --></quiz>\n',
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.root.attributes.a).toBe('1 & 2');
    expect(textOf(elementsNamed(reading.root, 'text')[0]!)).toBe('5 < 10 & >');
    expect(elementsNamed(reading.root, 'e')).toHaveLength(1);
  });

  it('normalises line ends and attribute whitespace as a real parser does', () => {
    const reading = readXml('<a b="x&#10;y\nz\tw">1\r\n2\r3&#13;</a>');
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.root.attributes.b).toBe('x\ny z w');
    expect(textOf(reading.root)).toBe('1\n2\n3\r');
  });

  it.each([
    ['<a><b></a></b>', '</a> closes <b>'],
    ['<a>', 'never closed'],
    ['<a/><b/>', 'second root'],
    ['<a>1 & 2</a>', 'bare "&"'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a x=1/>', 'malformed attribute'],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a x="<"/>', '"<"'],
    ['<a>]]></a>', '"]]>"'],
    ['<a><!-- a -- b --></a>', '"--"'],
    ['text<a/>', 'text outside'],
    ['<a/> <?xml version="1.0"?>', 'XML declaration'],
    ['<1a/>', 'bad element name'],
    ['', 'no root'],
  ])('rejects %s', (xml, problem) => {
    const reading = readXml(xml);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.error).toContain(problem);
  });
});
