/** `oncePer`: a value derived from an object the core never changes is worked out once per object. */
import { oncePer } from '../../core/memo';

test('works a value out once per object, separately for each, and keeps an undefined result too', () => {
  const compute = jest.fn((list: readonly number[]) => (list.length > 0 ? list.length : undefined));
  const size = oncePer(compute);
  const a = [1, 2, 3];
  const empty: number[] = [];
  expect([size(a), size(a), size([1, 2, 3]), size(empty), size(empty)]).toEqual([3, 3, 3, undefined, undefined]);
  // Equal contents are another object: worked out again; the same object never.
  expect(compute).toHaveBeenCalledTimes(3);
});
