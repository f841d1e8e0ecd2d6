import { defineConfig } from 'vitest/config';

// Unit tests cover the pure engines and content schemas; they never need a browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
