// Text the page drew, measured in the same visit as the screenshot (called right after it, at its viewport).
// (selector, cx, cy, cw, ch, max): the root to walk (null: the body) and the captured area in CSS pixels of the
// document. Returns { boxes: [{s, x, y, w, h, c, f}], truncated }: text, box relative to the capture's corner,
// whether it is clipped (hidden by an overflow ancestor, an ellipsis or the capture's edge) and the font size.
(selector, cx, cy, cw, ch, max) => {
  const root = selector ? document.querySelector(selector) : (document.body || document.documentElement);
  const boxes = [];
  if (!root) return { boxes, truncated: false };
  const sx = scrollX, sy = scrollY;
  const capture = [cx, cy, cx + cw, cy + ch];
  const skipped = new Set(['script', 'style', 'noscript', 'template', 'title', 'desc', 'metadata', 'head', 'option']);
  const styles = new Map();
  const style = el => { let s = styles.get(el); if (!s) { s = getComputedStyle(el); styles.set(el, s); } return s; };
  const top = el => !el || el === document.documentElement || el === document.body;
  const intersect = (a, b) => a ? [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])] : b;

  // The area an element's ancestors with overflow other than visible leave visible, in document pixels.
  const clips = new Map();
  const clipOf = el => {
    if (top(el)) return capture;
    if (clips.has(el)) return clips.get(el);
    let clip = clipOf(el.parentElement);
    const s = style(el);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
      const r = el.getBoundingClientRect();
      let box = [r.left + sx, r.top + sy, r.right + sx, r.bottom + sy];
      // An HTML element clips at its padding box; under a scaling transform its client sizes would not match.
      if (el instanceof HTMLElement && Math.abs(el.offsetWidth - r.width) < 1) {
        box = [box[0] + el.clientLeft, box[1] + el.clientTop, box[0] + el.clientLeft + el.clientWidth, box[1] + el.clientTop + el.clientHeight];
      }
      if (s.overflowX === 'visible') { box[0] = -Infinity; box[2] = Infinity; }
      if (s.overflowY === 'visible') { box[1] = -Infinity; box[3] = Infinity; }
      clip = intersect(clip, box);
    }
    clips.set(el, clip);
    return clip;
  };

  // Hidden: a skipped element, visibility off, or opacity 0 on the element or an ancestor.
  const hiddenCache = new Map();
  const hidden = el => {
    if (!el) return false;
    if (hiddenCache.has(el)) return hiddenCache.get(el);
    const s = style(el);
    const h = skipped.has(el.localName) || s.visibility !== 'visible' || s.opacity === '0' || (!top(el) && hidden(el.parentElement));
    hiddenCache.set(el, h);
    return h;
  };

  const ellipsed = el => { const s = style(el); return s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth; };
  const range = document.createRange();
  const add = (text, l, t, r, b, el) => {
    if (r - l < 0.5 || b - t < 0.5) return;
    const clip = clipOf(el);
    const box = [l + sx, t + sy, r + sx, b + sy];
    const clipped = box[0] < clip[0] - 1 || box[1] < clip[1] - 1 || box[2] > clip[2] + 1 || box[3] > clip[3] + 1 || ellipsed(el);
    boxes.push({ s: text, x: box[0] - cx, y: box[1] - cy, w: box[2] - box[0], h: box[3] - box[1], c: clipped, f: parseFloat(style(el).fontSize) || 0 });
  };

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (boxes.length >= max) return { boxes, truncated: true };
    const raw = node.nodeValue;
    const el = node.parentElement;
    if (!el || !/\S/.test(raw) || hidden(el)) continue;
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter(r => r.width >= 0.5 && r.height >= 0.5);
    if (rects.length === 0) continue;
    if (rects.length === 1 || el instanceof SVGElement) {
      const r = range.getBoundingClientRect();
      add(raw.replace(/\s+/g, ' ').trim(), r.left, r.top, r.right, r.bottom, el);
      continue;
    }
    // Wrapped text: one box per line, words grouped by the line they sit on.
    let line = null;
    const flush = () => { if (line) add(line.words.join(' '), line.l, line.t, line.r, line.b, el); };
    for (const m of raw.matchAll(/\S+/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      if (r.width < 0.5) continue;
      if (line && Math.abs(r.top - line.t) < r.height / 2) {
        line.words.push(m[0]);
        line.l = Math.min(line.l, r.left); line.r = Math.max(line.r, r.right); line.b = Math.max(line.b, r.bottom);
      } else {
        flush();
        line = { words: [m[0]], l: r.left, t: r.top, r: r.right, b: r.bottom };
      }
    }
    flush();
  }
  return { boxes, truncated: false };
}
