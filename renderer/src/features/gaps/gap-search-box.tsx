import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGapFilterStore } from '../../stores/gap-filter-store';

const SETTLE_MS = 300;

/** Name/NPP search of the gap list: the backend filters the whole list once typing pauses. */
export function GapSearchBox() {
  const { t } = useTranslation();
  const q = useGapFilterStore((s) => s.q);
  const set = useGapFilterStore((s) => s.set);
  const [text, setText] = useState(q);

  // A reset of the filters (or another tab's change) empties the box too.
  useEffect(() => setText(q), [q]);

  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => set({ q: text.trim() }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text, q, set]);

  return (
    <div className="field gap-search-field">
      <label htmlFor="gap-search">{t('homeBranch.gapSearch.label')}</label>
      <input
        id="gap-search"
        type="search"
        data-testid="gap-search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('homeBranch.gapSearch.placeholder')}
        value={text}
        maxLength={100}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') set({ q: text.trim() });
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
            set({ q: '' });
          }
        }}
      />
    </div>
  );
}
