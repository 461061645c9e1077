// Errors the HTTP layer answers itself, shaped like GraphQL errors so that clients parse one
// format whatever failed: { "errors": [{ "message", "extensions": { "code" } }] }.
import type { Response } from 'express';

export function sendGraphQLError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}
