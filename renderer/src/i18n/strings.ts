/** The shape of a strings object with every leaf a string: the English file must match the Indonesian one. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
