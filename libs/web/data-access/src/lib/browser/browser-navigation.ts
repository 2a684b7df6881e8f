import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Leaving the app for another site (an identity provider's sign-in page): one place, so that tests can stand in for it. */
@Injectable({ providedIn: 'root' })
export class BrowserNavigation {
  private readonly document = inject(DOCUMENT);

  leaveFor(url: string): void {
    this.document.location.assign(url);
  }
}
