import { takeContractViolations } from './openapi-contract';

// Every e2e spec: a response that departs from openapi/openapi.json fails the test that got it.
afterEach(() => {
  expect(takeContractViolations()).toEqual([]);
});
