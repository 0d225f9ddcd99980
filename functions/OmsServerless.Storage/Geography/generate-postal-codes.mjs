// Regenerates postal-codes.csv.gz from the `zipcodes` npm package (public US ZIP centroids and Canadian FSA
// centroids). Run from the repository root after `npm ci`:  node functions/OmsServerless.Storage/Geography/generate-postal-codes.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const us = require('zipcodes/lib/codes.js').codes;
const canada = require('zipcodes/lib/codesCanada.js').codes;

// Canada Post assigns each forward sortation area's first letter to one province; X is shared by NT and NU
// (X0A-X0C are Nunavut). The package's own province names are not reliable, so the letter decides.
const provinceByLetter = {
  A: 'NL', B: 'NS', C: 'PE', E: 'NB', G: 'QC', H: 'QC', J: 'QC', K: 'ON', L: 'ON', M: 'ON', N: 'ON', P: 'ON',
  R: 'MB', S: 'SK', T: 'AB', V: 'BC', Y: 'YT',
};
const province = (fsa) => fsa[0] === 'X' ? (/^X0[ABC]$/.test(fsa) ? 'NU' : 'NT') : provinceByLetter[fsa[0]];

const clean = (text) => String(text).replaceAll(',', ' ').replaceAll('"', '').trim();
const located = (entry) => Number.isFinite(parseFloat(entry.latitude)) && Number.isFinite(parseFloat(entry.longitude));
const rows = [];
let skipped = 0;
// A code without coordinates cannot be geocoded; leaving it out makes it an honest "unknown postal code".
for (const code of Object.keys(us).sort()) {
  const entry = us[code];
  if (!located(entry)) { skipped++; continue; }
  rows.push(['US', code, entry.latitude, entry.longitude, clean(entry.city), entry.state].join(','));
}
for (const code of Object.keys(canada).sort()) {
  const entry = canada[code];
  if (!located(entry)) { skipped++; continue; }
  const region = province(code);
  if (!region) {
    throw new Error(`No province for forward sortation area ${code}`);
  }
  rows.push(['CA', code, entry.latitude, entry.longitude, clean(entry.city), region].join(','));
}

const header = 'country,postalCode,latitude,longitude,city,region';
const target = join(dirname(fileURLToPath(import.meta.url)), 'postal-codes.csv.gz');
writeFileSync(target, gzipSync([header, ...rows].join('\n') + '\n', { level: 9 }));
console.log(`wrote ${rows.length} postal codes to ${target} (${skipped} without coordinates left out)`);
