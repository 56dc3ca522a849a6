/**
 * What a translation of the en-US messages `T` must be: the same keys, nested the same way, each a
 * string. `zhCN = { … } satisfies Translation<typeof enUS>` fails the type check on a missing key
 * and, as an object literal, on an extra one.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
