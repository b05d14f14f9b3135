export { resolveServiceOptions, type ServiceOptions } from './options'
export { servicesEnv, startServices, type IdentityProviderSettings, type MailSettings, type RunningServices } from './start'
export { installShutdownHandlers } from './shutdown'
