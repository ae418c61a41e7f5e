/**
 * CSS written so only a parser reads it (src/load/css-values.ts, css-shorthands.ts): escapes, the
 * `font` and `background` shorthands, gradients as backgrounds. Expected values are read off the
 * CSS specifications by hand (css-syntax-3 escapes, css-fonts-4 `font`, css-images-3 gradients).
 */
import { backgroundColor, cssUnescape, parseDecls } from '../src/load/css-values.js';
import { fontSizeOfFont } from '../src/load/css-shorthands.js';

describe('cssUnescape', () => {
  it.each([
    ['\\64isplay', 'display'],
    ['\\6e one', 'none'],
    ['\\6e\\6f\\6e\\65', 'none'],
    ['di\\splay', 'display'],
    ['\\000068 idden', 'hidden'],
    ['plain', 'plain'],
  ])('should decode %s as %s', (raw, decoded) => {
    expect(cssUnescape(raw)).toBe(decoded);
  });
});

describe('fontSizeOfFont', () => {
  it.each([
    ['0/0 a', '0'],
    ['italic bold 12px/1.5 宋体', '12px'],
    ['700 1pt "Times New Roman"', '1pt'],
    ['small-caps 80% serif', '80%'],
    ['caption', 'medium'],
    ['inherit', 'inherit'],
    ['bold serif', null],
  ])('should read the size of font:%s', (value, size) => {
    expect(fontSizeOfFont(value)).toBe(size);
  });
});

describe('shorthands in the cascade order', () => {
  it('should follow font and background with their longhands', () => {
    expect(parseDecls('font-size:14px;font:0/0 a').filter((d) => d.prop === 'font-size').at(-1)?.value).toBe('0');
    expect(parseDecls('background-color:#000;background:#fff').filter((d) => d.prop === 'background-color').at(-1)?.value).toBe('#fff');
  });
});

describe('backgroundColor of gradients', () => {
  it('should read a one-colour gradient as that colour, over the colour layer', () => {
    expect(backgroundColor('linear-gradient(#000,#000)')).toEqual({ r: 0, g: 0, b: 0, a: 1 });
    expect(backgroundColor('linear-gradient(to right, rgb(31 78 121), #1f4e79 50%) #fff')).toEqual({ r: 31, g: 78, b: 121, a: 1 });
    expect(backgroundColor('linear-gradient(transparent, rgba(0,0,0,0)) #333')).toEqual({ r: 51, g: 51, b: 51, a: 1 });
  });

  it('should not know a gradient of several colours, or one of colours not read', () => {
    expect(backgroundColor('linear-gradient(#000,#fff)')).toBe('unknown');
    expect(backgroundColor('linear-gradient(var(--a),var(--a))')).toBe('unknown');
    expect(backgroundColor('url(x.png) #000')).toBe('unknown');
    // An underline drawn as a sized gradient paints a line, not the box.
    expect(backgroundColor('linear-gradient(#000,#000) bottom/100% 1px no-repeat')).toBe('unknown');
    expect(backgroundColor('linear-gradient(#000,#000) / 100% 2px')).toBe('unknown');
  });
});
