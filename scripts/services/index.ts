export { resolveServiceOptions, type ServiceOptions } from './options'
export { startServices, type RunningServices } from './start'
export { installShutdownHandlers } from './shutdown'
