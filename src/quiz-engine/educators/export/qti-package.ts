import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Item } from '../../items/schema';
import { partitionForExport, type ExportResult } from './exportable';
import { qtiItemIdentifier, toQtiItem } from './qti';

/**
 * An IMS content package (a zip) of QTI 2.1 items: `imsmanifest.xml` listing one resource of
 * type `imsqti_item_xmlv2p1` per item, and `items/<id>.xml` for each. Zipped with fflate;
 * every entry gets the fixed time `modified`, so the same bank gives the same bytes.
 */
export function qtiManifest(items: readonly Item[]): string {
  const resources = items.map((item) => {
    const href = `items/${item.id}.xml`;
    return `    <resource identifier="res-${qtiItemIdentifier(item.id)}" type="imsqti_item_xmlv2p1" href="${href}">\n      <metadata><schema>IMS QTI Item</schema><schemaversion>2.1</schemaversion></metadata>\n      <file href="${href}"/>\n    </resource>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="gepnet-imaging-qti" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd">',
    `  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>`,
    `  <organizations/>`,
    `  <resources>`,
    ...resources,
    `  </resources>`,
    `</manifest>`,
    '',
  ].join('\n');
}

/** The zip's files (path → XML text), before zipping: what the tests read. */
export function qtiPackageFiles(items: readonly Item[]): ExportResult<Record<string, string>> {
  const { exportable, skipped } = partitionForExport(items, 'qti');
  const files: Record<string, string> = { 'imsmanifest.xml': qtiManifest(exportable) };
  for (const item of exportable) files[`items/${item.id}.xml`] = toQtiItem(item);
  return { content: files, included: exportable.map((i) => i.id), skipped };
}

/** The QTI package as zip bytes. `modified` is the time stamped on every entry. */
export function toQtiPackage(items: readonly Item[], modified: Date): ExportResult<Uint8Array> {
  const files = qtiPackageFiles(items);
  const zippable: Zippable = {};
  for (const [path, text] of Object.entries(files.content)) zippable[path] = [strToU8(text), { mtime: modified }];
  return { ...files, content: zipSync(zippable, { level: 6 }) };
}
