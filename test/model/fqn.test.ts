import { describe, expect, it } from 'vitest';
import { joinFqn, objectFqn, parseFqn, parseTagFqn, quoteFqnPart } from '../../src/model/fqn.js';

describe('FQNs as OpenMetadata writes them', () => {
  it.each([
    ['orders', 'orders'],
    ['v1.2', '"v1.2"'],
    ['Order Items', 'Order Items'],
    // OpenMetadata's quoteName: a quote is escaped with a backslash, not doubled, and does
    // not by itself make the part quoted; a dot does.
    ['"quoted"', '\\"quoted\\"'],
    ['say "hi"', 'say \\"hi\\"'],
    ['a.b "c"', '"a.b \\"c\\""'],
    ['back\\slash', 'back\\slash'],
  ])('quotes %j as %j', (name, quoted) => {
    expect(quoteFqnPart(name)).toBe(quoted);
  });

  it('joins and parses back every part, dots and quotes included', () => {
    const parts = ['analytics', 'sales.eu', 'Order "Items"', 'a.b.c', '"x"', 'v1."2"', 'tail\\', 'q\\"'];
    const fqn = joinFqn(parts);
    expect(fqn).toBe('analytics."sales.eu".Order \\"Items\\"."a.b.c".\\"x\\"."v1.\\"2\\"".tail\\.q\\\\"');
    expect(parseFqn(fqn)).toEqual({ ok: true, parts });
  });

  it.each([
    ['', /empty name/],
    ['a..b', /empty part/],
    ['a.', /trailing dot/],
    ['"a.b', /unterminated quote/],
    ['"a"b.c', /unexpected character after a quoted part/],
    ['a"b', /unexpected quote/],
    ['"a""b.c"', /written \\", not doubled/],
  ])('refuses %j', (fqn, error) => {
    const parsed = parseFqn(fqn);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });

  it('parses tag FQNs into classification and tag, keeping nested tags whole', () => {
    expect(parseTagFqn('PII.Sensitive')).toEqual({ ok: true, tag: { classification: 'PII', tag: 'Sensitive', fqn: 'PII.Sensitive' } });
    expect(parseTagFqn('"Data.Quality".Good')).toMatchObject({ ok: true, tag: { classification: 'Data.Quality', tag: 'Good' } });
    expect(parseTagFqn('Personal.Special.Health')).toMatchObject({ ok: true, tag: { classification: 'Personal', tag: 'Special.Health' } });
    expect(parseTagFqn('Q\\"A."x.y \\"z\\""')).toMatchObject({ ok: true, tag: { classification: 'Q"A', tag: '"x.y \\"z\\""' } });
    expect(parseTagFqn('PII')).toEqual({ ok: false, error: 'tag "PII" is not of the form Classification.Tag' });
  });

  it('names objects below their service', () => {
    expect(objectFqn({ kind: 'column', database: 'db', schema: 'public', table: 'v1.2', column: 'id' })).toBe('db.public."v1.2".id');
  });
});
