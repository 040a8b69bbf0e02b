import type { z } from 'zod';

/** A CRM answer that is not what its API reference says (garbage, an HTML page, a changed shape). */
export class InvalidAnswerError extends Error {
  override readonly name = 'InvalidAnswerError';
  constructor(
    readonly what: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(`unexpected answer for ${what}: ${issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  }
}

export function invalidAnswer(what: string, error: z.ZodError): InvalidAnswerError {
  return new InvalidAnswerError(what, error.issues);
}
