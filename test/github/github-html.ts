/**
 * Markdown to HTML close to what GitHub shows for a comment, for the golden files: marked
 * (GFM) plus the two things of GitHub's renderer our comments rely on and marked lacks.
 *
 * - Alerts: a quote whose first line is only `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`
 *   or `[!CAUTION]` (any case), with more after it, becomes
 *   `<div class="markdown-alert markdown-alert-…"><p class="markdown-alert-title">…</p>…</div>`
 *   (GitHub adds an octicon before the title and `dir="auto"`; left out here).
 * - `diff` code blocks: each line starting `+`, `-` or `!` coloured whole with the
 *   classes of GitHub's `source.diff` highlighting (`pl-mi1` inserted, `pl-md` deleted,
 *   `pl-mc` changed), inside `<div class="highlight highlight-source-diff"><pre>`.
 *
 * Not imitated: syntax colours of other languages (GitHub colours SQL keywords; here SQL is
 * plain `<pre><code>`), `dir="auto"` and `notranslate` attributes, heading anchors, and
 * GitHub's HTML sanitising (it keeps `<details>`/`<summary>`/`<sub>`, as marked does).
 */
import { Marked, type Tokens } from 'marked';

const ALERT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
/** The marker alone on the quote's first line, then more of its paragraph (group 2 empty) or a paragraph of its own (`</p>`). */
const ALERT_START = new RegExp(`^<p>\\[!(${ALERT_KINDS.join('|')})\\](\\n|</p>\\n(?=.))`, 'is');

/** `source.diff` scopes GitHub colours, by the line's first character. */
const DIFF_CLASSES: Record<string, string> = { '+': 'pl-mi1', '>': 'pl-mi1', '-': 'pl-md', '<': 'pl-md', '!': 'pl-mc' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

function diffBlock(text: string): string {
  const lines = text.split('\n').map((line) => {
    const style = DIFF_CLASSES[line[0] ?? ''];
    if (!style) return escapeHtml(line);
    return `<span class="${style}"><span class="${style}">${escapeHtml(line[0]!)}</span>${escapeHtml(line.slice(1))}</span>`;
  });
  return `<div class="highlight highlight-source-diff"><pre>${lines.join('\n')}\n</pre></div>\n`;
}

const githubMarked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    blockquote(this: { parser: { parse(tokens: Tokens.Blockquote['tokens']): string } }, token: Tokens.Blockquote): string {
      const inner = this.parser.parse(token.tokens);
      const match = ALERT_START.exec(inner);
      if (!match) return `<blockquote>\n${inner}</blockquote>\n`;
      const kind = match[1]!.toLowerCase();
      const title = `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
      const rest = match[2] === '\n' ? `<p>${inner.slice(match[0].length)}` : inner.slice(match[0].length);
      return `<div class="markdown-alert markdown-alert-${kind}">\n<p class="markdown-alert-title">${title}</p>\n${rest}</div>\n`;
    },
    code(token: Tokens.Code): string | false {
      // Other languages fall back to marked's own rendering.
      return token.lang === 'diff' ? diffBlock(token.text) : false;
    },
  },
});

/** The comment body as GitHub-like HTML (the article of a golden page). */
export function githubHtml(markdown: string): string {
  return githubMarked.parse(markdown, { async: false });
}
