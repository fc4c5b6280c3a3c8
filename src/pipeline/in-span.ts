/** Whether `at` lies inside `span` (none: nowhere). */
export function inSpan(
  span: readonly [number, number] | null | undefined,
  at: { start: number; end: number },
): boolean {
  return span != null && at.start >= span[0] && at.end <= span[1];
}
