import { ChangeDetectionStrategy, Component } from '@angular/core';

/** What an admin manages; clinical content is never shown to admins (separation of duties). */
@Component({
  selector: 'ch-administration-overview',
  template: `
    <h1>Administration</h1>
    <p class="lead">
      You manage who can use Cohesion and how it is set up. Clinical content — groups, session notes and ratings — is
      not shown to administrators, so that running the system and reading clinical records stay separate duties.
    </p>

    <h2>What you manage</h2>
    <ul class="duties">
      <li>
        <h3>Staff</h3>
        <p>Accounts and roles, who supervises whom, group assignments, disabling an account and resetting a second factor.</p>
      </li>
      <li>
        <h3>Settings</h3>
        <p>Alert thresholds, session timeouts and the sign-in policy.</p>
      </li>
      <li>
        <h3>Audit trail</h3>
        <p>Who did what and when, and a check that the trail has not been altered.</p>
      </li>
    </ul>
  `,
  styleUrl: './administration-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdministrationOverview {}
