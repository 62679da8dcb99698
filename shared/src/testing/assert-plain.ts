/** Test helper (not part of the package build). */

/** Throws unless `value` is plain JSON-like data: the only thing a validator may let through. */
export function assertPlain(value: unknown, path = '$root'): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return;
  if (type === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path}: non-finite number`);
    return;
  }
  if (type !== 'object') throw new Error(`${path}: ${type} let through`);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) {
    if (proto !== Array.prototype) throw new Error(`${path}: array with a foreign prototype`);
  } else if (proto !== Object.prototype && proto !== null) {
    throw new Error(`${path}: object with a foreign prototype`);
  }
  if (Object.getOwnPropertySymbols(value).length) throw new Error(`${path}: symbol keys`);
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (Array.isArray(value) && key === 'length') continue;
    if (key.startsWith('$')) throw new Error(`${path}: operator key ${key}`);
    if (key === '__proto__') throw new Error(`${path}: __proto__ key`);
    if (descriptor.get || descriptor.set) throw new Error(`${path}.${key}: accessor`);
    assertPlain(descriptor.value, `${path}.${key}`);
  }
}
