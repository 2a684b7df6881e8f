import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Shown for any address inside the app that matches no page. */
@Component({
  selector: 'ch-not-found-page',
  imports: [RouterLink],
  template: `
    <h1>Page not found</h1>
    <p>This address does not match any page in Cohesion. It may be mistyped, or the page may have moved.</p>
    <p><a routerLink="/home">Go to Home</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
