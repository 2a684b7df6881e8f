/**
 * The body of a command that takes no input: absent or `{}`. With the global pipe's `forbidNonWhitelisted`, any field
 * is refused (400), so a client that thinks it is sending something learns that it is not.
 */
export class NoInputDto {}
