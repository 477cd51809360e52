import type { AuthCodeDeliveryDetails } from '@profile-bff/client';
import { ProfileBffError } from '@profile-bff/client';
import { type FormEvent, useState } from 'react';
import { ProblemNotice } from './ProblemNotice';

interface Props {
  delivery: AuthCodeDeliveryDetails;
  busy: boolean;
  error: unknown;
  wait: number;
  onConfirm: (code: string) => Promise<void>;
  onResend: () => Promise<void>;
  onCancel?: () => void;
}

/** A wrong or expired code is shown at the code input; any other problem below the form. */
const CODE_PROBLEMS = new Set<string>(['CodeMismatchException', 'ExpiredCodeException']);

/** The code form of the Amplify guide's sample: where the code went, the code, confirm / resend. */
export function CodeForm({ delivery, busy, error, wait, onConfirm, onResend, onCancel }: Props) {
  const [code, setCode] = useState('');
  const codeProblem =
    error instanceof ProfileBffError && CODE_PROBLEMS.has(error.name) ? error.message : undefined;
  const where = delivery.destination
    ? `${delivery.destination} (${delivery.deliveryMedium ?? 'EMAIL'})`
    : `your ${delivery.attributeName === 'phone_number' ? 'phone' : 'email'}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    void onConfirm(code.trim());
  }

  return (
    <form className="code-form" onSubmit={submit} aria-label="Confirmation code">
      <p className="delivery">Confirmation code was sent to {where}.</p>
      <label htmlFor="confirmation-code">Code</label>
      <input
        id="confirmation-code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      {codeProblem && <p className="field-error">{codeProblem}</p>}
      {!codeProblem && <ProblemNotice error={error} wait={wait} />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Confirm
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void onResend()}>
          Resend code
        </button>
        {onCancel && (
          <button type="button" className="link" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
