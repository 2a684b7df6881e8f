import { isCommonPassword, passwordProblem } from './password-policy';

describe('password policy', () => {
  it.each(['password', 'PASSWORD', '123456', 'qwerty123456', '1qaz2wsx3edc'])('finds %s on the breached list', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(['password1234!', '2024Dragon!!', 'monkeymonkey', 'abcabcabcabc', 'aaaaaaaaaaaa', '121212121212'])(
    'sees through padding and repetition in %s',
    (password) => expect(isCommonPassword(password)).toBe(true),
  );

  it.each(['correct horse battery staple', 'group-circle-tuesday-7', 'Ri9!vq2LmZ0x'])('accepts %s', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it('says what is wrong: too short, too long, too common', () => {
    expect(passwordProblem('short-one')).toMatch(/at least 12 characters/);
    expect(passwordProblem('x'.repeat(100) + 'y'.repeat(157))).toMatch(/at most 256 characters/);
    expect(passwordProblem('baseball1234')).toMatch(/breached passwords/);
  });
});
