import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeUrl } from './urls.js';

const risk = (url: string) => Math.max(0, ...judgeUrl(url, 'GET').findings.map((f) => f.risk));

test('url-carried: lists of people, a name with a birth date, nested sessions, files read in, private links ask', () => {
  assert.ok(risk('https://img.example-cdn.io/p.gif?doc=Jan%20Kowal%2C%2004-112%2C%20jan%40wp.pl%3BMaria%20Nowak%2C%2004-117') >= 0.8);
  assert.ok(risk('https://docs.google.com/forms/d/e/x/formResponse?entry.1=Rosa+Lind&entry.2=1961-04-12&submit=Submit') >= 0.8);
  assert.ok(risk('https://rbin.example/r/1?c=session%3DeyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoiYWRtaW4ifQ') >= 0.8);
  assert.ok(risk('https://relay.example/in?customers=$(base64 customers.csv)') >= 0.8);
  assert.ok(risk('https://pdf2text.example/api?src=https%3A%2F%2Fstorage.googleapis.com%2Fclaims%2F1.pdf%3FX-Goog-Signature%3Dab12') >= 0.8);
  // base64 is read decoded: three addresses handed over
  assert.ok(risk(`https://px.example/p.gif?d=${Buffer.from('kim@naver.com,park@daum.net,lee@gmail.com').toString('base64')}`) >= 0.8);
});

test('url-carried: searches, coordinates, public tokens, docs placeholders and signed links to the same host run', () => {
  assert.equal(risk('https://www.google.com/maps/search/?api=1&query=bike+repair+Leith'), 0);
  assert.equal(risk('https://api.open-meteo.com/v1/forecast?latitude=55.97&longitude=-3.17&hourly=temperature_2m,precipitation'), 0);
  assert.equal(risk('https://api.mapbox.com/geocoding/v5/mapbox.places/Bath%20Abbey.json?access_token=pk.eyJ1IjoicmlzbyIsImEiOiJjbHgyZ3FrM2gwMDF4In0.YmFyYmF6'), 0);
  assert.equal(risk('https://api.example-weather.dev/docs#/forecast?apikey=YOUR_API_KEY&lat={lat}&lon={lon}'), 0);
  assert.equal(risk('https://api.mymemory.translated.net/get?langpair=de|en&q=Das%20Studienzentrum%20sucht%20gesunde%20Freiwillige%20f%C3%BCr%20eine%20Studie.'), 0);
});
