/**
 * A memo that forgets: answers are kept in two generations of at most `limit` entries each, so a file
 * of any size is answered from memory while its keys and values fit, and memory stays bounded when
 * edits keep producing new ones. Long inputs are not remembered (they cost as much to hash as to test).
 */
export function boundedMemo<T extends NonNullable<unknown>>(compute: (input: string) => T, limit = 16_384, longest = 1_024): (input: string) => T {
  let current = new Map<string, T>();
  let previous = new Map<string, T>();
  return (input) => {
    if (input.length > longest) return compute(input);
    const known = current.get(input);
    if (known !== undefined) return known;
    const answer = previous.get(input) ?? compute(input);
    if (current.size >= limit) {
      previous = current;
      current = new Map();
    }
    current.set(input, answer);
    return answer;
  };
}
