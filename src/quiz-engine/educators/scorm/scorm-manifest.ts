import { escapeXml } from '../export/xml-text';
import type { ScormVersion } from './scorm-data';

/**
 * imsmanifest.xml of a one-SCO package: one organization, one item, one resource (the runner's
 * index.html) listing every file. SCORM 1.2 uses the IMS CP 1.1.2 namespaces with ADL's
 * adlcp:scormtype; SCORM 2004 4th edition IMS CP 1.1 with adlcp v1p3 (adlcp:scormType) and
 * the schema version "2004 4th Edition". The pass mark is left to the LMS.
 */
export interface ManifestInput {
  readonly identifier: string;
  readonly title: string;
  /** Every file in the package except imsmanifest.xml, relative paths. */
  readonly files: readonly string[];
  /** A line for the manifest's description: what the package carries. */
  readonly description: string;
}

export function scormManifest(version: ScormVersion, input: ManifestInput): string {
  const id = input.identifier.replace(/[^A-Za-z0-9_.-]/g, '_');
  const title = escapeXml(input.title);
  const files = input.files.map((f) => `      <file href="${escapeXml(f, 'attribute')}"/>`).join('\n');
  const description = `<!-- ${input.description.replace(/--/g, '—')} -->`;
  if (version === '1.2') {
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      description,
      `<manifest identifier="${id}" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">`,
      '  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>',
      `  <organizations default="${id}-org">`,
      `    <organization identifier="${id}-org"><title>${title}</title>`,
      `      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true"><title>${title}</title></item>`,
      '    </organization>',
      '  </organizations>',
      '  <resources>',
      `    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">`,
      files,
      '    </resource>',
      '  </resources>',
      '</manifest>',
      '',
    ].join('\n');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    description,
    `<manifest identifier="${id}" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">`,
    '  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org"><title>${title}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco"><title>${title}</title></item>`,
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="index.html">`,
    files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
