/**
 * Stylesheets imported as text (`import css from './x.css?raw'`), so the UI chunk can adopt them into its shadow
 * root instead of adding `<link>` or `<style>` tags to the host page. Vite (tests) understands `?raw`; the embed
 * build loads `.css` as text and esbuild ignores the query when resolving.
 */
declare module '*.css?raw' {
  const css: string
  export default css
}
