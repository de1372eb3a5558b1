"""Entra's provisioning of the Cisco Webex app, as Graph v1.0 calls, one module per concern.

What the admin does on the app's *Users and groups* page and *Provisioning* tab:
``roles`` (which app role to give), ``assignments`` (who is in scope), ``jobs`` (template, job,
status), ``credentials`` (Test Connection, saving the Webex token), ``ondemand`` (provision one
user now), ``mappings`` (compare attribute mappings with Cisco's table) and ``errors``.
See https://learn.microsoft.com/en-us/graph/api/resources/synchronization-overview

No Qt. Every function blocks and is meant for a worker thread or the CLI.
"""
