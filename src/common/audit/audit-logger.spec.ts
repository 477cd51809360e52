import { Logger } from '@nestjs/common';
import { withRequestId } from '../request-id.context';
import { AuditEvent, AuditLogger } from './audit-logger';

describe('AuditLogger', () => {
  const event: AuditEvent = {
    action: 'admin.attributes.update',
    actorSub: 'a-sub',
    subjectUsername: 'u1',
    attributeNames: ['email'],
    outcome: 'success',
  };
  let log: jest.SpyInstance;
  beforeEach(() => {
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());

  it('writes one log line with the event, a timestamp and the request id of its context', () => {
    // The request context as RequestContextGuard opens it (src/common/request-id.context.ts).
    withRequestId('r1', () => new AuditLogger().record(event));
    expect(log).toHaveBeenCalledWith(
      {
        audit: {
          ...event,
          requestId: 'r1',
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      },
      'admin.attributes.update',
    );
  });

  it('has no request id outside a request (start-up, background work)', () => {
    new AuditLogger().record(event);
    expect(log.mock.calls[0][0].audit).not.toHaveProperty('requestId');
  });
});
