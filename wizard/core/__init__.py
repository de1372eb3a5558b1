"""Foundations every layer may use: errors, hosts, HTTP, paths, logging."""
