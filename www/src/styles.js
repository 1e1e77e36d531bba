// The widget's stylesheet, shipped inside the script (the bundler turns vpce-advisor.css into a
// string) and adopted into each shadow root as one constructed stylesheet per page: no request,
// nothing a bundler or site generator could mistake for the site's own CSS, and allowed by a
// strict style-src (a CSSOM-built sheet is not an inline style).

import css from '../vpce-advisor.css';

let sheet = null;

const canAdopt = () => typeof CSSStyleSheet === 'function' && typeof ShadowRoot === 'function'
  && 'adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype;

/**
 * Styles the shadow root `root`. Browsers without adoptedStyleSheets get a <style> element, which
 * is returned for the caller to insert (fine where there is no strict CSP); otherwise null.
 */
export function adoptStyles(root) {
  if (!canAdopt()) {
    const style = document.createElement('style');
    style.textContent = css;
    return style;
  }
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return null;
}
