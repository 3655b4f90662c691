import { z } from 'zod';

/** The account fields every form that sets them validates alike. */
export const emailField = z
  .string()
  .trim()
  .max(254, 'Use at most 254 characters.')
  .email('Enter a valid email address.')
  .transform((v) => v.toLowerCase());

export const newPasswordField = z.string().min(10, 'Use at least 10 characters.').max(200, 'Use at most 200 characters.');
export const displayNameField = z
  .string()
  .trim()
  .min(2, 'Use at least 2 characters.')
  .max(50, 'Use at most 50 characters.')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u, 'Use letters, digits, spaces and . _ \' - only.');
