/** Where the BFF and the user pool are; served as /config.json next to the app. */
export interface ExampleConfig {
  /** The BFF's origin, e.g. http://127.0.0.1:3000 */
  apiUrl: string;
  cognito: {
    userPoolId: string;
    userPoolClientId: string;
    /** The emulator's URL in local mode; left out for real Cognito. */
    userPoolEndpoint?: string;
  };
}

export async function loadExampleConfig(): Promise<ExampleConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok)
    throw new Error(`/config.json answered ${response.status}: run npm run example`);
  return (await response.json()) as ExampleConfig;
}
