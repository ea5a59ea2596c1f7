import { defineConfig } from 'vite';

export default defineConfig({
  // Paths are relative to this folder, whichever directory vite is started from.
  root: import.meta.dirname,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Emit every image as a file: data: URIs would need img-src data: in the server's CSP.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // Leaflet in its own chunk, so the page's own code size is visible and cached separately.
        manualChunks: { leaflet: ['leaflet'] },
      },
    },
  },
});
