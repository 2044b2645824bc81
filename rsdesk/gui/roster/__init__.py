"""The Mediators area: roster, training records and the may-lead matrix."""
