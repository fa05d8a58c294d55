// PostgreSQL ledger addresses: postgres://… or postgresql://… (libpq URL form). What the URL leaves
// out comes from the standard PG* variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE …), which
// node-postgres reads itself. A password is never shown: messages name the URL with it masked.

/** True for a postgres:// or postgresql:// address. */
export function isPgUrl(spec: string | undefined): spec is string {
  return !!spec && /^postgres(ql)?:\/\//i.test(spec.trim());
}

/** The URL as messages may show it: password replaced by ***, query parameters such as password= too. */
export function maskUrl(url: string): string {
  return url
    .replace(/^(postgres(?:ql)?:\/\/[^:@/?#]*):[^@/?#]*@/i, '$1:***@')
    .replace(/([?&](?:password|sslpassword|sslkey)=)[^&#]*/gi, '$1***');
}

/** Hides any occurrence of the URL's password in a text (an error message that repeats it). */
export function scrub(text: string, url: string): string {
  let out = text.split(url).join(maskUrl(url));
  const m = /^postgres(?:ql)?:\/\/[^:@/?#]*:([^@/?#]+)@/i.exec(url);
  if (m) {
    for (const p of new Set([m[1], safeDecode(m[1])])) if (p.length >= 3) out = out.split(p).join('***');
  }
  if (process.env.PGPASSWORD && process.env.PGPASSWORD.length >= 3) out = out.split(process.env.PGPASSWORD).join('***');
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The connection settings for node-postgres: the URL when it names something beyond the scheme
 * (postgres:// alone, or postgres:///db, leaves the rest to PGHOST/PGUSER/…).
 */
export function pgConfig(url: string): { connectionString?: string; database?: string } {
  const rest = url.trim().replace(/^postgres(ql)?:\/\//i, '');
  if (rest === '' || rest === '/') return {};
  if (rest.startsWith('/') && !rest.includes('?')) return { database: safeDecode(rest.slice(1)) };
  return { connectionString: url.trim() };
}
