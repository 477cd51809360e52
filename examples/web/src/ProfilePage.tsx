import type {
  AuthCodeDeliveryDetails,
  FetchUserAttributesOutput,
  ProfileClient,
} from '@profile-bff/client';
import { ProfileBffError } from '@profile-bff/client';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { AttributeSchemaEntry } from './attribute-schema';
import { inputPropsOf, labelOf } from './attribute-schema';
import { CodeForm } from './CodeForm';
import { fieldErrorsOf, ProblemNotice, useRetryWait } from './ProblemNotice';

interface Pending {
  attributeKey: string;
  delivery: AuthCodeDeliveryDetails;
}

interface Props {
  client: ProfileClient;
  schema: AttributeSchemaEntry[];
}

type UserAttributes = FetchUserAttributesOutput;

const VERIFIED_FLAG: Record<string, string> = {
  email: 'email_verified',
  phone_number: 'phone_number_verified',
};

/**
 * The profile form, rendered from GET /attributes/schema: one input per attribute the user may
 * change, with its constraints; saved in one PATCH with If-Match (the client's `ifUnchanged`: the
 * ETag of its last read); email and phone changes go through the code form.
 */
export function ProfilePage({ client, schema }: Props) {
  const writable = schema.filter((e) => e.writable);
  const readOnly = schema.filter((e) => e.readable && !e.writable);
  const [held, setHeld] = useState<UserAttributes>();
  const [draft, setDraft] = useState<UserAttributes>({});
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const wait = useRetryWait(error);
  const fieldErrors = fieldErrorsOf(error);

  const reload = useCallback(async () => {
    const attributes = await client.fetchUserAttributes();
    setHeld(attributes);
    setDraft(attributes);
  }, [client]);

  useEffect(() => {
    reload().catch(setError);
  }, [reload]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
    } catch (e) {
      if (e instanceof ProfileBffError && e.status === 412) {
        // Someone else changed the profile since it was read (412, `e.etag` is the version that
        // holds now): read it again and show it, rather than overwrite it.
        await reload().catch(() => undefined);
        setNotice(
          'Your profile was changed elsewhere; it has been reloaded. Check it and save again.',
        );
      }
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const changed = Object.fromEntries(
      writable
        .map((e) => [e.name, draft[e.name] ?? ''] as const)
        .filter(([name, value]) => value !== '' && value !== (held?.[name] ?? '')),
    );
    if (Object.keys(changed).length === 0) {
      setNotice('Nothing to save.');
      return;
    }
    if (!client.lastETag()) {
      // The client holds no version to send as If-Match (the last read failed, or a write that
      // was not conditional made it stale): read the profile again before anything is saved.
      void run(async () => {
        await reload();
        setNotice('Your profile has been reloaded. Check it and save again.');
      });
      return;
    }
    void run(async () => {
      const results = await client.updateUserAttributes({
        userAttributes: changed,
        options: { ifUnchanged: true },
      });
      const toConfirm = Object.entries(results).find(
        ([, r]) => r.nextStep.updateAttributeStep === 'CONFIRM_ATTRIBUTE_WITH_CODE',
      );
      await reload();
      if (toConfirm) {
        const [attributeKey, result] = toConfirm;
        setPending({ attributeKey, delivery: result.nextStep.codeDeliveryDetails ?? {} });
        setNotice(`Saved. Confirm your new ${labelOf(attributeKey).toLowerCase()} with the code.`);
      } else {
        setNotice('Saved.');
      }
    });
  }

  function remove(name: string) {
    void run(async () => {
      await client.deleteUserAttributes({ userAttributeKeys: [name] });
      await reload();
      setNotice(`${labelOf(name)} removed.`);
    });
  }

  function sendCode(attributeKey: string) {
    void run(async () => {
      const delivery = await client.sendUserAttributeVerificationCode({
        userAttributeKey: attributeKey,
      });
      setPending({ attributeKey, delivery });
    });
  }

  function confirm(code: string) {
    return run(async () => {
      if (!pending) return;
      await client.confirmUserAttribute({
        userAttributeKey: pending.attributeKey,
        confirmationCode: code,
      });
      setPending(undefined);
      await reload();
      setNotice(`${labelOf(pending.attributeKey)} verified.`);
    });
  }

  if (!held) {
    return (
      <section className="card">
        {error ? <ProblemNotice error={error} wait={wait} /> : 'Loading your profile…'}
      </section>
    );
  }

  return (
    <section className="card profile" aria-label="Your profile">
      {pending && (
        <div className="verify" data-verifying={pending.attributeKey}>
          <h2>Confirm your {labelOf(pending.attributeKey).toLowerCase()}</h2>
          <CodeForm
            delivery={pending.delivery}
            busy={busy || wait > 0}
            error={error}
            wait={wait}
            onConfirm={confirm}
            onResend={() =>
              run(async () => {
                const delivery = await client.sendUserAttributeVerificationCode({
                  userAttributeKey: pending.attributeKey,
                });
                setPending({ ...pending, delivery });
                setNotice('A new code is on its way.');
              })
            }
            onCancel={() => setPending(undefined)}
          />
        </div>
      )}
      <form onSubmit={save} aria-label="Profile">
        {writable.map((entry) => (
          <AttributeField
            key={entry.name}
            entry={entry}
            value={draft[entry.name] ?? ''}
            held={held}
            error={fieldErrors[entry.name]}
            busy={busy}
            onChange={(value) => setDraft({ ...draft, [entry.name]: value })}
            onRemove={() => remove(entry.name)}
            onVerify={() => sendCode(entry.name)}
          />
        ))}
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {!pending && <ProblemNotice error={error} wait={wait} />}
        <div className="actions">
          <button type="submit" disabled={busy || wait > 0}>
            Save
          </button>
        </div>
      </form>
      <dl className="read-only">
        {readOnly
          .filter((e) => held[e.name] !== undefined)
          .map((e) => (
            <div key={e.name} data-attribute={e.name}>
              <dt>{labelOf(e.name)}</dt>
              <dd>{held[e.name]}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

interface FieldProps {
  entry: AttributeSchemaEntry;
  value: string;
  held: UserAttributes;
  error?: string;
  busy: boolean;
  onChange: (value: string) => void;
  onRemove: () => void;
  onVerify: () => void;
}

function AttributeField({
  entry,
  value,
  held,
  error,
  busy,
  onChange,
  onRemove,
  onVerify,
}: FieldProps) {
  const id = `attr-${entry.name.replace(/:/g, '-')}`;
  const flag = VERIFIED_FLAG[entry.name];
  const verified = flag && held[entry.name] !== undefined ? held[flag] === 'true' : undefined;
  const props = inputPropsOf(entry);
  return (
    <div className="field" data-attribute={entry.name}>
      <label htmlFor={id}>
        {labelOf(entry.name)}
        {entry.required && <span aria-hidden="true"> *</span>}
        {verified !== undefined && (
          <span className={verified ? 'badge verified' : 'badge unverified'}>
            {verified ? 'verified' : 'not verified'}
          </span>
        )}
      </label>
      <div className="field-row">
        {entry.constraints.enum ? (
          <select
            id={id}
            value={value}
            required={props.required}
            onChange={(e) => onChange(e.target.value)}
          >
            <option value="">—</option>
            {entry.constraints.enum.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            {...props}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={entry.description ? `${id}-hint` : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {verified === false && (
          <button type="button" className="secondary" disabled={busy} onClick={onVerify}>
            Verify
          </button>
        )}
        {entry.deletable && held[entry.name] !== undefined && (
          <button type="button" className="secondary remove" disabled={busy} onClick={onRemove}>
            Remove
          </button>
        )}
      </div>
      {entry.description && (
        <p className="hint" id={`${id}-hint`}>
          {entry.description}
        </p>
      )}
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
