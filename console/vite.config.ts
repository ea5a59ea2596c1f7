import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Paths are relative to this folder, whichever directory vite is started from.
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Emit every image as a file: data: URIs would need img-src data: in the server's CSP.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // Libraries in their own chunks: cached across releases of the console's own code, and the
        // console's size is visible on its own.
        manualChunks: {
          react: ['react', 'react-dom', 'react-router'],
          antd: ['antd', '@ant-design/icons', 'dayjs'],
          leaflet: ['leaflet'],
        },
      },
    },
  },
});
