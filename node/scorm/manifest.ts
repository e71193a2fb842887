// imsmanifest.xml for SCORM 1.2: one organisation, one item (a SCO) per case, each launching the
// trainer on its own case. The pass mark goes in adlcp:masteryscore, which the LMS hands to the
// SCO as cmi.student_data.mastery_score; it is also in the launch address (?slaag=) for an LMS
// that leaves the mastery score out.

export interface ManifestCase {
  id: string;
  title: string;
}

export interface ManifestOptions {
  /** Names the package; the LMS shows it. */
  title: string;
  cases: readonly ManifestCase[];
  /** Every file of the trainer, relative, with forward slashes. */
  files: readonly string[];
  passMark: number | null;
  /** A stable identifier for the manifest (the same cases give the same one). */
  identifier: string;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function manifestXml(options: ManifestOptions): string {
  const { cases, files, passMark } = options;
  const e = escapeXml;
  const launch = (id: string) => `index.html?casus=${encodeURIComponent(id)}${passMark !== null ? `&slaag=${passMark}` : ''}`;
  const items = cases
    .map((c) => [
      `      <item identifier="item-${e(c.id)}" identifierref="sco-${e(c.id)}" isvisible="true">`,
      `        <title>${e(c.title)}</title>`,
      ...(passMark !== null ? [`        <adlcp:masteryscore>${passMark}</adlcp:masteryscore>`] : []),
      '      </item>',
    ].join('\n'))
    .join('\n');
  const fileList = files.map((f) => `      <file href="${e(f)}"/>`).join('\n');
  const resources = cases
    .map((c) => [
      `    <resource identifier="sco-${e(c.id)}" type="webcontent" adlcp:scormtype="sco" href="${e(launch(c.id))}">`,
      '      <file href="index.html"/>',
      '      <dependency identifierref="trainer"/>',
      '    </resource>',
    ].join('\n'))
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${e(options.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="kanteltrainer">
    <organization identifier="kanteltrainer">
      <title>${e(options.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="trainer" type="webcontent" adlcp:scormtype="asset">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
