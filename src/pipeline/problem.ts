/** What went wrong, in one line for a warning: an error's message, or whatever was thrown. */
export function problem(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
