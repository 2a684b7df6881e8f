import { provideHttpClient } from '@angular/common/http';
import { aGroupSummary } from '@cohesion/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { GroupsStore } from './groups-store';

const circle = aGroupSummary();

describe('GroupsStore', () => {
  let store: GroupsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(GroupsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('is loading until the groups arrive, then holds them', async () => {
    expect(store.loading()).toBe(true);
    const loaded = store.loadGroups();
    expect(store.status()).toBe('loading');
    http.expectOne({ method: 'GET', url: '/api/groups' }).flush([circle]);
    await loaded;
    expect(store.status()).toBe('loaded');
    expect(store.loading()).toBe(false);
    expect(store.groups()).toEqual([circle]);
    expect(store.error()).toBeNull();
  });

  it('holds a readable error when loading fails, and clears it on retry', async () => {
    const failed = store.loadGroups();
    http.expectOne('/api/groups').error(new ProgressEvent('error'));
    await failed;
    expect(store.status()).toBe('failed');
    expect(store.error()).toBe('Cannot reach Cohesion. Check your connection and try again.');

    const retried = store.loadGroups();
    expect(store.error()).toBeNull();
    http.expectOne('/api/groups').flush([]);
    await retried;
    expect(store.status()).toBe('loaded');
    expect(store.groups()).toEqual([]);
  });

  it('ignores the answer of a superseded request', async () => {
    const first = store.loadGroups();
    const second = store.loadGroups();
    const [stale, fresh] = http.match('/api/groups');
    fresh.flush([circle]);
    await second;
    stale.flush([]);
    await first;
    expect(store.groups()).toEqual([circle]);
  });
});
