"""Restorative program procedures read from resources/procedures/*.toml. Qt-free."""
