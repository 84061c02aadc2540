// Types for scripts/serve-build.js, so the TypeScript e2e test can import it.
export type BuildServer = { readonly url: string; close(): Promise<void> };
export function serveBuild(options?: { root?: string; port?: number }): Promise<BuildServer>;
