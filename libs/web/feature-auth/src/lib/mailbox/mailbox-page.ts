import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DemoMailApi, problemMessage } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';

/** An address in an email's text. */
const LINK = /(https?:\/\/\S+)/;

/**
 * Only this Cohesion's own addresses become links the reader can follow: a display name may hold any URL, and the
 * mailbox must not turn it into one.
 */
function isOwnLink(text: string): boolean {
  try {
    return LINK.test(text) && new URL(text).origin === location.origin;
  } catch {
    return false;
  }
}

/** Demo mode only: every email the demo would have sent (invitations, password resets, notices), newest first. */
@Component({
  selector: 'ch-mailbox-page',
  imports: [ChButton, DatePipe, RouterLink],
  template: `
    <main id="main" class="page">
      <div class="panel panel--wide">
        <p class="product">Cohesion</p>
        <h1>Demo mailbox</h1>
        @if (mail.error(); as error) {
          <p role="alert">The mailbox could not be loaded: {{ message(error) }}</p>
          <button chButton type="button" (click)="mail.reload()">Try again</button>
        } @else if (mail.isLoading()) {
          <p role="status">Loading the mailbox…</p>
        } @else if (mail.value() === null) {
          <p>This is not a demo: Cohesion sends its email for real, so there is no mailbox to read here.</p>
        } @else {
          <p class="hint">The demo sends no email: each one it would have sent lands here instead, newest first.</p>
          <button chButton type="button" (click)="mail.reload()">Refresh</button>
          @for (message of mail.value(); track $index) {
            <article class="mail" [attr.aria-labelledby]="'mail-' + $index">
              <h2 [id]="'mail-' + $index">{{ message.subject }}</h2>
              <p class="hint">To {{ message.to }} · sent {{ message.sentAt | date: 'd MMM y, HH:mm z' }}</p>
              @for (line of lines(message.text); track $index) {
                <p>
                  @for (part of parts(line); track $index) {
                    @if (part.link) {
                      <a [href]="part.text">{{ part.text }}</a>
                    } @else {
                      {{ part.text }}
                    }
                  }
                </p>
              }
            </article>
          } @empty {
            <p>No email yet. Invite a colleague or use “Forgot your password?” on the sign-in page, then refresh.</p>
          }
        }
        <p><a routerLink="/sign-in">Go to sign-in</a></p>
      </div>
    </main>
  `,
  styleUrl: '../auth-forms.scss',
  styles: `
    .panel--wide {
      max-width: 44rem;
    }
    .mail {
      margin-top: 1.5rem;
      padding-top: 1rem;
      border-top: 1px solid var(--ch-border);
      overflow-wrap: anywhere;
    }
    .mail h2 {
      margin: 0 0 0.25rem;
      font-size: 1.125rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailboxPage {
  private readonly api = inject(DemoMailApi);

  protected readonly mail = resource({ loader: () => this.api.mailbox() });
  protected readonly message = problemMessage;
  protected readonly lines = (text: string) => text.split(/\n{2,}/);
  protected readonly parts = (line: string) =>
    line
      .split(LINK)
      .filter(Boolean)
      .map((text) => ({ text, link: isOwnLink(text) }));
}
