import { z } from 'zod';

/**
 * The input of a procedure that takes none: no input, or an empty object, which is what a plain
 * `POST` with `{}` or a batch link sends for "nothing". Anything else is refused. Procedures get
 * `undefined` either way.
 */
export const NoInput = z.union([z.void(), z.strictObject({})]).transform(() => undefined);
