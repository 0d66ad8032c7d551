// The copy's static map, drawn at build time by src/build/copy-map.ts (copyMapPlugin).
declare module 'virtual:copy-map' {
  const svg: string;
  export default svg;
}
