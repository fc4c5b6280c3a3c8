/**
 * The page-wide stylesheet rewritten for a shadow root: rules for :root, html and body apply to the
 * custom element's :host instead, so the element brings its defaults without restyling the host page.
 */
export function hostCss(pageCss: string): string {
  const css = pageCss.replace(/(^|[\s,}])(:root|html|body)(?=[\s,{])/g, '$1:host');
  return `${css}\n:host { display: block; }`;
}
