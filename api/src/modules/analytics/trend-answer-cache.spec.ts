import { TrendAnswerCache } from './trend-answer-cache';

describe('trend answer cache', () => {
  it('serves an answer only at the version it was computed at', () => {
    const cache = new TrendAnswerCache();
    cache.set('org|organization', '7', '{"a":1}');
    expect(cache.get('org|organization', '7')).toBe('{"a":1}');
    expect(cache.get('org|organization', '8')).toBeUndefined();
    // A newer version dropped the entry: the older version does not bring it back.
    expect(cache.get('org|organization', '7')).toBeUndefined();
  });

  it('drops the least recently used answers beyond its budget', () => {
    const cache = new TrendAnswerCache();
    const big = 'x'.repeat(2 * 1024 * 1024 - 1);
    cache.set('first', '1', big);
    cache.set('second', '1', big);
    cache.set('third', '1', big);
    expect(cache.get('first', '1')).toBe(big); // now the most recently used
    cache.set('fourth', '1', big);
    cache.set('fifth', '1', big);
    expect(cache.get('second', '1')).toBeUndefined();
    expect(cache.get('first', '1')).toBe(big);
    expect(cache.get('fifth', '1')).toBe(big);
  });

  it('never keeps an answer larger than a quarter of its budget', () => {
    const cache = new TrendAnswerCache();
    cache.set('huge', '1', 'x'.repeat(2 * 1024 * 1024 + 1));
    expect(cache.get('huge', '1')).toBeUndefined();
  });
});
