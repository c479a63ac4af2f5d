// The background loading of the index gives way to queries (src/scripts/search/queries-first.ts).
import { describe, expect, it } from 'vitest';
import { asQuery, noQueryRunning } from '../src/scripts/search/queries-first';

const later = () => {
  let done!: () => void;
  const promise = new Promise<void>((resolve) => (done = resolve));
  return { promise, done };
};

describe('queries before the background load', () => {
  it('lets a background step go at once when no query runs', async () => {
    let went = false;
    await noQueryRunning().then(() => (went = true));
    expect(went).toBe(true);
  });

  it('holds background steps until every running query is done, failed ones included', async () => {
    const order: string[] = [];
    const first = later();
    const second = later();
    const a = asQuery(async () => {
      await first.promise;
      order.push('query 1');
    });
    const b = asQuery(async () => {
      await second.promise;
      order.push('query 2');
      throw new Error('network');
    });
    const step = noQueryRunning().then(() => order.push('background'));
    first.done();
    await a;
    await Promise.resolve();
    expect(order).toEqual(['query 1']);
    second.done();
    await expect(b).rejects.toThrow('network');
    await step;
    expect(order).toEqual(['query 1', 'query 2', 'background']);
  });

  it('returns what the query found', async () => {
    expect(await asQuery(async () => 42)).toBe(42);
  });
});
