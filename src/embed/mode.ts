/** `?embed=1` (or `?embed`, `?embed=true`) asks for the compact chrome of an article embed. */
export function isEmbedMode(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value !== null && value !== '0' && value !== 'false';
}
