"""Where the wizard keeps things: secrets in the OS keyring, progress in the state file."""
