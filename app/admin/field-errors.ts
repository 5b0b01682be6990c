// zod issues → translatable field errors: { "settings.personaName": { key, values } }. The client
// shows them beside the field they belong to, in the admin's language.
import type { ZodIssue } from 'zod';

export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}
export type FieldErrors = Record<string, FieldError>;

function toFieldError(issue: ZodIssue): FieldError {
  switch (issue.code) {
    case 'too_small':
      if (issue.type === 'number') return { key: 'errors.min', values: { min: Number(issue.minimum) } };
      return issue.type === 'string' && Number(issue.minimum) <= 1 ? { key: 'errors.required' } : { key: 'errors.tooShort', values: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.type === 'number') return { key: 'errors.max', values: { max: Number(issue.maximum) } };
      return issue.type === 'array' ? { key: 'errors.tooMany', values: { max: Number(issue.maximum) } } : { key: 'errors.tooLong', values: { max: Number(issue.maximum) } };
    case 'invalid_string':
      return issue.validation === 'email' ? { key: 'errors.email' } : { key: 'errors.invalid' };
    case 'custom':
      return { key: (issue.params?.key as string | undefined) ?? 'errors.invalid', values: issue.params?.values as FieldError['values'] };
    case 'invalid_type':
      return issue.received === 'undefined' || issue.received === 'null' ? { key: 'errors.required' } : { key: 'errors.invalid' };
    default:
      return { key: 'errors.invalid' };
  }
}

/** The first issue per field wins: one clear message beats a list. */
export function fieldErrors(issues: ZodIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    // Array items ("topicsToAvoid.3") are reported on the field itself.
    const path = issue.path.filter((p) => typeof p === 'string').join('.');
    out[path] ??= toFieldError(issue);
  }
  return out;
}
