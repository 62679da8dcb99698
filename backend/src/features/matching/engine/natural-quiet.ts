// natural's storage adapters call dotenv on import, which prints a banner; this module is imported before natural.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

export {};
