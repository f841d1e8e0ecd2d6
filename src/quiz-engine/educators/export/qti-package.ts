import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Item } from '../../items/schema';
import { noImages, partitionForExport, type ExportImages, type ExportResult } from './exportable';
import { describeCounts, itemImages, panelImagePath } from './item-images';
import { expandCases, type LinkedStep } from './linked-case';
import { qtiImageHref, qtiItemIdentifier, toQtiItem } from './qti';
import { escapeXml } from './xml-text';

/**
 * An IMS content package (a zip) of QTI 2.1 items: `imsmanifest.xml` listing one resource of
 * type `imsqti_item_xmlv2p1` per item (with the images it uses as its files), `items/<id>.xml`
 * for each, and the simulated panels under `images/`. A multi-step case becomes one item per
 * step (`items/<case id>-step-<k>.xml`). Zipped with fflate; every entry gets the fixed time
 * `modified`, so the same bank gives the same bytes.
 */
type Writable = Item | LinkedStep;

function imageHrefs(item: Writable): string[] {
  return itemImages(item as Item).map(qtiImageHref);
}

export function qtiManifest(items: readonly Writable[], description = ''): string {
  const resources = items.map((item) => {
    const href = `items/${item.id}.xml`;
    const files = [href, ...imageHrefs(item)]
      .map((f) => `      <file href="${escapeXml(f, 'attribute')}"/>`)
      .join('\n');
    return `    <resource identifier="res-${qtiItemIdentifier(item.id)}" type="imsqti_item_xmlv2p1" href="${href}">\n      <metadata><schema>IMS QTI Item</schema><schemaversion>2.1</schemaversion></metadata>\n${files}\n    </resource>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...(description ? [`<!-- ${description.replace(/--/g, '—')} -->`] : []),
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

/** The zip's files (path → XML text or PNG bytes), before zipping: what the tests read. */
export function qtiPackageFiles(
  items: readonly Item[],
  images: ExportImages = noImages,
): ExportResult<Record<string, string | Uint8Array>> {
  const { exportable, skipped, counts } = partitionForExport(items, 'qti', images);
  const written = expandCases(exportable);
  const files: Record<string, string | Uint8Array> = {
    'imsmanifest.xml': qtiManifest(
      written,
      `GEP-NET Imaging questions, QTI 2.1. ${describeCounts(counts)} Simulated images, for teaching only.`,
    ),
  };
  for (const item of written) {
    files[`items/${item.id}.xml`] = toQtiItem(item, images);
    for (const image of itemImages(item as Item)) files[qtiImageHref(image)] = images.get(panelImagePath(image))!;
  }
  return { content: files, included: exportable.map((i) => i.id), skipped, counts };
}

/** The QTI package as zip bytes. `modified` is the time stamped on every entry. */
export function toQtiPackage(
  items: readonly Item[],
  modified: Date,
  images: ExportImages = noImages,
): ExportResult<Uint8Array> {
  const files = qtiPackageFiles(items, images);
  const zippable: Zippable = {};
  for (const [path, content] of Object.entries(files.content))
    zippable[path] = [
      typeof content === 'string' ? strToU8(content) : content,
      { mtime: modified, level: typeof content === 'string' ? 6 : 0 },
    ];
  return { ...files, content: zipSync(zippable, { level: 6 }) };
}
