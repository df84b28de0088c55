/** Where the browser tests find the built site: shared by playwright.config.ts and the e2e fixtures. */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4329);
export const BASE_URL = `http://localhost:${E2E_PORT}`;
