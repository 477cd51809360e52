/** The AWS SDK's own switch for its NodeVersionSupportWarning (see @aws-sdk/core's client code). */
export const SDK_NODE_WARNING_SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/** The oldest Node the SDK keeps supporting after the first week of January 2027. */
const SDK_MINIMUM_NODE_MAJOR = 22;

/**
 * On Node < 22 the AWS SDK prints an eight-line NodeVersionSupportWarning from the first client
 * each module registry builds: once per process in the service, once per test file under jest.
 * This turns it off with the SDK's own switch and returns one line to say instead (nothing on
 * Node 22+). A switch already set (by the operator, or the test runner) is left as it is.
 */
export function quietAwsSdkNodeVersionWarning(
  nodeVersion: string = process.version,
): string | undefined {
  // Set by the operator (or the test runner): their choice stands, and they know.
  if (process.env[SDK_NODE_WARNING_SWITCH] !== undefined) return undefined;
  process.env[SDK_NODE_WARNING_SWITCH] = 'true';
  const major = Number(/^v(\d+)\./.exec(nodeVersion)?.[1]);
  if (!(major < SDK_MINIMUM_NODE_MAJOR)) return undefined;
  return (
    `Node ${nodeVersion} is past its end of life; AWS SDK releases after the first week of ` +
    `January 2027 need Node >= ${SDK_MINIMUM_NODE_MAJOR}: run on Node 24 (the image does)`
  );
}
