import type * as z from 'zod/mini';

/** "shipments.0.events.1.status: Invalid option" for each of the first issues. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
