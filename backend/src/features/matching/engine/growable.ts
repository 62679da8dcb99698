type NumericArray = Int32Array | Uint32Array | Uint8Array | Float32Array | Float64Array;

/** Returns `array` when it is long enough, else a copy with at least `minLength` entries (doubling). */
export function ensureLength<T extends NumericArray>(array: T, minLength: number): T {
  if (array.length >= minLength) return array;
  let length = Math.max(16, array.length);
  while (length < minLength) length *= 2;
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}
