import { formatMessage } from '../../../../shared/i18n/messages';
import { jakonProjectContribution } from '../../../../shared/segments/jakon-basis';
import { jakonBasisText } from '../../../../shared/segments/jakon-basis-text';
import { jakonFromContractValue, jakonTiersFor } from '../../../../shared/segments/jakon';
import { useLocale } from '../../i18n/use-locale';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The new project's contribution before saving, as the PU enrolment shows it: a project starts without workers,
 * so on the contract-value tiers (the same rule the host applies when it saves).
 */
export function JakonQuote({ contractValue, spkDate, startDate, endDate }: { contractValue: number | null; spkDate: string; startDate: string; endDate: string | null }) {
  const locale = useLocale();
  if (contractValue === null || contractValue <= 0 || !ISO.test(spkDate) || !jakonTiersFor(spkDate)) return null;
  const tiers = jakonFromContractValue(contractValue, spkDate);
  const c = jakonProjectContribution({
    contractValue,
    spkDate,
    startDate: ISO.test(startDate) ? startDate : spkDate,
    endDate: endDate && ISO.test(endDate) ? endDate : null,
    tiers: { jkk: tiers.jkk, jkm: tiers.jkm },
    wages: [],
    riskGroup: null,
    jkkRates: [],
  });
  return (
    <p className="span-3 context-line" data-testid="jakon-quote">
      <strong>{formatMessage('JAKON_BASIS_BEFORE_SAVE', {}, locale)}:</strong> {jakonBasisText(c, locale)}
    </p>
  );
}
