import { isMemberCode, memberCodeFromRandomBytes } from './member-code';

describe('member codes', () => {
  it('maps each byte to one Crockford symbol', () => {
    expect(memberCodeFromRandomBytes(Uint8Array.from([0, 1, 31, 32, 18, 255]))).toBe('M-01Z0JZ');
  });

  it('never uses the ambiguous letters I, L, O or U', () => {
    for (let b = 0; b < 256; b++) {
      const code = memberCodeFromRandomBytes(Uint8Array.from([b, b, b, b, b, b]));
      expect(code).toMatch(/^M-[^ILOU]{6}$/);
      expect(isMemberCode(code)).toBe(true);
    }
  });

  it('rejects codes of the wrong shape', () => {
    expect(isMemberCode('M-7K3Q9')).toBe(false);
    expect(isMemberCode('M-7K3Q9I')).toBe(false);
    expect(isMemberCode('X-7K3Q9D')).toBe(false);
    expect(isMemberCode(42)).toBe(false);
  });

  it('refuses too few random bytes', () => {
    expect(() => memberCodeFromRandomBytes(new Uint8Array(5))).toThrow(RangeError);
  });
});
