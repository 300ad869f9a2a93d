/**
 * Sticky comments, the merged-PR lookup and rate limits against a fake GitHub REST API,
 * through the real Octokit client (throttling, retry and pagination plugins).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { commentMarker, findMarkedComment, reviewRecordOf, upsertComment, type ReviewRecord } from '../../src/github/comment.js';
import { findMergedPullRequest } from '../../src/github/pulls.js';
import { BOT, FakeGitHub, noWaitLimiter } from './fake-github.js';

const repository = { owner: 'o', repo: 'r' };
let fake: FakeGitHub;
let octokit: GitHubClient;
let logged: string[];

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  logged = [];
  octokit = client();
});
afterEach(async () => {
  await fake.close();
});

function client(retries?: number): GitHubClient {
  return createGitHubClient({
    token: 'test-token',
    baseUrl: fake.url,
    log: (message) => logged.push(message),
    // GitHub's waits are seconds; here each second is a millisecond.
    retryAfterBaseValue: 1,
    ...(retries !== undefined ? { rateLimitRetries: retries } : {}),
    throttle: { write: noWaitLimiter as never, notifications: noWaitLimiter as never },
  });
}

describe('markers', () => {
  it('name the config and the service set, in any order, and cannot end the HTML comment', () => {
    expect(commentMarker('plan', { config: 'revmeta.yaml' })).toBe('<!-- revmeta:plan config=revmeta.yaml services=* -->');
    expect(commentMarker('plan', { config: './infra\\revmeta.yaml', services: ['b', 'a'] })).toBe(
      '<!-- revmeta:plan config=infra%2Frevmeta.yaml services=a,b -->',
    );
    expect(commentMarker('apply', { config: 'x-->y.yaml', services: ['a,b'] })).not.toMatch(/-->.*-->/);
    expect(commentMarker('plan', { config: 'a.yaml', services: ['x'] })).not.toBe(commentMarker('plan', { config: 'a.yaml', services: ['y'] }));
  });

  it('carry the review record of a plan comment, read back exactly; a marker without one has none', () => {
    const record: ReviewRecord = { fingerprint: `sha256:${'ab'.repeat(32)}`, head: 'abc123', status: 'conflicts', changes: 2, conflicts: 1, entries: ['1a2b3c4d.00000000.ffffffff', '1a2b3c4e.00000000.ffffffff'] };
    const marker = commentMarker('plan', { config: 'revmeta.yaml', target: 'openmetadata' }, record);
    expect(marker).toBe(
      `<!-- revmeta:plan config=revmeta.yaml services=* target=openmetadata fingerprint=sha256:${'ab'.repeat(32)} head=abc123 status=conflicts changes=2 conflicts=1 entries=${record.entries!.join(',')} -->`,
    );
    expect(reviewRecordOf(`${marker}\nbody`)).toEqual(record);
    expect(reviewRecordOf(commentMarker('plan', { config: 'revmeta.yaml' }))).toBeUndefined();
    expect(reviewRecordOf(`${commentMarker('plan', { config: 'revmeta.yaml' }, { head: 'h', status: 'failed' })}\n`)).toEqual({ head: 'h', status: 'failed' });
    // A value that is not a hash or a count is left out, so it cannot end the comment.
    expect(commentMarker('plan', { config: 'revmeta.yaml' }, { head: 'x --> <b>', status: 'ok' })).toBe('<!-- revmeta:plan config=revmeta.yaml services=* status=ok -->');
    // Only at the start of the body: a quoted marker is not a record.
    expect(reviewRecordOf(`quote: ${marker}`)).toBeUndefined();
  });
});

describe('upsertComment', () => {
  const marker = commentMarker('plan', { config: 'revmeta.yaml' });

  it('creates the comment on the first run and updates the same comment on the second', async () => {
    const first = await upsertComment({ octokit, ...repository, issueNumber: 7, marker, body: 'plan one' });
    expect(first.action).toBe('created');
    const second = await upsertComment({ octokit, ...repository, issueNumber: 7, marker, body: 'plan two' });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(fake.comments.get(7)![0]!.body).toBe(`${marker}\nplan two`);
    expect(fake.requests.every((r) => r.authorization === 'token test-token')).toBe(true);
  });

  it('does not write when the body is unchanged', async () => {
    await upsertComment({ octokit, ...repository, issueNumber: 7, marker, body: 'same' });
    const again = await upsertComment({ octokit, ...repository, issueNumber: 7, marker, body: 'same' });
    expect(again.action).toBe('unchanged');
    expect(fake.requestsTo('PATCH', /comments/)).toHaveLength(0);
  });

  it('finds its marker beyond the first page of a busy pull request', async () => {
    for (let i = 0; i < 340; i++) fake.addComment(9, `review comment ${i}`);
    const ours = fake.addComment(9, `${marker}\nold plan`, BOT);
    for (let i = 0; i < 25; i++) fake.addComment(9, `later comment ${i}`);
    const found = await findMarkedComment(octokit, repository, 9, marker);
    expect(found?.id).toBe(ours.id);
    const result = await upsertComment({ octokit, ...repository, issueNumber: 9, marker, body: 'new plan' });
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    expect(fake.comments.get(9)).toHaveLength(366);
    const pages = fake.requestsTo('GET', /\/issues\/9\/comments$/).map((r) => r.query.get('page') ?? '1');
    // 100 per page; the marker is on page 4, and listing stops there.
    expect(pages.slice(0, 4)).toEqual(['1', '2', '3', '4']);
    expect(fake.requestsTo('POST', /comments/)).toHaveLength(0);
  });

  it('keeps apart comments of other config/service sets and ignores a marker quoted mid-body', async () => {
    const other = commentMarker('plan', { config: 'revmeta.yaml', services: ['warehouse'] });
    fake.addComment(3, `${other}\nother set`, BOT);
    fake.addComment(3, `As the bot said: ${marker}`, BOT);
    const result = await upsertComment({ octokit, ...repository, issueNumber: 3, marker, body: 'this set' });
    expect(result.action).toBe('created');
    expect(fake.comments.get(3)!.map((c) => c.body)).toEqual([`${other}\nother set`, `As the bot said: ${marker}`, `${marker}\nthis set`]);
  });

  it('finds its comment whatever review record either marker carries, and never another target\'s', async () => {
    const withRecord = commentMarker('plan', { config: 'revmeta.yaml' }, { fingerprint: `sha256:${'0'.repeat(64)}`, status: 'ok', changes: 0, conflicts: 0 });
    const other = commentMarker('plan', { config: 'revmeta.yaml', target: 'openmetadata' }, { status: 'failed' });
    fake.addComment(6, `${other}\nopenmetadata`, BOT);
    fake.addComment(6, `${marker}\nbefore records existed`, BOT);
    const result = await upsertComment({ octokit, ...repository, issueNumber: 6, marker: withRecord, body: 'now' });
    expect(result.action).toBe('updated');
    expect(fake.comments.get(6)!.map((c) => c.body)).toEqual([`${other}\nopenmetadata`, `${withRecord}\nnow`]);
    expect((await findMarkedComment(octokit, repository, 6, marker))?.body).toBe(`${withRecord}\nnow`);
  });

  it('skips a marked comment it may not edit (someone copied the marker) and uses its own', async () => {
    fake.addComment(4, `${marker}\nplanted by a user`);
    const own = await upsertComment({ octokit, ...repository, issueNumber: 4, marker, body: 'first' });
    expect(own.action).toBe('created');
    const again = await upsertComment({ octokit, ...repository, issueNumber: 4, marker, body: 'second' });
    expect(again).toMatchObject({ action: 'updated', id: own.id });
    expect(fake.comments.get(4)!.map((c) => c.body)).toEqual([`${marker}\nplanted by a user`, `${marker}\nsecond`]);
  });

  it('refuses a body over the limit instead of letting GitHub reject it', async () => {
    await expect(upsertComment({ octokit, ...repository, issueNumber: 1, marker, body: 'x'.repeat(70_000) })).rejects.toThrow(/at most 65536/);
  });
});

describe('rate limits', () => {
  it('retries a 403 primary rate limit and a 429 secondary limit, then succeeds', async () => {
    fake.rateLimitNext('primary', 'secondary');
    const marker = commentMarker('plan', { config: 'revmeta.yaml' });
    const result = await upsertComment({ octokit, ...repository, issueNumber: 5, marker, body: 'after waiting' });
    expect(result.action).toBe('created');
    expect(logged.some((line) => /primary rate limit/.test(line))).toBe(true);
    expect(logged.some((line) => /secondary rate limit/.test(line))).toBe(true);
    // The listing was asked three times: two limited answers, then the real one.
    expect(fake.requestsTo('GET', /\/issues\/5\/comments$/)).toHaveLength(3);
  });

  it('gives up after the configured retries with the rate-limit error', async () => {
    octokit = client(2);
    fake.rateLimitNext('primary', 'primary', 'primary', 'primary');
    await expect(findMergedPullRequest(octokit, repository, 'abc')).rejects.toMatchObject({ status: 403 });
    expect(logged.some((line) => /giving up after 2 retries/.test(line))).toBe(true);
  });
});

describe('findMergedPullRequest', () => {
  it('finds the merged PR of a commit, preferring the PR whose merge commit it is', async () => {
    fake.addPull({ number: 10, state: 'closed', merged_at: '2024-01-01T00:00:00Z', merge_commit_sha: 'other' });
    fake.addPull({ number: 11, state: 'open' });
    fake.addPull({ number: 12, state: 'closed', merged_at: '2024-01-02T00:00:00Z', merge_commit_sha: 'abc123' });
    fake.commitPulls.set('abc123', [10, 11, 12]);
    expect(await findMergedPullRequest(octokit, repository, 'abc123')).toMatchObject({ number: 12 });
    expect(fake.requestsTo('GET', /\/commits\/abc123\/pulls$/)).toHaveLength(1);
  });

  it('takes a merged PR that contains the commit (rebase merges), and nothing when none is merged', async () => {
    fake.addPull({ number: 20, state: 'closed', merged_at: '2024-01-01T00:00:00Z', merge_commit_sha: 'zzz' });
    fake.addPull({ number: 21, state: 'open' });
    fake.commitPulls.set('rebased', [20]);
    fake.commitPulls.set('unmerged', [21]);
    expect(await findMergedPullRequest(octokit, repository, 'rebased')).toMatchObject({ number: 20 });
    expect(await findMergedPullRequest(octokit, repository, 'unmerged')).toBeUndefined();
    expect(await findMergedPullRequest(octokit, repository, 'direct-push')).toBeUndefined();
  });
});

describe('apply comments keep their history', () => {
  it('names each apply run in its marker, so a later apply posts a new comment instead of overwriting the earlier result', () => {
    const first = commentMarker('apply', { config: 'revmeta.yaml', run: '41' });
    const second = commentMarker('apply', { config: 'revmeta.yaml', run: '42' });
    expect(first).toBe('<!-- revmeta:apply config=revmeta.yaml services=* run=41 -->');
    expect(first).not.toBe(second);
  });

  it('names the continuation parts of a split plan, the first part being the comment it always was', () => {
    expect(commentMarker('plan', { config: 'revmeta.yaml', part: 1 })).toBe('<!-- revmeta:plan config=revmeta.yaml services=* -->');
    expect(commentMarker('plan', { config: 'revmeta.yaml', part: 2 })).toBe('<!-- revmeta:plan config=revmeta.yaml services=* part=2 -->');
  });
});
