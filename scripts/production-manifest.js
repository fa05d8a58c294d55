// The production manifest: manifest.xml with every https://localhost:3000 URL moved to the host the add-in
// is deployed on. Used by webpack.config.js (npm run build -- --env baseUrl=https://host/path/) and tested
// by test/taskpane/manifest-build.test.ts.
const DEV_BASE = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';

/** A clear message for a bad --env baseUrl: it must be an https URL of a folder (ending in /). */
function checkBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`baseUrl "${baseUrl}" 不是有效的网址 (not a URL), e.g. --env baseUrl=https://example.gov.cn/rc/`);
  }
  if (url.protocol !== 'https:') throw new Error(`baseUrl "${baseUrl}": Office 只加载 https 网址 (Office needs https)`);
  if (!baseUrl.endsWith('/')) throw new Error(`baseUrl "${baseUrl}" 须以 / 结尾 (must end with /)`);
  if (url.search || url.hash) throw new Error(`baseUrl "${baseUrl}" 不能含 ? 或 # (no query or fragment)`);
  return url;
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** manifest.xml's text with every localhost URL under baseUrl and the AppDomain its origin */
function productionManifest(xml, baseUrl) {
  const url = checkBaseUrl(baseUrl);
  const out = xml
    .split(DEV_BASE)
    .join(escapeXml(baseUrl))
    .replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${escapeXml(url.origin)}</AppDomain>`)
    .replace(
      /<!-- Roster Check \(花名册核验\): add-in-only XML manifest[\s\S]*?-->/,
      `<!-- Roster Check (花名册核验): add-in-only XML manifest for Excel, built for ${escapeXml(baseUrl)} -->`,
    );
  if (out.includes('localhost')) throw new Error('manifest.xml still names localhost after the rewrite');
  return out;
}

module.exports = { productionManifest, checkBaseUrl, DEV_BASE };
