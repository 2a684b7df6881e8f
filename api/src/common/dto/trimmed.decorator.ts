import { Transform } from 'class-transformer';

/** Trims a string field before it is validated; other values pass through for the validators to reject. */
export const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
