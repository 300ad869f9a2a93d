/** Masks secrets in anything revmeta prints or posts. Longest first, so a secret that contains another is masked whole. */
export type Redactor = (text: string) => string;

export function redactor(secrets: readonly string[]): Redactor {
  const list = [...new Set(secrets.filter((secret) => secret.length > 0))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  return (text) => list.reduce((out, secret) => out.split(secret).join('***'), text);
}
