import { describe, expect, it } from 'vitest';
import { inlineCodeProblems } from '#src/lib/security/inline-code.ts';

describe('finding code a strict Content-Security-Policy would block', () => {
  it('passes a page whose scripts and styles are files, and its JSON-LD data block', () => {
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css">
      <script type="application/ld+json">{"@context":"https://schema.org"}</script></head>
      <body><img alt="a style=&quot;x&quot; onclick=y >" src="/a.png"><p>Write style="color: red" in your CSS.</p>
      <script type="module" src="/_astro/a.js"></script><!-- <script>alert(1)</script> --></body></html>`;
    expect(inlineCodeProblems(html)).toEqual([]);
  });

  it('names inline scripts, style elements, style attributes, event handlers and javascript: links', () => {
    const html = `<script type="module">console.log(1)</script><script>var a</script><style>p{color:red}</style>
      <svg><rect style="fill: red" /></svg><button onclick="go()">Go</button><a href="javascript:void(0)">x</a>`;
    expect(inlineCodeProblems(html)).toEqual([
      'an inline <script> ("console.log(1)…")',
      'an inline <script> ("var a…")',
      'a <style> element ("p{color:red}…")',
      'a style="fill: red" attribute on <rect>',
      'an onclick="" event handler on <button>',
      'a javascript: link on <a>',
    ]);
  });
});
