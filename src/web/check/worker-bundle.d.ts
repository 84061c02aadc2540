// The check worker's bundle as text: webpack.config.js aliases this name to the `web-check-worker` build's output.
declare module 'ziping-web-check-worker' {
  const source: string;
  export default source;
}
