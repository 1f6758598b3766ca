import { formatNpwp } from '../../../../shared/format/npwp-format';
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerSummary } from '../../../../shared/domain/employer';
import { normaliseNpp, validateNpp } from '../../../../shared/validate/npp';
import { call } from '../../api/client';
import { Field, describedBy } from '../../components/field';
import { useDebouncedValue } from '../../lib/use-debounced-value';

const MAX_MATCHES = 8;

interface Props {
  onPick: (npp: string) => void;
  /** The sentence above the field; enrolment's by default. */
  intro?: string;
  submitLabel?: string;
  autoFocus?: boolean;
}

/**
 * Choosing an employer: type a name, NPP or NPWP and pick from up to eight matches (arrow keys + Enter, or a
 * click), or type a full 8-digit NPP and press Enter. A combobox in the ARIA 1.2 sense: focus stays in the
 * input, the active option is announced through aria-activedescendant.
 */
export function EmployerPicker({ onPick, intro, submitLabel, autoFocus = true }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [matches, setMatches] = useState<EmployerSummary[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebouncedValue(text.trim(), 200);

  useEffect(() => {
    if (query.length < 2) {
      setMatches([]);
      return;
    }
    let live = true;
    call('employers-list', { query, limit: MAX_MATCHES })
      .then((page) => {
        if (!live) return;
        setMatches(page.items.slice(0, MAX_MATCHES));
        setActive(-1);
      })
      // The search only helps; typing the NPP still works when it fails.
      .catch(() => live && setMatches([]));
    return () => {
      live = false;
    };
  }, [query]);

  const issues = tried ? validateNpp(text) : [];
  const showList = open && matches.length > 0 && text.trim().length >= 2;

  const choose = (npp: string) => {
    setOpen(false);
    setActive(-1);
    onPick(npp);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (showList && active >= 0 && matches[active]) {
      choose(matches[active].npp);
      return;
    }
    const typedNpp = validateNpp(text).length === 0;
    // A name that matches one employer only needs no arrow key.
    if (!typedNpp && matches.length === 1 && matches[0]) {
      choose(matches[0].npp);
      return;
    }
    setTried(true);
    if (typedNpp) choose(normaliseNpp(text));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (matches.length === 0) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // -1 is "nothing chosen" (Enter then takes the typed NPP): the cycle runs -1, 0 … n-1, -1.
      setActive((a) => {
        const next = a + step;
        if (next >= matches.length) return -1;
        return next < -1 ? matches.length - 1 : next;
      });
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  const activeId = showList && active >= 0 ? `${listId}-opt-${active}` : undefined;

  return (
    <form className="form form-narrow employer-picker" onSubmit={submit} noValidate data-testid="employer-picker">
      <p>{intro ?? t('enrol.pickIntro')}</p>
      <Field id="pick-npp" name="pick-npp" label={t('imports.picker.label')} hint={t('imports.picker.hint')} issues={issues}>
        <div className="combo">
          <input
            id="pick-npp"
            value={text}
            autoFocus={autoFocus}
            autoComplete="off"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listId}
            aria-activedescendant={activeId}
            placeholder={t('employers.searchPlaceholder')}
            onChange={(e) => {
              setText(e.target.value);
              setTried(false);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            onFocus={() => setOpen(true)}
            data-testid="field-pick-npp"
            {...describedBy('pick-npp', issues)}
          />
          <ul id={listId} role="listbox" className="combo-list" hidden={!showList} aria-label={t('imports.picker.matches')} data-testid="pick-matches">
            {showList &&
              matches.map((m, i) => (
                <li
                  key={m.npp}
                  id={`${listId}-opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'is-active' : undefined}
                  // mousedown, not click: the input's blur would close the list before the click lands.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(m.npp);
                  }}
                  data-testid="pick-option"
                  data-npp={m.npp}
                >
                  <span className="combo-name">{m.name}</span>
                  <span className="combo-meta mono">
                    {m.npp}
                    {m.npwp ? ` · ${formatNpwp(m.npwp)}` : ''}
                  </span>
                  <span className="combo-meta">{m.regencyName}</span>
                </li>
              ))}
          </ul>
        </div>
      </Field>
      <div className="submit-bar">
        <button type="submit" className="btn btn-primary" data-testid="pick-submit">
          {submitLabel ?? t('enrol.pickSubmit')}
        </button>
      </div>
    </form>
  );
}
