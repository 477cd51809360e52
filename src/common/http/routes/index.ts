export { accepted, created, noContent, ok } from './route';
export type { RouteSpec, Success } from './route';
export {
  AdminRead,
  AdminWrite,
  PublicRead,
  PublicWrite,
  SelfServiceRead,
  SelfServiceWrite,
  VerificationRoute,
} from './route-kinds';
