/**
 * A fake of the few GitHub REST endpoints revmeta uses, on node:http at 127.0.0.1, for
 * Octokit's `baseUrl` (or the Action's GITHUB_API_URL). It paginates as GitHub does (Link
 * headers), answers rate limits as GitHub does (403 with x-ratelimit-remaining: 0, or 429
 * for a secondary limit), and records every request for assertions.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** `sha`: the commit the PR's head was at (what a plan of the PR planned). */
  head: { ref: string; label: string; sha?: string };
  base: { ref: string; sha?: string };
  merged_at: string | null;
  merge_commit_sha: string | null;
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

type Limit = 'primary' | 'secondary';

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>();
  readonly pulls: FakePull[] = [];
  /** commit sha → PR numbers, as listPullRequestsAssociatedWithCommit answers. */
  readonly commitPulls = new Map<string, number[]>();
  readonly requests: RecordedRequest[] = [];
  /** The login comments are created as (the token's identity). */
  login = BOT;
  /** A fork PR's GITHUB_TOKEN: every write is refused. */
  readOnly = false;
  private nextId = 1000;
  private limits: Limit[] = [];
  private server: http.Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next requests are answered with a rate limit, one per entry. */
  rateLimitNext(...limits: Limit[]): void {
    this.limits.push(...limits);
  }

  addComment(issue: number, body: string, user = { login: 'someone', type: 'User' }): FakeComment {
    const id = this.nextId++;
    const comment = { id, body, user, html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${id}`, created_at: new Date(0).toISOString() };
    const list = this.comments.get(issue) ?? [];
    list.push(comment);
    this.comments.set(issue, list);
    return comment;
  }

  addPull(pull: Partial<FakePull> & { number: number }): FakePull {
    const full: FakePull = {
      title: `PR ${pull.number}`,
      body: '',
      state: 'open',
      head: { ref: `feature-${pull.number}`, label: `o:feature-${pull.number}` },
      base: { ref: 'main' },
      merged_at: null,
      merge_commit_sha: null,
      html_url: `https://github.test/o/r/pull/${pull.number}`,
      ...pull,
    };
    this.pulls.push(full);
    return full;
  }

  requestsTo(method: string, pattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pattern.test(r.path));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text ? JSON.parse(text) : undefined;
    const authorization = req.headers.authorization;
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body, authorization });

    const limit = this.limits.shift();
    if (limit === 'primary') {
      const reset = Math.floor(Date.now() / 1000);
      return send(res, 403, { message: 'API rate limit exceeded for installation.' }, {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
      });
    }
    if (limit === 'secondary') {
      return send(res, 429, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '1' });
    }
    if (!authorization) return send(res, 401, { message: 'Requires authentication' });
    if (this.readOnly && req.method !== 'GET') return send(res, 403, { message: 'Resource not accessible by integration' });
    this.route(req.method ?? 'GET', url, body as Record<string, unknown> | undefined, res);
  }

  private route(method: string, url: URL, body: Record<string, unknown> | undefined, res: http.ServerResponse): void {
    const path = url.pathname;
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === 'GET') return this.page(url, this.comments.get(issue) ?? [], res);
      if (method === 'POST') return send(res, 201, this.addComment(issue, String(body?.body ?? ''), this.login));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(m![1]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      // GitHub lets a token edit only comments of its own identity.
      if (comment.user.login !== this.login.login) return send(res, 403, { message: 'Resource not accessible by integration' });
      comment.body = String(body?.body ?? '');
      return send(res, 200, comment);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/.exec(path)) && method === 'GET') {
      const numbers = this.commitPulls.get(m[1]!) ?? [];
      return this.page(url, this.pulls.filter((p) => numbers.includes(p.number)), res);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      if (method === 'GET') {
        const head = url.searchParams.get('head');
        const base = url.searchParams.get('base');
        const state = url.searchParams.get('state') ?? 'open';
        const found = this.pulls.filter(
          (p) => (state === 'all' || p.state === state) && (!head || p.head.label === head) && (!base || p.base.ref === base),
        );
        return this.page(url, found, res);
      }
      if (method === 'POST') {
        const number = this.pulls.reduce((max, p) => Math.max(max, p.number), 0) + 1;
        const head = String(body?.head ?? '');
        const pull = this.addPull({
          number,
          title: String(body?.title ?? ''),
          body: String(body?.body ?? ''),
          head: { ref: head, label: `o:${head}` },
          base: { ref: String(body?.base ?? '') },
        });
        return send(res, 201, pull);
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const pull = this.pulls.find((p) => p.number === Number(m![1]));
      if (!pull) return send(res, 404, { message: 'Not Found' });
      if (typeof body?.title === 'string') pull.title = body.title;
      if (typeof body?.body === 'string') pull.body = body.body;
      return send(res, 200, pull);
    }
    send(res, 404, { message: `Not Found (fake: ${method} ${path})` });
  }

  /** GitHub's pagination: `per_page` (max 100) and `page`, with a Link header to the next page. */
  private page(url: URL, items: readonly unknown[], res: http.ServerResponse): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      const last = new URL(url);
      last.searchParams.set('page', String(Math.ceil(items.length / perPage)));
      headers.link = `<${next.href}>; rel="next", <${last.href}>; rel="last"`;
    }
    send(res, 200, slice, headers);
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Stands in for the throttling plugin's limiters, which space writes 1 s apart and
 * notification-triggering writes 3 s apart: right against GitHub, slow in tests.
 */
export const noWaitLimiter = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const index = args.findIndex((arg) => typeof arg === 'function');
      const fn = args[index] as (...rest: unknown[]) => unknown;
      return Promise.resolve(fn(...args.slice(index + 1)));
    },
  }),
};
