import { ROLES, secondFactorRequired } from './roles';

describe('secondFactorRequired', () => {
  it('by default asks directors and admins only', () => {
    expect(ROLES.filter((role) => secondFactorRequired(role, 'privileged_roles'))).toEqual(['director', 'admin']);
  });

  it('asks everyone when the organization says so, and nobody in an optional (demo) organization', () => {
    expect(ROLES.every((role) => secondFactorRequired(role, 'everyone'))).toBe(true);
    expect(ROLES.some((role) => secondFactorRequired(role, 'optional'))).toBe(false);
  });
});
