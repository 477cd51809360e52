import { createProfileClient } from '@profile-bff/client';
import { useEffect, useMemo, useState } from 'react';
import type { AttributeSchemaEntry } from './attribute-schema';
import { fetchAttributeSchema } from './attribute-schema';
import { accessToken, configureAmplify, isSignedIn, signOut } from './auth';
import type { ExampleConfig } from './example-config';
import { loadExampleConfig } from './example-config';
import { ProfilePage } from './ProfilePage';
import { SignInForm } from './SignInForm';
import { SignUpForm } from './SignUpForm';

type View = 'loading' | 'sign-in' | 'sign-up' | 'profile';

interface Setup {
  config: ExampleConfig;
  schema: AttributeSchemaEntry[];
}

export function App() {
  const [setup, setSetup] = useState<Setup>();
  const [view, setView] = useState<View>('loading');
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    (async () => {
      const config = await loadExampleConfig();
      configureAmplify(config);
      const schema = await fetchAttributeSchema(config.apiUrl);
      setSetup({ config, schema });
      setView((await isSignedIn()) ? 'profile' : 'sign-in');
    })().catch((error: unknown) => setFailure((error as Error).message));
  }, []);

  const client = useMemo(
    () => setup && createProfileClient({ baseUrl: setup.config.apiUrl, accessToken }),
    [setup],
  );

  if (failure) return <main className="card error">Cannot start: {failure}</main>;
  if (!setup || !client || view === 'loading') return <main className="card">Loading…</main>;

  return (
    <main>
      <header className="app-header">
        <h1>Profile</h1>
        {view === 'profile' && (
          <button
            type="button"
            className="link"
            onClick={() => void signOut().then(() => setView('sign-in'))}
          >
            Sign out
          </button>
        )}
      </header>
      {view === 'sign-in' && (
        <SignInForm onSignedIn={() => setView('profile')} onSignUp={() => setView('sign-up')} />
      )}
      {view === 'sign-up' && (
        <SignUpForm
          client={client}
          schema={setup.schema}
          onSignedIn={() => setView('profile')}
          onCancel={() => setView('sign-in')}
        />
      )}
      {view === 'profile' && <ProfilePage client={client} schema={setup.schema} />}
    </main>
  );
}
