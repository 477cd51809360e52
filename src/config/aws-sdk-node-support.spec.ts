import { quietAwsSdkNodeVersionWarning, SDK_NODE_WARNING_SWITCH } from './aws-sdk-node-support';

describe('quietAwsSdkNodeVersionWarning', () => {
  const saved = process.env[SDK_NODE_WARNING_SWITCH];
  afterEach(() => {
    if (saved === undefined) delete process.env[SDK_NODE_WARNING_SWITCH];
    else process.env[SDK_NODE_WARNING_SWITCH] = saved;
  });

  it("turns the SDK's warning off and says one line instead on Node < 22", () => {
    delete process.env[SDK_NODE_WARNING_SWITCH];
    const notice = quietAwsSdkNodeVersionWarning('v20.20.2');
    expect(process.env[SDK_NODE_WARNING_SWITCH]).toBe('true');
    expect(notice).toMatch(/^Node v20\.20\.2 is past its end of life; .*Node >= 22/);
    expect(notice).not.toContain('\n');
  });

  it('says nothing on Node 22 and later, and keeps the SDK quiet there too', () => {
    delete process.env[SDK_NODE_WARNING_SWITCH];
    expect(quietAwsSdkNodeVersionWarning('v24.11.0')).toBeUndefined();
    expect(quietAwsSdkNodeVersionWarning('v22.0.0')).toBeUndefined();
    expect(process.env[SDK_NODE_WARNING_SWITCH]).toBe('true');
  });

  it('leaves a switch the operator set alone, and says nothing', () => {
    process.env[SDK_NODE_WARNING_SWITCH] = 'false';
    expect(quietAwsSdkNodeVersionWarning('v20.20.2')).toBeUndefined();
    expect(process.env[SDK_NODE_WARNING_SWITCH]).toBe('false');
  });
});
