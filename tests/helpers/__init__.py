"""Builders and drivers shared by the test modules, imported as tests.helpers.<module>."""
