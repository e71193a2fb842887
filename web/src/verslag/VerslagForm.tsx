import { MAX_VERSLAG_FIELD, VERSLAG_STEP_HINTS, VERSLAG_STEP_LABELS, VERSLAG_STEPS, ZRM_DOMAIN_LABELS, ZRM_LEVEL_LABELS, ZRM_LEVELS, type WrittenVerslag, type ZrmDomain } from '../engine';
import { NL_VERSLAG } from './messages';

interface Props {
  verslag: WrittenVerslag;
  domains: readonly ZrmDomain[];
  onChange(next: WrittenVerslag): void;
}

/** A short field per step of the verslag and a score per ZRM domain; every keystroke is kept by the caller. */
export function VerslagForm({ verslag, domains, onChange }: Props) {
  return (
    <div className="verslag-form">
      {VERSLAG_STEPS.map((step) => (
        <div className="verslag-field" key={step}>
          <label htmlFor={`verslag-${step}`}>{VERSLAG_STEP_LABELS[step]}</label>
          <p className="small" id={`verslag-${step}-hint`}>{VERSLAG_STEP_HINTS[step]}</p>
          <textarea
            id={`verslag-${step}`}
            aria-describedby={`verslag-${step}-hint`}
            rows={3}
            maxLength={MAX_VERSLAG_FIELD}
            value={verslag.fields[step] ?? ''}
            onChange={(e) => onChange({ ...verslag, fields: { ...verslag.fields, [step]: e.target.value } })}
          />
        </div>
      ))}
      <fieldset className="zrm">
        <legend>{NL_VERSLAG.zrmHeading}</legend>
        <p className="small">{NL_VERSLAG.zrmIntro}</p>
        {domains.map((domain) => (
          <div className="zrm-row" key={domain}>
            <label htmlFor={`zrm-${domain}`}>{ZRM_DOMAIN_LABELS[domain]}</label>
            <select
              id={`zrm-${domain}`}
              value={verslag.zrm[domain] ?? ''}
              onChange={(e) => {
                const zrm = { ...verslag.zrm };
                if (e.target.value === '') delete zrm[domain];
                else zrm[domain] = Number(e.target.value);
                onChange({ ...verslag, zrm });
              }}
            >
              <option value="">{NL_VERSLAG.zrmNone}</option>
              {ZRM_LEVELS.map((n) => (
                <option key={n} value={n}>{NL_VERSLAG.level(n, ZRM_LEVEL_LABELS[n]!)}</option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
