"""Yearly statistics: the signed `rsdesk-stats` file of a service and the regional tables."""
