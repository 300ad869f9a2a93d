/** Masks secrets in anything revmeta prints or posts. Longest first, so a secret that contains another is masked whole. */
export type Redactor = (text: string) => string;

export function redactor(secrets: readonly string[]): Redactor {
  const list = [...new Set(secrets.filter((secret) => secret.length > 0))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  return (text) => list.reduce((out, secret) => out.split(secret).join('***'), text);
}

/** `scheme://user:password@`: up to the last `@` before the host, as URL parsers read it. */
const URL_USERINFO = /[a-z][a-z0-9+.-]*:\/\/([^\s/?#]*)@/gi;

/** `Password=…;` of ADO/ODBC/JDBC connection strings and URL query parameters. */
const CONNECTION_STRING_PASSWORD = /(?:^|[;&?\s])(?:password|passwd|pwd)=([^;&\s]+)/gi;

/**
 * The credentials written into a URL or connection string (`http://admin:pw@host`,
 * `Server=db;Password=pw`), each as written, URL-decoded and URL-encoded, for the mask: a
 * driver may print the URL it was given, or the password it decoded from it. The user info as
 * a whole is one (`admin:pw`); a user name alone is not a secret.
 */
export function credentialsIn(text: string): string[] {
  const found = new Set<string>();
  const add = (secret: string) => {
    if (secret === '') return;
    found.add(secret);
    try {
      const decoded = decodeURIComponent(secret);
      found.add(decoded);
      found.add(encodeURIComponent(decoded));
    } catch {
      // Not URL-encoded: the raw form is enough.
    }
  };
  for (const [, userinfo = ''] of text.matchAll(URL_USERINFO)) {
    const colon = userinfo.indexOf(':');
    if (colon === -1) continue;
    found.add(userinfo);
    add(userinfo.slice(colon + 1));
  }
  for (const [, password = ''] of text.matchAll(CONNECTION_STRING_PASSWORD)) add(password);
  return [...found];
}
