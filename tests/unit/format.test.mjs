// The number formatting of www/src/format.js, which writes numbers as en-US Intl does but
// without Intl (its first use costs tens of milliseconds of the first render). Expected strings
// are worked out by hand: thousands separated by commas, rounded half away from zero on the
// shortest decimal form of the number (as ICU rounds), trailing zeros dropped down to the
// minimum decimals.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { price, qty, short, usd, volume } from '../../www/src/format.js';

test('usd: two decimals, thousands separated, the sign before the dollar', () => {
  assert.equal(usd(0), '$0.00');
  assert.equal(usd(7.3), '$7.30');
  assert.equal(usd(1234.5), '$1,234.50');
  assert.equal(usd(1234567.891), '$1,234,567.89');
  assert.equal(usd(-42.125), '-$42.13'); // 42.125 is exact in binary: half away from zero
  assert.equal(usd(1.005), '$1.01'); // the shortest form "1.005" is rounded, not 1.00499…
  assert.equal(usd(999.995), '$1,000.00'); // the carry runs through every 9
  assert.equal(usd(0.004), '$0.00');
});

test('price: two to six decimals', () => {
  assert.equal(price(0.01), '$0.01');
  assert.equal(price(0.0035), '$0.0035');
  assert.equal(price(0.045), '$0.045');
  assert.equal(price(1), '$1.00');
  assert.equal(price(0.00000049), '$0.00'); // written with an exponent: left to Intl
  assert.equal(price(0.1234567), '$0.123457');
});

test('qty and volume: up to three and two decimals, no trailing zeros', () => {
  assert.equal(qty(1048576), '1,048,576');
  assert.equal(qty(2.5), '2.5');
  assert.equal(qty(730), '730');
  assert.equal(qty(0.0005), '0.001');
  assert.equal(qty(0.0004), '0');
  assert.equal(volume(5120), '5 TB');
  assert.equal(volume(1536), '1.5 TB');
  assert.equal(volume(100), '100 GB');
  assert.equal(volume(10485760), '10 PB');
  assert.equal(volume(1000), '1,000 GB');
  assert.equal(volume(1023.999), '1,024 GB');
});

test('short axis labels', () => {
  assert.equal(short(1500), '$1.5k');
  assert.equal(short(2000000), '$2M');
  assert.equal(short(0.5), '$0.5');
});

test('agrees with Intl wherever both apply', () => {
  // A cross-check beside the hand-worked cases above: random values of every magnitude the
  // widget shows, and halves at the last kept place, against Node's own ICU.
  let seed = 12345;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  for (let i = 0; i < 20000; i++) {
    let n = random() * 10 ** Math.floor(random() * 12 - 3);
    if (i % 3 === 0) n = Math.round(n * 200) / 200 + 0.005;
    assert.equal(usd(n), '$' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), String(n));
    assert.equal(qty(n), n.toLocaleString('en-US', { maximumFractionDigits: 3 }), String(n));
  }
});
