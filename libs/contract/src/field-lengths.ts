// Field lengths as plain numbers: the schemas are built from them, and a remote's inputs read them
// without loading zod (`inputLimits(schema)` would bundle zod into the remote: ~29 kB gzipped).

/** A directory search (DirectoryListInput.search). */
export const directorySearchMaxLength = 100;

/** A product key as typed: 25 characters, with dashes and spaces around (ProductKeyText). */
export const productKeyMaxLength = 40;
