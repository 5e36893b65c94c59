/**
 * A map that forgets: entries live in two generations of at most `limit` each, so a file of any size
 * is answered from memory while its keys fit, and memory stays bounded when edits keep bringing new
 * ones. An entry read from the older generation moves to the newer one.
 */
export class BoundedMap<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly limit = 16_384) {}

  get(key: string): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const older = this.previous.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: string, value: V): void {
    if (this.current.size >= this.limit && !this.current.has(key)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
