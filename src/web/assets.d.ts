// webpack.config.js inlines the bundled .xlsx assets as data: URLs (asset/inline).
declare module '*.xlsx' {
  const dataUrl: string;
  export default dataUrl;
}
