"""Microsoft Entra ID and Microsoft Graph: sign-in (auth.py), typed errors (errors.py), and the
Graph-side services of the wizard. Nothing in this package imports Qt."""
