export * from './limits';
export * from './errors';
export * from './auth';
export * from './health';
export * from './profiles';
export * from './tags';
export * from './matching';
export * from './chat';
