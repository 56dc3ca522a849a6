/**
 * What a translation of the en-US messages `T` must be: the same keys, nested the same way, each a
 * string. `zhCN = { … } satisfies Translation<typeof enUS>` fails the type check on a missing key
 * and, as an object literal, on an extra one.
 */
export type Translation<T> = {
  [K in keyof T as K extends PluralOne ? never : K]: T[K] extends string
    ? string
    : Translation<T[K]>;
};

/**
 * i18next plurals: en-US has `key_one` and `key_other`; Chinese has one plural form, so a zh-CN
 * translation has only `key_other` (a `key_one` there would never be read, and fails the check).
 */
type PluralOne = `${string}_one`;
