// A key sent to the service that issued it, the way that service takes it, shows it to no one new:
// a Google API key in the `key=` parameter of a Google API (a static map, a geocode) is how every
// Google Maps and Cloud client authenticates (the bs1 set: a browser Maps key fetching a map for
// the site header). The same key in a URL to any other host is handed over.

const GOOGLE_KEY = /^AIza[0-9A-Za-z_-]{30,}$/;
const GOOGLE_API = /(?:^|\.)(?:googleapis\.com|maps\.google\.com)$/;

/** `value` is a key `host` issued, carried where that host reads it. */
export const keyForItsIssuer = (host: string, value: string): boolean => GOOGLE_KEY.test(value.trim()) && GOOGLE_API.test(host.toLowerCase());
