// Schemas built on first use. Building all of Placard's zod schemas when their modules load costs
// the editor's first screen about 30 ms, and most are needed only when a file is read or a message
// crosses IPC. Hand-written (a Proxy), because zod builds every schema object it is given.

let built = 0;

/** How many lazy schemas have been built so far (tests check that loading modules builds none). */
export function lazySchemasBuilt(): number {
  return built;
}

/**
 * `build()`'s result, made the first time anything reads it: a property, `instanceof`, keys. Every
 * property read is answered by the built object, so methods run on it (zod binds them to it).
 */
export function lazySchema<T extends object>(build: () => T): T {
  let value: T | undefined;
  const real = (): T => {
    if (value === undefined) {
      value = build();
      built++;
    }
    return value;
  };
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key),
    set: (_target, key, v) => Reflect.set(real(), key, v),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    // Reported as configurable: the proxy's own empty target holds none of these properties.
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
