import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

export default defineConfig({
  // Paths are relative to this folder, whichever directory vite is started from.
  root: import.meta.dirname,
  plugins: [
    // Every text asset also as .gz and .br beside it, made once at build at the highest levels (the
    // server picks one by Accept-Encoding: express-static-gzip). Images are already compressed.
    compression({
      include: /\.(html|js|css|svg|json)$/,
      threshold: 0,
      skipIfLargerOrEqual: true,
      algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress', {})],
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Emit every image as a file: data: URIs would need img-src data: in the server's CSP.
    assetsInlineLimit: 0,
    rollupOptions: {
      // The parent's page and the open-data page (/open-data: downloads, the API described).
      input: { index: 'index.html', openData: 'open-data.html' },
      output: {
        // Leaflet in its own chunk, so the page's own code size is visible and cached separately.
        manualChunks: { leaflet: ['leaflet'] },
      },
    },
  },
});
