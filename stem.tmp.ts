import { profile } from './engine/text/similarity';
console.log(process.argv.slice(2).map((w) => `${w}→${[...profile(w).stems.keys()].join('|')}`).join('  '));
