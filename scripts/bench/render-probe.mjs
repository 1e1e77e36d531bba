// The first-render probe shared by scripts/bench/browser.mjs and scripts/bench/first-render.mjs,
// so that both time the same thing.

// Runs at the start of every document, before any page script, so no render can slip past it.
// "Rendered" is the first animation frame in which every widget's shadow root has its stylesheets
// loaded and a verdict with text, or every bench image is decoded: the same
// rule, checked at the same rate, for both pages.
export const RENDER_PROBE = `(() => {
  const probe = { renderedAt: null };
  Object.defineProperty(window, '__vpceBench', { value: probe });
  const widgetReady = (el) => {
    const root = el.shadowRoot;
    if (!root) return false;
    for (const l of root.querySelectorAll('link[rel=stylesheet]')) if (!l.sheet) return false;
    return [...root.querySelectorAll('.verdict')].some((s) => s.textContent.trim() !== '');
  };
  const ready = () => {
    const widgets = document.querySelectorAll('vpce-advisor');
    if (widgets.length) return [...widgets].every(widgetReady);
    const images = document.querySelectorAll('img[data-bench]');
    return images.length > 0 && [...images].every((i) => i.complete && i.naturalWidth > 0);
  };
  const tick = () => {
    if (!ready()) return requestAnimationFrame(tick);
    probe.renderedAt = performance.now();
    // Places the frame in a trace (scripts/bench/first-render.mjs --cpu).
    performance.mark('vpce-bench-rendered');
    // Told through the console: the harness then waits without running any script of its own in
    // the page while it loads (Playwright's waitForFunction would inject and run its own).
    console.debug('vpce-bench:rendered');
  };
  requestAnimationFrame(tick);
})();`;
