import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** What an admin manages; clinical content is never shown to admins (separation of duties). */
@Component({
  selector: 'ch-administration-overview',
  imports: [RouterLink],
  template: `
    <h1>Administration</h1>
    <p class="lead">
      You manage who can use Cohesion and how it is set up. Clinical content — groups, session notes and ratings — is not shown to administrators, so that
      running the system and reading clinical records stay separate duties.
    </p>

    <h2>What you manage</h2>
    <ul class="duties">
      <li>
        <h3><a routerLink="/staff">Staff</a></h3>
        <p>Accounts and roles, disabling an account (its sessions end at once), resetting a lost authenticator, and who must use a second factor.</p>
      </li>
      <li>
        <h3><a routerLink="/audit">Audit trail</a></h3>
        <p>Who did what and when, and a check that the trail has not been altered.</p>
      </li>
    </ul>
  `,
  styleUrl: './administration-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdministrationOverview {}
