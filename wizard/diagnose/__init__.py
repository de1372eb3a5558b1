"""The repair checks: read-only probes of the tenant and the org, and their report."""
