/**
 * `oncePer`: a value derived from an object the core never changes is worked out once per object.
 * `oncePerText`: a value derived from a text once per text, in a table of bounded size.
 */
import { oncePer, oncePerText } from '../../core/memo';

test('works a value out once per object, separately for each, and keeps an undefined result too', () => {
  const compute = jest.fn((list: readonly number[]) => (list.length > 0 ? list.length : undefined));
  const size = oncePer(compute);
  const a = [1, 2, 3];
  const empty: number[] = [];
  expect([size(a), size(a), size([1, 2, 3]), size(empty), size(empty)]).toEqual([3, 3, 3, undefined, undefined]);
  // Equal contents are another object: worked out again; the same object never.
  expect(compute).toHaveBeenCalledTimes(3);
});

test('works a value out once per text, a null result too, and starts over when the table is full', () => {
  const compute = jest.fn((text: string) => (text === '' ? null : text.length));
  const length = oncePerText(3, compute);
  expect([length('a'), length('bb'), length(''), length('a'), length('')]).toEqual([1, 2, null, 1, null]);
  expect(compute).toHaveBeenCalledTimes(3);
  // A fourth text empties the table: each text is worked out again, once.
  expect([length('cccc'), length('a'), length('a')]).toEqual([4, 1, 1]);
  expect(compute).toHaveBeenCalledTimes(5);
});
