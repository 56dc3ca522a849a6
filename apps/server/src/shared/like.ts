/** A LIKE pattern matching `text` literally: `%` and `_` typed by the user match themselves. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
