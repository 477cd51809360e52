import { type FormEvent, useState } from 'react';
import { signInWithPassword } from './auth';
import { ProblemNotice } from './ProblemNotice';

export function SignInForm(props: { onSignedIn: () => void; onSignUp: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signInWithPassword(username, password);
      props.onSignedIn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label="Sign in">
      <h2>Sign in</h2>
      <label htmlFor="sign-in-username">Email</label>
      <input
        id="sign-in-username"
        type="email"
        autoComplete="username"
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <label htmlFor="sign-in-password">Password</label>
      <input
        id="sign-in-password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <ProblemNotice error={error} wait={0} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          Sign in
        </button>
        <button type="button" className="link" onClick={props.onSignUp}>
          Create an account
        </button>
      </div>
    </form>
  );
}
