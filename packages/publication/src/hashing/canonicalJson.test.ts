import { canonicalJson } from './canonicalJson';
import { contentHash } from './contentHash';

describe('canonicalJson', () => {
  it('when keys come in any order, then the text is the same, sorted by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    expect(canonicalJson({ b: 1, a: [true, null], '€': 'x', '\r': 0 })).toBe('{"\\r":0,"a":[true,null],"b":1,"€":"x"}');
    expect(canonicalJson({ a: [true, null], b: 1 })).toBe(canonicalJson({ b: 1, a: [true, null] }));
  });

  it('when numbers are given, then they use the ECMAScript shortest form (RFC 8785 §3.2.2.3)', () => {
    expect(canonicalJson([1e21, 0.000001, 1e-7, -0, 333333333.3333333])).toBe('[1e+21,0.000001,1e-7,0,333333333.3333333]');
  });

  it('when a value holds a Date or undefined, then the date is its ISO string and undefined is dropped', () => {
    expect(canonicalJson({ at: new Date('2025-05-01T00:00:00Z'), gone: undefined })).toBe('{"at":"2025-05-01T00:00:00.000Z"}');
  });

  it('when a value has no JSON form, then it is refused', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});

describe('contentHash', () => {
  it('when two documents differ only in key order, then their hashes match; a changed value changes it', () => {
    const a = contentHash({ name: '实验小学', seats: 180 });
    expect(a).toBe(contentHash({ seats: 180, name: '实验小学' }));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ name: '实验小学', seats: 181 })).not.toBe(a);
  });

  it('when the value is the empty object, then the hash is sha256("{}")', () => {
    expect(contentHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });
});
