"""Webex side of the wizard: the implicit-grant token, people/me, and the SCIM connection test.

No Qt here: the embedded browser hands over the intercepted redirect URL, everything else is
plain HTTPS through :mod:`wizard.core.http`.
"""
