import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '@cohesion/web/data-access';
import { ChButton, formatClinicDateTime, roleLabel } from '@cohesion/web/ui';
import { NAVIGATION } from './navigation';

/** The frame of every signed-in page: top bar, navigation by role, and the main content. */
@Component({
  selector: 'ch-app-shell',
  imports: [ChButton, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './app-shell.html',
  styleUrl: './app-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppShell {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly user = this.auth.user;
  protected readonly roleName = computed(() => {
    const user = this.user();
    return user ? roleLabel(user.role) : '';
  });
  protected readonly navItems = computed(() => {
    const user = this.user();
    return user ? NAVIGATION[user.role] : [];
  });

  /** Moves focus to the main content without changing the URL (the router owns it). */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected noticeTime(iso: string): string {
    return formatClinicDateTime(iso, this.user()?.timeZone);
  }

  protected async dismissNotice(): Promise<void> {
    await this.auth.dismissSecurityNotice();
  }

  protected async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigateByUrl('/sign-in');
  }
}
