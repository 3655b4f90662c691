import type { z } from 'zod';
import { badInput } from './errors.js';

/** Validates mutation input at the edge; every failing field gets its own message. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || 'input';
    fields[field] ??= issue.message;
  }
  const summary = Object.entries(fields).map(([field, message]) => `${field}: ${message}`).join(' ');
  throw badInput(`Invalid input. ${summary}`, fields);
}
