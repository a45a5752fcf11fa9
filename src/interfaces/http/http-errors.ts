/**
 * Errors as JSON: `{"error": "limit: want a whole number from 1 to 500", "issues": [{"parameter": "limit", …}]}`.
 * Clients read `error`; `issues` lists every bad parameter at once.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export interface Issue {
  readonly parameter: string;
  readonly message: string;
}

export function errorResponse(c: Context, status: ContentfulStatusCode, message: string, issues: readonly Issue[] = []): Response {
  return c.json({ error: message, ...(issues.length > 0 ? { issues } : {}) }, status);
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return { parameter: issue.keys.join(', '), message: `unknown parameter${issue.keys.length > 1 ? 's' : ''} (see /api/openapi.json)` };
    return { parameter: issue.path.join('.') || 'body', message: issue.message };
  });
}

export function badRequest(c: Context, error: z.ZodError): Response {
  const issues = zodIssues(error);
  return errorResponse(c, 400, issues.map((i) => `${i.parameter}: ${i.message}`).join('; '), issues);
}
