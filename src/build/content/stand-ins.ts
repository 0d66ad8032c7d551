/**
 * Stand-in artwork for photos the edition does not have. Drawn as SVG by code, with a fixed seed so every
 * build makes the same bytes, then rasterised by the image step like any photo. No text is drawn into the
 * pictures: fonts differ between machines, and the page marks each stand-in in HTML, where it can be read.
 */

const W = 1600;
const H = 1067;

/** A small deterministic PRNG (mulberry32), so the art is identical on every machine. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A jagged ridge line across the picture, as a closed polygon down to the bottom edge. */
function ridge(rand: () => number, base: number, amp: number, steps: number, peaks: number[]): string {
  const pts: string[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = (i / steps) * W;
    let y = base + (rand() - 0.5) * amp * 0.35;
    for (const p of peaks) y -= amp * Math.max(0, 1 - Math.abs(x - p) / (W * 0.22));
    pts.push(`${r1(x)},${r1(y)}`);
  }
  return `M0,${H} L${pts.join(' L')} L${W},${H} Z`;
}

function mountainPass(): string {
  const rand = prng(2012);
  const far = ridge(rand, 520, 300, 48, [300, 1250]);
  const mid = ridge(rand, 640, 260, 40, [120, 980, 1500]);
  const near = ridge(rand, 820, 160, 30, [420, 1400]);
  // Snow caps: the far ridge clipped to its upper band.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6f9fcf"/><stop offset="1" stop-color="#d9e7f2"/></linearGradient>
<linearGradient id="far" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f4f6f8"/><stop offset="0.28" stop-color="#e6ebf0"/><stop offset="0.34" stop-color="#8d8f9c"/><stop offset="1" stop-color="#6b6e7c"/></linearGradient>
<linearGradient id="mid" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9a8f7e"/><stop offset="1" stop-color="#6e6454"/></linearGradient>
<linearGradient id="near" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7d7a4e"/><stop offset="1" stop-color="#4d4a30"/></linearGradient>
</defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="1320" cy="170" r="70" fill="#fff7df" opacity="0.9"/>
<path d="${far}" fill="url(#far)"/>
<path d="${mid}" fill="url(#mid)"/>
<path d="M760,${H} C820,960 640,930 700,860 S900,800 820,740 S700,690 790,640 S900,610 860,590" fill="none" stroke="#3b3a36" stroke-width="34" stroke-linecap="round"/>
<path d="M760,${H} C820,960 640,930 700,860 S900,800 820,740 S700,690 790,640 S900,610 860,590" fill="none" stroke="#e8e2c8" stroke-width="3" stroke-dasharray="22 18"/>
<path d="${near}" fill="url(#near)" opacity="0.92"/>
<rect x="836" y="566" width="48" height="28" rx="4" fill="#30302c"/>
</svg>`;
}

function industrialPark(): string {
  const rand = prng(2015);
  const halls: string[] = [];
  let x = 60;
  while (x < W - 200) {
    const w = 160 + rand() * 220;
    const h = 90 + rand() * 110;
    const y = 700 - h;
    const tone = ['#d8dde3', '#c5ccd4', '#e4e1d8', '#b9c3cc'][Math.floor(rand() * 4)];
    halls.push(
      `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" fill="${tone}"/>`,
      `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="14" fill="#8a97a5"/>`,
    );
    for (let wx = x + 18; wx < x + w - 30; wx += 42) {
      halls.push(`<rect x="${r1(wx)}" y="${r1(y + 34)}" width="24" height="16" fill="#6d89a6"/>`);
    }
    if (rand() > 0.6) {
      halls.push(`<rect x="${r1(x + w * 0.7)}" y="${r1(y - 150)}" width="22" height="150" fill="#9aa3ad"/>`);
    }
    x += w + 30 + rand() * 60;
  }
  const trees: string[] = [];
  for (let tx = 30; tx < W; tx += 70 + rand() * 40) {
    const ty = 760 + rand() * 30;
    trees.push(
      `<rect x="${r1(tx - 3)}" y="${r1(ty)}" width="6" height="34" fill="#5a4632"/>`,
      `<circle cx="${r1(tx)}" cy="${r1(ty - 6)}" r="${r1(18 + rand() * 8)}" fill="#5f8a4a"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9fc3e3"/><stop offset="1" stop-color="#eef3f6"/></linearGradient>
<linearGradient id="ground" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a9b57c"/><stop offset="1" stop-color="#7c8a55"/></linearGradient>
</defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<path d="M0,640 Q400,600 800,630 T1600,620 L1600,700 L0,700 Z" fill="#b5c2b0"/>
<rect y="700" width="${W}" height="${H - 700}" fill="url(#ground)"/>
${halls.join('\n')}
<path d="M0,900 L${W},860 L${W},920 L0,980 Z" fill="#5e5f5c"/>
<path d="M0,940 L${W},890" stroke="#f1efe6" stroke-width="4" stroke-dasharray="40 30"/>
<rect x="1180" y="760" width="14" height="120" fill="#7c1f24"/><rect x="1370" y="745" width="14" height="120" fill="#7c1f24"/>
<rect x="1170" y="742" width="224" height="26" fill="#9b2b2f"/>
${trees.join('\n')}
</svg>`;
}

/** The artworks a photo's `standIn.art` may name. */
export const STAND_IN_ART: Record<string, () => string> = {
  'mountain-pass': mountainPass,
  'industrial-park': industrialPark,
};
