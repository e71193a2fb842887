import { MAX_VERSLAG_FIELD, VERSLAG_STEPS, zrmDomainsOf, type VerslagStep, type WrittenVerslag, type ZrmDomain } from '../../engine';
import type { Key } from './keys';
import type { Model } from './model';

// The verslag screen in the terminal: ↑/↓ choose a field, typing writes in a step, 1–5 scores a ZRM
// domain, Tab lays the verslag beside the model (and back), Esc returns to the debrief.

export type VerslagField = { kind: 'step'; step: VerslagStep } | { kind: 'zrm'; domain: ZrmDomain };

export function verslagFields(model: Pick<Model, 'scenario'>): VerslagField[] {
  const domains = model.scenario ? zrmDomainsOf(model.scenario) : [];
  return [...VERSLAG_STEPS.map((step) => ({ kind: 'step' as const, step })), ...domains.map((domain) => ({ kind: 'zrm' as const, domain }))];
}

export function verslag(model: Model, key: Key): Model {
  if (key.type === 'escape') return model.verslagReview ? { ...model, verslagReview: false } : { ...model, screen: 'debrief', debriefTop: 0, debriefFit: null };
  if (key.type === 'tab') return { ...model, verslagReview: !model.verslagReview, verslagTop: 0 };
  if (model.verslagReview) return review(model, key);
  const fields = verslagFields(model);
  const field = fields[model.verslagCursor];
  if (key.type === 'up') return { ...model, verslagCursor: Math.max(0, model.verslagCursor - 1) };
  if (key.type === 'down' || key.type === 'enter') return { ...model, verslagCursor: Math.min(fields.length - 1, model.verslagCursor + 1) };
  if (!field) return model;
  return { ...model, verslag: field.kind === 'step' ? typed(model.verslag, field.step, key) : scored(model.verslag, field.domain, key) };
}

function typed(v: WrittenVerslag, step: VerslagStep, key: Key): WrittenVerslag {
  const now = v.fields[step] ?? '';
  if (key.type === 'backspace') return now === '' ? v : { ...v, fields: { ...v.fields, [step]: [...now].slice(0, -1).join('') } };
  if (key.type !== 'char' || now.length >= MAX_VERSLAG_FIELD) return v;
  return { ...v, fields: { ...v.fields, [step]: now + key.char } };
}

function scored(v: WrittenVerslag, domain: ZrmDomain, key: Key): WrittenVerslag {
  if (key.type === 'backspace' || (key.type === 'char' && key.char === '0')) {
    if (v.zrm[domain] === undefined) return v;
    const zrm = { ...v.zrm };
    delete zrm[domain];
    return { ...v, zrm };
  }
  if (key.type !== 'char' || !/^[1-5]$/.test(key.char)) return v;
  return { ...v, zrm: { ...v.zrm, [domain]: Number(key.char) } };
}

/** The review scrolls a line with an arrow and a page with space; how far is clamped when it is drawn. */
function review(model: Model, key: Key): Model {
  const step = key.type === 'up' ? -1 : key.type === 'down' ? 1 : key.type === 'pageUp' ? -10 : key.type === 'pageDown' || (key.type === 'char' && key.char === ' ') ? 10 : 0;
  if (key.type === 'home') return { ...model, verslagTop: 0 };
  return step === 0 ? model : { ...model, verslagTop: Math.max(0, model.verslagTop + step) };
}
