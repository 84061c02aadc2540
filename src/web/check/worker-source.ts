// The check worker's script as a blob: URL. A page opened from disk (file://) may not start a Worker from a file URL
// (Chromium refuses it: the page's origin is opaque), so webpack builds the worker as one self-contained file and embeds
// it in a chunk of the page as text (asset/source); the page's CSP allows workers from blob: and nothing else.
let url: Promise<string> | undefined;

export function checkWorkerUrl(): Promise<string> {
  url ??= import('ziping-web-check-worker').then(({ default: source }) =>
    URL.createObjectURL(new Blob([source], { type: 'text/javascript' })),
  );
  return url;
}
