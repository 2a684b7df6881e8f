import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MailboxPage } from './mailbox-page';

describe('MailboxPage', () => {
  let http: HttpTestingController;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(answer: (request: ReturnType<HttpTestingController['expectOne']>) => void): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MailboxPage);
    await tick();
    answer(http.expectOne('/api/demo/mail'));
    await tick();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('makes this Cohesion’s links followable, and leaves any other address in a message as text', async () => {
    // An outside review named an account "Eve http://evil.example/reset": the mailbox made it a link.
    const own = `${location.origin}/reset-password#token=${'t'.repeat(43)}`;
    const page = await open((request) =>
      request.flush([
        {
          to: 'eve@clinic.test',
          subject: 'Reset your Cohesion password',
          text: `Hello Eve http://evil.example/reset,\n\nChoose a new password: ${own}`,
          sentAt: '2026-12-01T15:00:00Z',
        },
      ]),
    );
    expect(Array.from(page.querySelectorAll('article a')).map((link) => link.getAttribute('href'))).toEqual([own]);
    expect(page.textContent).toContain('http://evil.example/reset');
  });

  it('says when there is no email yet, and when this is not a demo', async () => {
    expect((await open((request) => request.flush([]))).textContent).toContain('No email yet.');
    TestBed.resetTestingModule();
    const notDemo = await open((request) => request.flush({ status: 404 }, { status: 404, statusText: 'Not Found' }));
    expect(notDemo.textContent).toContain('This is not a demo');
  });
});
