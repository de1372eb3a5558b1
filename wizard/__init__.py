"""Webex Provisioning Wizard: connect Microsoft Entra ID to Cisco Webex for SCIM provisioning."""

__version__ = "0.1.0"
