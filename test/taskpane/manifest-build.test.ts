// The production manifest (scripts/production-manifest.js, used by `npm run build -- --env baseUrl=…`) and
// the schema's simple types on both manifests; xmllint checks that each is well-formed XML.
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { schemaViolations } from './manifest-schema';
import { kid, parseXml, type XmlElement } from './xml';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest, checkBaseUrl } = require('../../scripts/production-manifest.js') as {
  productionManifest: (xml: string, baseUrl: string) => string;
  checkBaseUrl: (baseUrl: string) => URL;
};

const ROOT = join(__dirname, '..', '..');
const dev = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://rc.example.gov.cn/addins/roster-check/';
const prod = productionManifest(dev, BASE);

function xmllint(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rc-manifest-'));
  try {
    const file = join(dir, 'manifest.xml');
    writeFileSync(file, xml);
    return execFileSync('xmllint', ['--noout', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** the manifest with every URL blanked: what must not change between the two */
function shape(el: XmlElement): unknown {
  const attrs = Object.fromEntries(Object.entries(el.attrs).map(([k, v]) => [k, /^https:/.test(v) ? 'URL' : v]));
  return { name: el.name, attrs, text: /^https:/.test(el.text) ? 'URL' : el.text, children: el.children.map(shape) };
}

function urls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);
}

describe('production manifest', () => {
  test('every URL is under the given base, the AppDomain is its origin, nothing else changes', () => {
    expect(prod).not.toMatch(/localhost/);
    const all = urls(prod);
    expect(all.length).toBe(urls(dev).length);
    for (const u of all) expect(u === 'https://rc.example.gov.cn' || u.startsWith(BASE)).toBe(true);
    expect(kid(parseXml(prod), 'AppDomains').children.map((d) => d.text)).toEqual(['https://rc.example.gov.cn']);
    expect(shape(parseXml(prod))).toEqual(shape(parseXml(dev)));
    expect(urls(dev).map((u) => u.replace('https://localhost:3000/', BASE))).toEqual(
      all.map((u) => (u === 'https://rc.example.gov.cn' ? 'https://localhost:3000' : u)),
    );
  });

  test('SupportUrl is the help page shipped with the add-in, in Chinese first', () => {
    const app = parseXml(prod);
    expect(kid(app, 'SupportUrl').attrs.DefaultValue).toBe(`${BASE}support.html`);
    expect(kid(app, 'DefaultLocale').text).toBe('zh-CN');
    const page = readFileSync(join(ROOT, 'src', 'support', 'support.html'), 'utf8');
    expect(page).toMatch(/<html lang="zh-CN">/);
    expect(page.indexOf('<section lang="zh-CN">')).toBeGreaterThan(0);
    expect(page.indexOf('<section lang="zh-CN">')).toBeLessThan(page.indexOf('<section lang="en">'));
    expect(page).toContain('花名册核验');
    expect(xmllint(page.replace('<!doctype html>', ''))).toBe('');
    const webpackConfig = readFileSync(join(ROOT, 'webpack.config.js'), 'utf8');
    expect(webpackConfig).toContain("{ from: 'src/support/support.html', to: 'support.html' }");
  });

  test('both manifests are well-formed XML (xmllint) and keep the schema simple types', () => {
    expect(xmllint(dev)).toBe('');
    expect(xmllint(prod)).toBe('');
    expect(schemaViolations(parseXml(dev))).toEqual([]);
    expect(schemaViolations(parseXml(prod))).toEqual([]);
  });

  test('the schema check catches what Microsoft’s schema refuses', () => {
    const bad = dev
      // the 34-character resource id the issue found in the first manifest (the schema allows 32)
      .replace(/id="RosterCheck\.Button\.Tooltip"/g, 'id="RosterCheck.TaskpaneButton.Tooltip"')
      .replace('<Version>0.1.0.0</Version>', '<Version>0.1.0.0.1</Version>')
      .replace('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="x"/>');
    const problems = schemaViolations(parseXml(bad)).map((v) => v.where);
    expect(problems).toEqual(expect.arrayContaining(['Version', 'SupportUrl', 'Description']));
    expect(problems.some((p) => p.startsWith('bt:String'))).toBe(true);
    expect(() => xmllint('<OfficeApp><Id></OfficeApp>')).toThrow();
  });

  test('a base that is not an https folder URL is refused with a clear message', () => {
    expect(() => checkBaseUrl('http://rc.example.gov.cn/')).toThrow(/https/);
    expect(() => checkBaseUrl('https://rc.example.gov.cn/addin')).toThrow(/须以 \/ 结尾/);
    expect(() => checkBaseUrl('rc.example.gov.cn/')).toThrow(/不是有效的网址/);
    expect(() => checkBaseUrl('https://rc.example.gov.cn/?a=1/')).toThrow(/\?/);
    expect(checkBaseUrl(BASE).origin).toBe('https://rc.example.gov.cn');
    expect(productionManifest(dev, 'https://a.example/x&y/')).toContain('https://a.example/x&amp;y/taskpane.html');
  });
});
