// Offline check of manifest.xml (office-addin-manifest validate needs the network): structure and
// element order of the add-in-only XML manifest, ids, URLs, icons on disk with the right sizes, locales.
import { readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { all, kid, kids, parseXml, type XmlElement } from './xml';

const ROOT = join(__dirname, '..', '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const app = parseXml(xml);
const BASE = 'https://localhost:3000/';

function pngSize(file: string): { w: number; h: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

function assetOf(url: string): string {
  expect(url.startsWith(BASE)).toBe(true);
  return join(ROOT, url.slice(BASE.length));
}

function overrides(el: XmlElement): Record<string, string> {
  return Object.fromEntries(kids(el, 'Override').map((o) => [o.attrs.Locale, o.attrs.Value]));
}

describe('manifest.xml', () => {
  test('is a task pane app for Excel with the base elements in schema order', () => {
    expect(app.name).toBe('OfficeApp');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(app.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    const order = app.children.map((c) => c.name);
    expect(order).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]);
    expect(kid(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(kid(app, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(kid(app, 'DefaultLocale').text).toBe('zh-CN');
    expect(kids(kid(app, 'Hosts'), 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(kid(app, 'Permissions').text).toBe('ReadWriteDocument');
    expect(kid(kid(app, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
  });

  test('asks for ExcelApi 1.7 (getRangeByIndexes), nothing newer: Excel 2019 and later', () => {
    const sets = all(kid(app, 'Requirements'), 'Set');
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', '1.7']]);
  });

  test('names and descriptions in Chinese with English overrides', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = kid(app, name);
      expect(el.attrs.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
      expect(overrides(el)['en-US']).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(kid(app, 'DisplayName').attrs.DefaultValue).toBe('花名册核验');
  });

  test('a Home-tab button that shows the task pane, every resid defined once', () => {
    const vo = kid(app, 'VersionOverrides');
    expect(vo.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    const host = kid(kid(vo, 'Hosts'), 'Host');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    const dff = kid(host, 'DesktopFormFactor');
    expect(dff.children.map((c) => c.name)).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    const tab = kid(kid(dff, 'ExtensionPoint'), 'OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    const control = kid(kid(tab, 'Group'), 'Control');
    expect(control.attrs['xsi:type']).toBe('Button');
    const action = kid(control, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    const res = kid(vo, 'Resources');
    const defined = new Map<string, XmlElement>();
    for (const el of [...all(kid(res, 'Images'), 'Image'), ...all(kid(res, 'Urls'), 'Url'), ...all(res, 'String')]) {
      expect(defined.has(el.attrs.id)).toBe(false);
      defined.set(el.attrs.id, el);
    }
    const resids = new Set<string>();
    const walk = (el: XmlElement) => {
      if (el.attrs.resid) resids.add(el.attrs.resid);
      el.children.forEach(walk);
    };
    walk(vo);
    for (const id of resids) expect(defined.has(id)).toBe(true);
    // Microsoft's manifest reference and schema: a resource id (resid) is at most 32 characters
    for (const id of [...resids, ...defined.keys()])
      expect(`${id}:${id.length}`).toBe(`${id}:${Math.min(id.length, 32)}`);
    const ids = new Set<string>();
    const walkIds = (el: XmlElement) => {
      if (el.attrs.id && el.name !== 'bt:Image' && el.name !== 'bt:Url' && el.name !== 'bt:String') {
        expect(ids.has(el.attrs.id)).toBe(false);
        ids.add(el.attrs.id);
      }
      el.children.forEach(walkIds);
    };
    walkIds(vo);
    expect(defined.get(kid(control, 'Label').attrs.resid)?.attrs.DefaultValue).toBe('花名册核验');
    expect(defined.get(kid(action, 'SourceLocation').attrs.resid)?.attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
    expect(defined.get(kid(dff, 'FunctionFile').attrs.resid)?.attrs.DefaultValue).toBe(`${BASE}commands.html`);
    for (const s of all(res, 'String')) {
      expect(s.attrs.DefaultValue.length).toBeGreaterThan(0);
      expect(overrides(s)['en-US']).toBeTruthy();
    }
    // ShortStrings are limited to 125 characters, LongStrings to 250
    for (const s of all(kid(res, 'ShortStrings'), 'String'))
      expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    for (const s of all(kid(res, 'LongStrings'), 'String'))
      expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test('every URL is https on localhost:3000, and every icon exists with its declared size', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://localhost:3000')).toBe(true);
    const res = kid(kid(app, 'VersionOverrides'), 'Resources');
    const images = all(kid(res, 'Images'), 'Image');
    expect(images.map((i) => i.attrs.id).sort()).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
    for (const img of images) {
      const n = Number(/(\d+)x\1/.exec(img.attrs.id)?.[1]);
      expect(pngSize(assetOf(img.attrs.DefaultValue))).toEqual({ w: n, h: n });
    }
    expect(pngSize(assetOf(kid(app, 'IconUrl').attrs.DefaultValue))).toEqual({ w: 32, h: 32 });
    expect(pngSize(assetOf(kid(app, 'HighResolutionIconUrl').attrs.DefaultValue))).toEqual({ w: 64, h: 64 });
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(ROOT, 'assets', `icon-${size}.png`))).toBe(true);
  });

  test('the icon sizes declared on the button are 16, 32 and 80', () => {
    const icons = all(kid(app, 'VersionOverrides'), 'Icon');
    expect(icons.length).toBe(2);
    for (const icon of icons) expect(kids(icon, 'Image').map((i) => i.attrs.size)).toEqual(['16', '32', '80']);
  });
});
