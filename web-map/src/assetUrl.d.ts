/** Vite's `?url` imports: the URL of the emitted file (assetsInlineLimit 0: always a file, never data:). */
declare module '*?url' {
  const url: string;
  export default url;
}
