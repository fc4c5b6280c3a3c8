import { describe, expect, it } from 'vitest';
import { hostCss } from './host-css.ts';

describe('hostCss', () => {
  it.each([
    [':root {\n  --bg: #fff;\n}', ':host {\n  --bg: #fff;\n}'],
    ['body {\n  margin: 0;\n}', ':host {\n  margin: 0;\n}'],
    ['html {\n  -webkit-text-size-adjust: 100%;\n}', ':host {\n  -webkit-text-size-adjust: 100%;\n}'],
    ['a,body,p{color:red}', 'a,:host,p{color:red}'],
    ['.body-text {\n  color: red;\n}', '.body-text {\n  color: red;\n}'],
    ['button:disabled {\n  color: gray;\n}', 'button:disabled {\n  color: gray;\n}'],
  ])('rewrites %j for the shadow root', (css, expected) => {
    expect(hostCss(css)).toBe(`${expected}\n:host { display: block; }`);
  });
});
