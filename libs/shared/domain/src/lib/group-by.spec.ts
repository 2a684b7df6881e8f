import { groupBy } from './group-by';

describe('groupBy', () => {
  it('keeps the order of the items within each group and of the keys as they first appear', () => {
    const grouped = groupBy(
      [
        { k: 'b', v: 1 },
        { k: 'a', v: 2 },
        { k: 'b', v: 3 },
      ],
      (item) => item.k,
    );
    expect([...grouped.entries()].map(([key, items]) => [key, items.map((item) => item.v)])).toEqual([
      ['b', [1, 3]],
      ['a', [2]],
    ]);
  });

  it('groups nothing into an empty map', () => {
    expect(groupBy([], () => 'x').size).toBe(0);
  });
});
