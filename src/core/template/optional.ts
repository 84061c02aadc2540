// Builds optional model properties without writing `undefined` into them (the model's fields are absent, not undefined).

/** `{ key: value }` when the value exists, `{}` otherwise: spread it into an object literal. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
