// The simple types of Microsoft's add-in-only manifest schema ([MS-OWEMXML] Office Web Extensibility Manifest
// Format, https://learn.microsoft.com/openspecs/office_file_formats/ms-owemxml/ — OfficeAppManifestV1_1.xsd
// and OfficeAppBasicTypesV1_0.xsd) for every element and attribute our manifest uses, checked without the
// network. The XSD files themselves are not kept here (see docs/sideload.md, "Validating the manifest").
import { all, kid, type XmlElement } from './xml';

/** [MS-OWEMXML] simple types */
export const TYPES = {
  /** UUID: a GUID, optionally urn:uuid: or in braces */
  uuid: /^((urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/,
  /** Version: up to four parts of 1–5 digits */
  version: /^([0-9]{1,5})(\.[0-9]{1,5}){0,3}$/,
  /** ShortVersion (Set MinVersion, Sets DefaultMinVersion) */
  shortVersion: /^([0-9]{1,5})\.([0-9]{1,5})$/,
  /** CultureName (BCP 47 as the schema restricts it) */
  culture:
    /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/,
  shortString: 125,
  longString: 250,
  url: 2048,
  /** ShortResourceId (resid and the id of bt:Image, bt:Url, bt:String) */
  resourceId: 32,
} as const;

export interface Violation {
  where: string;
  problem: string;
}

function len(s: string): number {
  return [...s].length;
}

/** every violation of the simple types above in a parsed manifest (empty when it conforms) */
export function schemaViolations(app: XmlElement): Violation[] {
  const out: Violation[] = [];
  const check = (ok: boolean, where: string, problem: string) => {
    if (!ok) out.push({ where, problem });
  };
  const localized = (el: XmlElement, max: number | 'url', where: string) => {
    const values = [el.attrs.DefaultValue, ...all(el, 'Override').map((o) => o.attrs.Value)];
    for (const v of values) {
      check(v !== undefined && len(v) >= 1, where, 'empty value');
      if (v === undefined) continue;
      if (max === 'url') {
        check(len(v) <= TYPES.url, where, `URL longer than ${TYPES.url}`);
        check(/^https:\/\/[^\s]+$/.test(v) && URL.canParse(v), where, `not an https URL: ${v}`);
      } else check(len(v) <= max, where, `longer than ${max}: ${v}`);
    }
    for (const o of all(el, 'Override'))
      check(TYPES.culture.test(o.attrs.Locale), where, `bad Locale ${o.attrs.Locale}`);
  };
  check(TYPES.uuid.test(kid(app, 'Id').text), 'Id', 'not a UUID');
  check(TYPES.version.test(kid(app, 'Version').text), 'Version', 'not a Version');
  const provider = kid(app, 'ProviderName').text;
  check(len(provider) >= 1 && len(provider) <= TYPES.shortString, 'ProviderName', 'not a ShortString');
  check(TYPES.culture.test(kid(app, 'DefaultLocale').text), 'DefaultLocale', 'not a CultureName');
  localized(kid(app, 'DisplayName'), TYPES.shortString, 'DisplayName');
  localized(kid(app, 'Description'), TYPES.longString, 'Description');
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) localized(kid(app, name), 'url', name);
  localized(kid(kid(app, 'DefaultSettings'), 'SourceLocation'), 'url', 'DefaultSettings/SourceLocation');
  for (const d of all(kid(app, 'AppDomains'), 'AppDomain')) {
    check(len(d.text) <= TYPES.url && URL.canParse(d.text), 'AppDomain', `not a URL: ${d.text}`);
  }
  const sets = kid(app, 'Requirements');
  for (const s of all(sets, 'Sets'))
    check(TYPES.shortVersion.test(s.attrs.DefaultMinVersion ?? '1.1'), 'Sets', 'DefaultMinVersion not a ShortVersion');
  for (const s of all(sets, 'Set')) check(TYPES.shortVersion.test(s.attrs.MinVersion), 'Set', 'MinVersion');
  const vo = kid(app, 'VersionOverrides');
  const walk = (el: XmlElement) => {
    if (el.attrs.resid !== undefined)
      check(len(el.attrs.resid) <= TYPES.resourceId, el.name, `resid over ${TYPES.resourceId}: ${el.attrs.resid}`);
    el.children.forEach(walk);
  };
  walk(vo);
  const res = kid(vo, 'Resources');
  for (const img of all(res, 'Image').filter((i) => i.attrs.id)) {
    check(len(img.attrs.id) <= TYPES.resourceId, 'bt:Image', `id over ${TYPES.resourceId}: ${img.attrs.id}`);
    localized(img, 'url', `bt:Image ${img.attrs.id}`);
  }
  for (const url of all(kid(res, 'Urls'), 'Url')) {
    check(len(url.attrs.id) <= TYPES.resourceId, 'bt:Url', `id over ${TYPES.resourceId}: ${url.attrs.id}`);
    localized(url, 'url', `bt:Url ${url.attrs.id}`);
  }
  for (const [group, max] of [
    ['ShortStrings', TYPES.shortString],
    ['LongStrings', TYPES.longString],
  ] as const) {
    for (const s of all(kid(res, group), 'String')) {
      check(len(s.attrs.id) <= TYPES.resourceId, `bt:String`, `id over ${TYPES.resourceId}: ${s.attrs.id}`);
      localized(s, max, `bt:String ${s.attrs.id}`);
    }
  }
  return out;
}
