/**
 * Walks a browser's way through the test identity provider: opens the authorization URL, presses Continue on its
 * sign-in page and follows redirects (keeping the provider's cookies) until the provider sends the browser back to
 * `redirectUri`. Answers the query string it came back with (`code`, `state`, `iss`, or an `error`).
 */
export async function walkThroughProvider(authorizationUrl: string, redirectUri: string): Promise<string> {
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  let method = 'GET';
  for (let hop = 0; hop < 12; hop++) {
    if (url.startsWith(redirectUri)) return new URL(url).search.slice(1);
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = pair.split('=');
      cookies.set(name, value);
    }
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).toString();
      method = 'GET';
    } else if (response.status === 200 && (await response.text()).includes('<form method="post">')) {
      method = 'POST';
    } else {
      throw new Error(`the identity provider answered ${response.status} at ${url}: ${await response.text()}`);
    }
  }
  throw new Error('the identity provider never sent the browser back');
}
