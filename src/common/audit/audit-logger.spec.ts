import { Logger } from '@nestjs/common';
import { AuditLogger } from './audit-logger';

describe('AuditLogger', () => {
  it('writes one log line with the event and a timestamp', () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    new AuditLogger().record({
      action: 'admin.attributes.update',
      actorSub: 'a-sub',
      subjectUsername: 'u1',
      attributeNames: ['email'],
      outcome: 'success',
      requestId: 'r1',
    });
    expect(log).toHaveBeenCalledWith(
      {
        audit: expect.objectContaining({
          action: 'admin.attributes.update',
          actorSub: 'a-sub',
          subjectUsername: 'u1',
          attributeNames: ['email'],
          outcome: 'success',
          requestId: 'r1',
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        }),
      },
      'admin.attributes.update',
    );
    log.mockRestore();
  });
});
