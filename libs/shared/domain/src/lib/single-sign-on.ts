/** What decides who a single sign-on says someone is: changing any of it makes an admin's provider wait for a director. */
export interface SingleSignOnIdentity {
  issuer: string;
  clientId: string;
  allowedDomains: readonly string[];
  trustProviderMfa: boolean;
}

/**
 * Whether a change of the provider needs a clinical director's approval before it signs anyone in. A provider decides
 * who people are, so an admin who controls one could be anyone, clinicians included: a new provider, another client,
 * a domain added or the provider's multi-factor newly trusted waits. Narrowing (a domain removed, trust withdrawn), a
 * new secret for the same client and the password setting do not.
 */
export function needsDirectorApproval(previous: SingleSignOnIdentity | null, next: SingleSignOnIdentity): boolean {
  if (!previous) return true;
  return (
    previous.issuer !== next.issuer ||
    previous.clientId !== next.clientId ||
    next.allowedDomains.some((domain) => !previous.allowedDomains.includes(domain)) ||
    (next.trustProviderMfa && !previous.trustProviderMfa)
  );
}

/** The part of an address after its last `@`, lower case. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Mailbox providers anyone can sign up with: no clinic owns them, so none of them may route people to one clinic's
 * identity provider.
 */
export const PUBLIC_EMAIL_DOMAINS: readonly string[] = [
  'aol.com',
  'gmail.com',
  'googlemail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'hotmail.com',
  'icloud.com',
  'live.com',
  'mail.com',
  'mail.ru',
  'me.com',
  'msn.com',
  'outlook.com',
  'pm.me',
  'proton.me',
  'protonmail.com',
  'qq.com',
  'web.de',
  'yahoo.com',
  'yandex.com',
  'yandex.ru',
  'zoho.com',
];
