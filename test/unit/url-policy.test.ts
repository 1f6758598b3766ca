import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAllowedNavigation, isAppUrl } from '../../electron/shell/url-policy';

describe('Electron URL policy (parse-based)', () => {
  it('accepts the app itself', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://sigap/assets/index.js')).toBe(true);
  });

  it('refuses look-alikes and other schemes that a prefix check would let through', () => {
    for (const url of [
      'app://sigap.evil.com/index.html',
      'app://sigapx/index.html',
      'app://user:pw@sigap/index.html',
      'https://sigap/index.html',
      'http://127.0.0.1:3000/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app:/sigap',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});
