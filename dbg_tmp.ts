import { profile } from './engine/text/similarity';
for (const w of process.argv.slice(2)) console.log(w, [...profile(w).stems.keys()].join(' '));
