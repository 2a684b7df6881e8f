import { ProblemException } from '../../../common/problem.exception';

const START_AGAIN = 'Start again from the sign-in page.';

/** Refusals of single sign-on. None says whether a given address has an account, except to the person it belongs to. */
export class SingleSignOnException extends ProblemException {
  /** 404: no organization signs in this email's domain through a provider. */
  static notAvailable() {
    return new SingleSignOnException(
      404,
      'sso_not_available',
      'Single sign-on is not set up for this email',
      'Your organization has not set up single sign-on for this address. Sign in with your password.',
    );
  }

  /** 429: this address started more single sign-ons in a minute than a clinic's staff would. */
  static tooManyStarts(retryAfterSeconds: number) {
    return new SingleSignOnException(
      429,
      'too_many_requests',
      'Too many single sign-ons started',
      `This network started more single sign-ons in a minute than allowed. Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    ).withHeader('retry-after', String(retryAfterSeconds));
  }

  /** 502: discovery or the token request did not get an answer. */
  static providerUnreachable() {
    return new SingleSignOnException(
      502,
      'sso_provider_unreachable',
      'The identity provider did not answer',
      'Try again in a moment. If it keeps failing, tell your Cohesion administrator.',
    );
  }

  /** 400: the browser holds no sign-in of ours that is still open (expired, used, started elsewhere, or none). */
  static signInExpired() {
    return new SingleSignOnException(
      400,
      'sso_sign_in_expired',
      'This sign-in has expired',
      `Single sign-on must finish within ten minutes, in the browser that started it. ${START_AGAIN}`,
    );
  }

  /** 400: the provider's answer does not belong to the sign-in this browser started (state), or failed its checks. */
  static answerRejected() {
    return new SingleSignOnException(
      400,
      'sso_answer_rejected',
      'The identity provider’s answer could not be verified',
      `It did not match the sign-in this browser started, or did not pass the checks Cohesion makes of a provider’s answer (signature, audience, lifetime, nonce, a usable email). Nothing was signed in. ${START_AGAIN}`,
    );
  }

  /** 400: the provider refused to sign the person in (they cancelled, or it denied access). */
  static refusedByProvider(error: string) {
    return new SingleSignOnException(400, 'sso_refused_by_provider', 'The identity provider did not sign you in', `It answered “${error}”. ${START_AGAIN}`);
  }

  /** 403: the provider did not vouch for the email address, so it cannot name a Cohesion account. */
  static emailUnverified() {
    return new SingleSignOnException(
      403,
      'sso_email_unverified',
      'Your identity provider has not verified your email address',
      'Cohesion finds your account by a verified email only. Ask your administrator to have the provider verify it.',
    );
  }

  /** 403: one answer for an unknown address, a disabled account, another organization's account or a domain not allowed. */
  static noAccount() {
    return new SingleSignOnException(
      403,
      'sso_no_account',
      'No Cohesion account for this sign-in',
      'The identity provider signed you in with an address that has no enabled account in this organization. Ask your Cohesion administrator for an invitation.',
    );
  }

  /** 422: settings that cannot work. */
  static invalidSettings(field: string, message: string) {
    return new SingleSignOnException(422, 'sso_settings_invalid', 'These single sign-on settings cannot work', message, { errors: [{ field, message }] });
  }

  /** 422: nobody of the organization has shown they receive mail at these domains. */
  static domainsUnproven(domains: string[]) {
    const message = `Nobody here has shown they receive mail at ${domains.join(', ')}: invite a colleague with an address there, let them choose their password through the emailed link, then add the domain.`;
    return new SingleSignOnException(422, 'sso_domain_unproven', 'An email domain is not yet the organization’s', message, {
      errors: [{ field: 'allowedDomains', message }],
    });
  }

  static nothingAwaitsApproval() {
    return new SingleSignOnException(409, 'sso_nothing_awaits_approval', 'No single sign-on waits for approval', 'It was decided already, or removed.');
  }

  /** 409: an admin changed the provider after the version the director read. */
  static proposalChanged(proposedAt: string) {
    return new SingleSignOnException(
      409,
      'sso_proposal_changed',
      'Single sign-on changed since you read it',
      'An admin changed the provider after the version you read. Read it again before you decide.',
      { proposedAt },
    );
  }

  /** 409: another organization signs in people of these domains. */
  static domainsTaken(domains: string[]) {
    const message = `${domains.join(', ')} ${domains.length === 1 ? 'is' : 'are'} signed in by another organization.`;
    return new SingleSignOnException(409, 'sso_domain_taken', 'An email domain belongs to another organization', message, {
      errors: [{ field: 'allowedDomains', message }],
    });
  }
}
