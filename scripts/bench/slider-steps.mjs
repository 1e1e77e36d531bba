// The slider step, timed in the page: shared by browser.mjs (`make bench`) and slider.mjs (the
// per-step look at the slow steps). `sliderSteps` is handed to page.evaluate, so it must not
// refer to anything outside itself.

/**
 * Runs in the page: `steps` slider steps spread over every widget on it, each dispatched at a
 * random point within a frame (as a person's input arrives), each timed to the last DOM change it
 * causes. A widget that coalesces work into requestAnimationFrame updates in the next frame; a
 * probe frame callback registered just before the input runs first in that frame, so the step's
 * work is its synchronous handler plus the frame's DOM work up to the last mutation.
 * `detail`: also returns, per step, the stops moved between, the handler's and the frame's parts,
 * the mutation records by the verdict's part they fall in, and the recommendation drawn after it;
 * and puts `step-N` user-timing measures on the page's timeline (for a trace).
 */
export async function sliderSteps({ steps, seed, detail }) {
  const hosts = [...document.querySelectorAll('vpce-advisor')];
  const roots = hosts.map((h) => h.shadowRoot || h);
  const sliders = roots.map((r) => r.querySelector('input[type=range]'));
  if (!hosts.length || sliders.some((s) => !s)) return { error: 'no input[type=range] in the widget' };
  let seen = 0, lastMutation = 0, records = [];
  const observer = new MutationObserver((list) => {
    seen += list.length;
    lastMutation = performance.now();
    if (detail) records.push(...list);
  });
  for (const r of roots) observer.observe(r, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  let x = seed >>> 0;
  const random = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296;
  const latency = [], work = [], framesWaited = [], details = [];
  let missed = 0;
  // Where a mutation landed: the nearest element with a class (or its tag), below the root.
  const place = (node) => {
    let n = node.nodeType === 1 ? node : node.parentElement;
    while (n && !(n.classList && n.classList.length) && n.parentElement) n = n.parentElement;
    return n ? (n.classList && n.classList[0]) || n.localName : '?';
  };
  const recommendation = (root) => root.querySelector('.verdict .summary strong')?.textContent || '';
  await frame();
  for (let i = 0; i < steps; i++) {
    const index = i % sliders.length;
    const slider = sliders[index];
    const min = Number(slider.min || 0), max = Number(slider.max || 100), step = Number(slider.step) || 1;
    const stops = Math.round((max - min) / step);
    let value;
    do value = String(min + Math.floor(random() * (stops + 1)) * step);
    while (value === slider.value && stops > 0);
    // The previous step ended in a frame callback: a random pause puts this input at a random
    // point of a frame, as a person's input lands.
    await sleep(random() * 12);
    let frameStart = 0;
    requestAnimationFrame(() => { frameStart = performance.now(); });
    observer.takeRecords();
    seen = 0; lastMutation = 0; records = [];
    const from = slider.value, before = detail ? recommendation(roots[index]) : '';
    const t0 = performance.now();
    slider.value = value;
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const handlerEnd = performance.now();
    let frames = 0;
    do { await frame(); frames++; } while (!seen && frames < 10);
    if (!seen) { missed++; continue; }
    const handler = handlerEnd - t0;
    const inFrame = frameStart && frameStart < lastMutation ? lastMutation - frameStart : null;
    latency.push(lastMutation - t0);
    work.push(inFrame != null ? handler + inFrame : lastMutation - t0);
    framesWaited.push(frames);
    if (detail) {
      performance.measure('step-' + i, { start: t0, end: lastMutation });
      if (frameStart) performance.measure('frame-' + i, { start: frameStart, end: lastMutation });
      const where = {};
      for (const r of records) where[place(r.target)] = (where[place(r.target)] || 0) + 1;
      const after = recommendation(roots[index]);
      details.push({ i, widget: index, from: +from, to: +value, handler, inFrame, frames, mutations: records.length,
        where, recommendation: after, recommendationChanged: after !== before });
    }
  }
  observer.disconnect();
  return { latency, work, framesWaited, missed, instances: hosts.length, details };
}
