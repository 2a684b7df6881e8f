import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { GroupSummary, StaffSummary, SupervisionAssignment } from '@cohesion/contracts';
import { aGroupSummary } from '@cohesion/testing';
import { AssignmentsPage } from './assignments-page';

const person = (id: string, displayName: string, role: StaffSummary['role'] = 'facilitator'): StaffSummary => ({ id, displayName, role });
const ana = person('f-ana', 'Ana Lima');
const noor = person('f-noor', 'Noor Haddad');
const sam = person('s-sam', 'Sam Okafor', 'supervisor');
const circle = aGroupSummary({
  id: 'g-circle',
  name: 'Tuesday Recovery Circle',
  programName: 'Substance use IOP',
  facilitators: [{ id: ana.id, displayName: ana.displayName, role: 'lead' }],
});

interface Answers {
  facilitators?: StaffSummary[];
  supervisors?: StaffSummary[];
  supervisions?: SupervisionAssignment[] | 'fail';
  groups?: GroupSummary[];
}

describe('AssignmentsPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AssignmentsPage>;
  let page: HTMLElement;

  /** Lets pending promises and timers run, then renders (safe while a request is pending, unlike whenStable). */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  }

  async function open(answers: Answers = {}): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssignmentsPage);
    page = fixture.nativeElement as HTMLElement;
    await settle();
    expect(page.querySelectorAll('.ch-skeleton[aria-busy="true"]')).toHaveLength(2);
    http.expectOne('/api/staff?role=facilitator').flush(answers.facilitators ?? [ana, noor]);
    http.expectOne('/api/staff?role=supervisor').flush(answers.supervisors ?? [sam]);
    const supervisions = http.expectOne('/api/supervisions');
    if (answers.supervisions === 'fail') {
      supervisions.flush({ type: 'about:blank', title: 'Database unavailable', status: 503, code: 'unavailable' }, { status: 503, statusText: 'Unavailable' });
    } else {
      supervisions.flush(answers.supervisions ?? [{ supervisorId: sam.id, facilitatorId: ana.id }]);
    }
    http.expectOne('/api/groups').flush(answers.groups ?? [circle]);
    await settle();
  }

  const checkbox = (legend: string, name: string) => {
    const fieldset = Array.from(page.querySelectorAll('fieldset')).find((candidate) => candidate.querySelector('legend')?.textContent?.trim() === legend);
    const label = Array.from(fieldset?.querySelectorAll('label') ?? []).find((candidate) => candidate.textContent?.trim() === name);
    return label?.querySelector('input[type="checkbox"]') as HTMLInputElement | undefined;
  };
  const button = (label: string) => page.querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement;
  const rowOf = (name: string) => Array.from(page.querySelectorAll('tr')).find((row) => row.querySelector('th[scope="row"]')?.textContent?.trim() === name)!;
  const check = (input: HTMLInputElement | undefined) => {
    input!.click();
    fixture.detectChanges();
  };

  afterEach(() => http.verify());

  it('shows each supervisor with the facilitators they supervise, and each group with its lead and co-facilitators', async () => {
    await open({ groups: [{ ...circle, facilitators: [...circle.facilitators, { id: noor.id, displayName: noor.displayName, role: 'co' }] }] });
    expect(checkbox('Facilitators supervised by Sam Okafor', 'Ana Lima')?.checked).toBe(true);
    expect(checkbox('Facilitators supervised by Sam Okafor', 'Noor Haddad')?.checked).toBe(false);
    expect((page.querySelector('select[aria-label="Lead of Tuesday Recovery Circle"]') as HTMLSelectElement).value).toBe(ana.id);
    expect(checkbox('Co-facilitators of Tuesday Recovery Circle', 'Noor Haddad')?.checked).toBe(true);
    // The lead is not offered as their own co-facilitator.
    expect(checkbox('Co-facilitators of Tuesday Recovery Circle', 'Ana Lima')).toBeUndefined();
    expect(rowOf('Tuesday Recovery Circle').textContent).toContain('Substance use IOP');
    expect(page.querySelector('.ch-skeleton')).toBeNull();
  });

  it('saves whom a supervisor supervises and says "Saved" politely', async () => {
    await open();
    check(checkbox('Facilitators supervised by Sam Okafor', 'Noor Haddad'));
    button('Save facilitators supervised by Sam Okafor').click();
    const put = http.expectOne({ method: 'PUT', url: '/api/supervisions/s-sam' });
    expect(put.request.body).toEqual({ facilitatorIds: [ana.id, noor.id] });
    put.flush([
      { supervisorId: sam.id, facilitatorId: ana.id },
      { supervisorId: sam.id, facilitatorId: noor.id },
    ]);
    await settle();
    expect(rowOf('Sam Okafor').querySelector('[role="status"]')?.textContent?.trim()).toBe('Saved');
    expect(page.querySelector('[role="alert"]')).toBeNull();
    // Editing again clears the outcome; the saved list stays checked.
    check(checkbox('Facilitators supervised by Sam Okafor', 'Ana Lima'));
    expect(rowOf('Sam Okafor').querySelector('[role="status"]')?.textContent?.trim()).toBe('');
    expect(checkbox('Facilitators supervised by Sam Okafor', 'Noor Haddad')?.checked).toBe(true);
  });

  it('saves a new co-facilitator and shows the server’s refusal readably, naming the person', async () => {
    await open();
    check(checkbox('Co-facilitators of Tuesday Recovery Circle', 'Noor Haddad'));
    button('Save facilitators of Tuesday Recovery Circle').click();
    const put = http.expectOne({ method: 'PUT', url: '/api/groups/g-circle/facilitators' });
    expect(put.request.body).toEqual({
      facilitators: [
        { userId: ana.id, role: 'lead' },
        { userId: noor.id, role: 'co' },
      ],
    });
    put.flush(
      {
        type: 'about:blank',
        title: 'The group cannot be set up this way',
        status: 422,
        code: 'invalid_group_setup',
        detail: 'Check the fields listed in `errors`.',
        errors: [{ field: 'facilitators[1].userId', message: 'facilitators[1].userId must be an enabled facilitator of your organization' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(rowOf('Tuesday Recovery Circle').querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'The group cannot be set up this way. Noor Haddad must be an enabled facilitator of your organization.',
    );
    expect(rowOf('Tuesday Recovery Circle').querySelector('[role="status"]')?.textContent?.trim()).toBe('');
  });

  it('makes a co-facilitator the lead: the new lead leaves the co-facilitators and the group’s new list is shown', async () => {
    await open({ groups: [{ ...circle, facilitators: [...circle.facilitators, { id: noor.id, displayName: noor.displayName, role: 'co' }] }] });
    const lead = page.querySelector('select[aria-label="Lead of Tuesday Recovery Circle"]') as HTMLSelectElement;
    lead.value = noor.id;
    lead.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    expect(checkbox('Co-facilitators of Tuesday Recovery Circle', 'Noor Haddad')).toBeUndefined();
    check(checkbox('Co-facilitators of Tuesday Recovery Circle', 'Ana Lima'));
    button('Save facilitators of Tuesday Recovery Circle').click();
    const put = http.expectOne({ method: 'PUT', url: '/api/groups/g-circle/facilitators' });
    expect(put.request.body).toEqual({
      facilitators: [
        { userId: noor.id, role: 'lead' },
        { userId: ana.id, role: 'co' },
      ],
    });
    put.flush({
      ...circle,
      schedule: null,
      facilitators: [
        { id: noor.id, displayName: noor.displayName, role: 'lead' },
        { id: ana.id, displayName: ana.displayName, role: 'co' },
      ],
    });
    await settle();
    expect(rowOf('Tuesday Recovery Circle').querySelector('[role="status"]')?.textContent?.trim()).toBe('Saved');
    expect(lead.value).toBe(noor.id);
    expect(checkbox('Co-facilitators of Tuesday Recovery Circle', 'Ana Lima')?.checked).toBe(true);
  });

  it('lists a disabled facilitator still supervised, so the director can remove them', async () => {
    await open({ supervisions: [{ supervisorId: sam.id, facilitatorId: 'f-gone' }] });
    check(checkbox('Facilitators supervised by Sam Okafor', 'A disabled account'));
    button('Save facilitators supervised by Sam Okafor').click();
    http.expectOne({ method: 'PUT', url: '/api/supervisions/s-sam' }).flush([]);
    await settle();
    expect(checkbox('Facilitators supervised by Sam Okafor', 'A disabled account')).toBeUndefined();
  });

  it('says what to do when there are no supervisors or groups yet', async () => {
    await open({ supervisors: [], supervisions: [], groups: [] });
    expect(page.textContent).toContain('No supervisors yet — an administrator creates accounts on the Staff page.');
    expect(page.textContent).toContain('No groups yet');
    expect(page.querySelector('table')).toBeNull();
  });

  it('says what went wrong when supervision cannot load, and tries again', async () => {
    await open({ supervisions: 'fail' });
    const alert = page.querySelector('[aria-labelledby="supervision-title"] [role="alert"]');
    expect(alert?.textContent?.trim()).toBe('Supervision could not be loaded. Database unavailable.');
    // The groups section does not depend on supervision and is shown.
    expect(rowOf('Tuesday Recovery Circle')).toBeDefined();
    (Array.from(page.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === 'Try again') as HTMLButtonElement).click();
    await settle();
    http.expectOne('/api/supervisions').flush([]);
    http.expectNone('/api/staff?role=supervisor');
    await settle();
    expect(checkbox('Facilitators supervised by Sam Okafor', 'Ana Lima')?.checked).toBe(false);
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });
});
