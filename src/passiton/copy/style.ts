// Lazy: the one-file copy's own stylesheet (inline in the file: the copy may load nothing). Light and dark,
// a reading measure, figures that keep their stand-in mark on the picture, and print without the map's colours lost.
export const COPY_CSS = `
:root{--bg:#fbf8f2;--fg:#1d1b18;--muted:#5d574e;--rule:#ddd6ca;--hl-yellow:#fde68a;--hl-green:#bbf7d0;--hl-blue:#bfdbfe;--hl-pink:#fbcfe8;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#171614;--fg:#ece7de;--muted:#aaa293;--rule:#3a3731;--hl-yellow:#7a5f12;--hl-green:#1f5e3a;--hl-blue:#1e3f6e;--hl-pink:#6e1f4a}}
body{margin:0;background:var(--bg);color:var(--fg);font:1.125rem/1.65 Georgia,'Times New Roman',serif}
main,.copy-footer{max-width:40rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.75em;line-height:1.2;margin:1.5rem 0 1rem}
h2{font:600 1.25rem/1.3 system-ui,sans-serif;margin:2.5rem 0 .75rem}
h3{font:600 1rem/1.3 system-ui,sans-serif;margin:1.25rem 0 .25rem}
.byline,.edition-note,figcaption,.figure-meta,.map-section,.reader-notes,.copy-footer,.muted{font-family:system-ui,sans-serif}
.byline{font-size:.85em;color:var(--muted)}.byline .author{color:var(--fg);font-weight:600}.byline .affiliation{display:block}
.article-header{margin-bottom:2rem}.article p{margin:0 0 1.15em}
.article-footer{margin-top:2rem;padding-top:1rem;border-top:1px solid var(--rule);font-size:.9em;color:var(--muted)}
.edition-note{display:block;margin-top:1rem;font-size:.8em;color:var(--muted)}
figure{margin:2rem 0}.photo-frame{position:relative}figure img{display:block;width:100%;height:auto}
figcaption{padding-top:.5rem;font-size:.85em}.figure-meta{font-size:.8em;color:var(--muted)}
.stand-in-badge{position:absolute;top:.5rem;left:.5rem;padding:.125rem .5rem;border-radius:.25rem;background:rgb(0 0 0/.72);color:#fff;font:600 .75rem/1.5 system-ui,sans-serif;text-transform:uppercase}
mark{color:inherit;background:var(--hl-yellow);border-radius:.15em}mark.hl-green{background:var(--hl-green)}mark.hl-blue{background:var(--hl-blue)}mark.hl-pink{background:var(--hl-pink)}
.map-section{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--rule);font-size:.95rem}
.copy-map-frame svg{display:block;width:100%;height:auto;border:1px solid var(--rule)}
.map-places{padding-left:0;list-style:none}.map-notes{padding-left:1.25rem;font-size:.9em}.map-note-label{color:var(--muted)}
.reader-notes ol{padding-left:0;list-style:none}.reader-notes li{margin:0 0 1rem}.reader-notes p{margin:.25rem 0 0}
.copy-footer{margin-top:3rem;padding-bottom:2rem;border-top:1px solid var(--rule);font-size:.85rem;color:var(--muted)}
.tr{margin:-.6em 0 1.2em;padding-left:.75em;border-left:2px solid var(--rule);font:.88em/1.55 system-ui,sans-serif;color:var(--muted)}.tr-label{display:block;font-size:.8em}.tr-provenance{font-style:italic}
a{color:inherit}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333}figure,.copy-map-frame{break-inside:avoid}}
`;
