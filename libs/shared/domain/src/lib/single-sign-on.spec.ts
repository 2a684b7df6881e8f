import { emailDomain, needsDirectorApproval, type SingleSignOnIdentity } from './single-sign-on';

const live: SingleSignOnIdentity = {
  issuer: 'https://login.clinic.test',
  clientId: 'cohesion',
  allowedDomains: ['clinic.test', 'north.clinic.test'],
  trustProviderMfa: false,
};

describe('needsDirectorApproval', () => {
  it('holds a first provider, another issuer or client, an added domain and newly trusted multi-factor for a director', () => {
    expect(needsDirectorApproval(null, live)).toBe(true);
    expect(needsDirectorApproval(live, { ...live, issuer: 'https://evil.test' })).toBe(true);
    expect(needsDirectorApproval(live, { ...live, clientId: 'other' })).toBe(true);
    expect(needsDirectorApproval(live, { ...live, allowedDomains: [...live.allowedDomains, 'other.test'] })).toBe(true);
    expect(needsDirectorApproval(live, { ...live, trustProviderMfa: true })).toBe(true);
  });

  it('lets narrowing and the same settings through', () => {
    expect(needsDirectorApproval(live, live)).toBe(false);
    expect(needsDirectorApproval(live, { ...live, allowedDomains: ['clinic.test'] })).toBe(false);
    expect(needsDirectorApproval({ ...live, trustProviderMfa: true }, live)).toBe(false);
  });
});

describe('emailDomain', () => {
  it('is what follows the last @, lower case', () => {
    expect(emailDomain('"a@b"@Clinic.TEST')).toBe('clinic.test');
  });
});
