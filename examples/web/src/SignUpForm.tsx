import type { AuthCodeDeliveryDetails, ProfileClient } from '@profile-bff/client';
import { type FormEvent, useState } from 'react';
import type { AttributeSchemaEntry } from './attribute-schema';
import { inputPropsOf, labelOf } from './attribute-schema';
import { signInWithPassword } from './auth';
import { CodeForm } from './CodeForm';
import { fieldErrorsOf, ProblemNotice, useRetryWait } from './ProblemNotice';

/** The optional attributes asked for at sign-up (the rest can be filled in on the profile page). */
const SIGN_UP_FIELDS = ['name', 'custom:display_name'];

interface Props {
  client: ProfileClient;
  schema: AttributeSchemaEntry[];
  onSignedIn: () => void;
  onCancel: () => void;
}

export function SignUpForm({ client, schema, onSignedIn, onCancel }: Props) {
  const fields = schema.filter((e) => e.signUp && SIGN_UP_FIELDS.includes(e.name));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [delivery, setDelivery] = useState<AuthCodeDeliveryDetails>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const wait = useRetryWait(error);
  const fieldErrors = fieldErrorsOf(error);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const userAttributes = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    void run(async () => {
      const out = await client.signUp({ username, password, options: { userAttributes } });
      if (out.isSignUpComplete) {
        await signInWithPassword(username, password);
        onSignedIn();
      } else {
        setDelivery(
          out.nextStep.signUpStep === 'CONFIRM_SIGN_UP' ? out.nextStep.codeDeliveryDetails : {},
        );
      }
    });
  }

  if (delivery) {
    return (
      <section className="card" aria-label="Confirm sign-up">
        <h2>Confirm your account</h2>
        <CodeForm
          delivery={delivery}
          busy={busy || wait > 0}
          error={error}
          wait={wait}
          onConfirm={(code) =>
            run(async () => {
              await client.confirmSignUp({ username, confirmationCode: code });
              await signInWithPassword(username, password);
              onSignedIn();
            })
          }
          onResend={() => run(async () => setDelivery(await client.resendSignUpCode({ username })))}
          onCancel={onCancel}
        />
      </section>
    );
  }

  return (
    <form className="card" onSubmit={submit} aria-label="Sign up">
      <h2>Create an account</h2>
      <label htmlFor="sign-up-username">Email</label>
      <input
        id="sign-up-username"
        type="email"
        autoComplete="username"
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      {fieldErrors.email && <p className="field-error">{fieldErrors.email}</p>}
      <label htmlFor="sign-up-password">Password</label>
      <input
        id="sign-up-password"
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {fields.map((entry) => (
        <div key={entry.name} className="field" data-attribute={entry.name}>
          <label htmlFor={`sign-up-${entry.name}`}>{labelOf(entry.name)}</label>
          <input
            id={`sign-up-${entry.name}`}
            {...inputPropsOf(entry)}
            value={values[entry.name] ?? ''}
            onChange={(e) => setValues({ ...values, [entry.name]: e.target.value })}
          />
          {fieldErrors[entry.name] && <p className="field-error">{fieldErrors[entry.name]}</p>}
        </div>
      ))}
      <ProblemNotice error={error} wait={wait} />
      <div className="actions">
        <button type="submit" disabled={busy || wait > 0}>
          Sign up
        </button>
        <button type="button" className="link" onClick={onCancel}>
          I have an account
        </button>
      </div>
    </form>
  );
}
