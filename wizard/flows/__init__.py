"""The one orchestrator: the steps of setup and repair that the UI and the CLI both run."""
